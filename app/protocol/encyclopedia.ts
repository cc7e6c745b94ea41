/**
 * The encyclopedia's entries as the host answers them (`getEncyclopedia`): one entry per
 * record of the loaded data (base game and mods), built from the public rules only, so a
 * chip's entry shows what its maker claims, never its secret true figures.
 */
import { z } from 'zod'

/** The kinds of entry, in the order the encyclopedia lists them. */
export const ENCYCLOPEDIA_KINDS = ['chip', 'node', 'foundry', 'hbm', 'packaging', 'policy', 'faction', 'actor', 'region', 'event', 'scenario'] as const
/** A kind of entry. */
export type EncyclopediaKind = (typeof ENCYCLOPEDIA_KINDS)[number]

/** One fact of an entry: a label key (the renderer translates it), its value in words, and the entry it names, if any. */
export const EncyclopediaFactSchema = z.strictObject({
  /** A stable label key such as `maker`, `node`, `bf16`, `trigger`, `choice`. */
  label: z.string(),
  /** A name the value is about, shown before it (an event's choice). */
  term: z.string().optional(),
  value: z.string(),
  /** The entry the value names (`faction:nvidia`), for a link. */
  entry: z.string().optional(),
})
/** One fact of an entry. */
export type EncyclopediaFact = z.infer<typeof EncyclopediaFactSchema>

/** A cited source. */
export const EncyclopediaSourceSchema = z.strictObject({
  title: z.string(),
  publisher: z.string(),
  date: z.string(),
  url: z.string().nullable(),
  confidence: z.enum(['high', 'med', 'low']).nullable(),
})

/** One entry. */
export const EncyclopediaEntrySchema = z.strictObject({
  /** `kind:recordId`, e.g. `chip:h800`. */
  id: z.string(),
  kind: z.enum(ENCYCLOPEDIA_KINDS),
  recordId: z.string(),
  /** The record's name text key and its text in the asked language (English, then the key, as fallbacks). */
  nameKey: z.string(),
  name: z.string(),
  /** The record's description in the asked language, or null. */
  summary: z.string().nullable(),
  /** A short line for lists (`Nvidia · TSMC N4 · 2023Q1`). */
  subtitle: z.string(),
  facts: z.array(EncyclopediaFactSchema),
  /** Other entries this one refers to, with the relation's label key (`maker`, `node`, `owner`…). */
  related: z.array(z.strictObject({ entry: z.string(), label: z.string() })),
  sources: z.array(EncyclopediaSourceSchema),
  fictional: z.boolean(),
  fictionalWhy: z.string().nullable(),
  /** The data the record came from: `base` or a mod's id; `changedBy`: mods that patched it. */
  origin: z.string(),
  changedBy: z.array(z.string()),
})
/** One encyclopedia entry. */
export type EncyclopediaEntry = z.infer<typeof EncyclopediaEntrySchema>

/** The whole encyclopedia. */
export const EncyclopediaSchema = z.strictObject({
  /** Where the entries come from: the running game's data, or the data a new game starts with. */
  from: z.enum(['game', 'new-game']),
  entries: z.array(EncyclopediaEntrySchema),
  /** The mods the entries' origins name, with their names (the base game is not listed). */
  mods: z.array(z.strictObject({ id: z.string(), name: z.string() })),
})
/** The whole encyclopedia. */
export type Encyclopedia = z.infer<typeof EncyclopediaSchema>
