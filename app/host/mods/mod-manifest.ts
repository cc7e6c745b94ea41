/**
 * A mod's manifest, `mod.json` at the root of its folder: who it is, which game versions
 * it supports, what it needs and what it must load after. Mods contain no code; the
 * manifest is data like the rest and is parsed with the safe JSON parser.
 */
import semver from 'semver'
import { z } from 'zod'

const ModIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "japan-2nm"')
  .max(64)

const VersionSchema = z.string().refine((v) => semver.valid(v) !== null, 'a semantic version such as "1.2.0"')
const RangeSchema = z
  .string()
  .max(128)
  .refine((r) => semver.validRange(r) !== null, 'a semver range such as "^0.1.0" or ">=0.1 <0.3"')

/** The manifest schema (strict: unknown fields are errors, so typos are caught). */
export const ModManifestSchema = z.strictObject({
  $schema: z.string().optional(),
  id: ModIdSchema,
  name: z.string().min(1).max(120),
  version: VersionSchema,
  /** The game versions this mod works with, as a semver range. */
  gameVersions: RangeSchema,
  /** Mods this one needs, with the versions it accepts. They load first. */
  dependencies: z.record(ModIdSchema, RangeSchema).default({}),
  /** Mods that, when enabled, must load before this one (without being required). */
  loadAfter: z.array(ModIdSchema).default([]),
  description: z.string().max(2000).default(''),
  authors: z.array(z.string().min(1).max(120)).default([]),
})

/** A validated manifest. */
export type ModManifest = z.infer<typeof ModManifestSchema>

/** The manifest's file name at the root of a mod's folder. */
export const MOD_MANIFEST_FILE = 'mod.json'

/** The id the base game has in load orders, saves and dependency lists. */
export const BASE_MOD_ID = 'base'
