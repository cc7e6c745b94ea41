/**
 * The save file's content, one zod schema per format version (the schema is the source of
 * truth; types are inferred from it). Only the envelope is checked here: `state` and
 * `orderLog` are the engine's plain JSON, checked by the state hash and, later, by the
 * engine's own schema.
 *
 * Versions (see docs/saves.md):
 * - 1: data entries `{ id, version }`, seats `{ seat, controller }`.
 * - 2: data entries carry the sha256 of the data/mod they were played with, seats carry
 *   the player's display name.
 * - 3: seats carry the AI's difficulty and persona, so a loaded game plays on as it was set up.
 * - 4: `codes`, the classroom's seat and facilitator codes as salted scrypt hashes (or null), so a
 *   loaded classroom game asks for the same codes and only its facilitator may load it.
 */
import { z } from 'zod'

/** The `format` field every save header carries. */
export const SAVE_FORMAT = 'silicon-curtain-save'

/** Named format versions, tldraw-style: the newest is what this build writes. */
export const saveVersions = {
  Initial: 1,
  AddDataHashesAndSeatNames: 2,
  AddSeatDifficultyAndPersona: 3,
  AddClassroomCodes: 4,
} as const

/** The format version this build writes. */
export const CURRENT_FORMAT_VERSION = saveVersions.AddClassroomCodes

/** What a v1 migration puts where a data hash was never recorded. */
export const UNKNOWN_DATA_HASH = 'unknown'

const Iso8601 = z.iso.datetime({ offset: true })
const Seed = z.union([z.number().int(), z.string().min(1).max(200)])
const Controller = z.enum(['human', 'ai'])

export const SaveContentV1Schema = z.strictObject({
  gameVersion: z.string().min(1).max(64),
  scenarioId: z.string().min(1).max(128),
  seed: Seed,
  data: z.array(z.strictObject({ id: z.string().min(1).max(128), version: z.string().min(1).max(64) })),
  state: z.unknown(),
  stateHash: z.string().min(1).max(128),
  orderLog: z.array(z.unknown()),
  meta: z.strictObject({
    savedAt: Iso8601,
    quarter: z.string().min(1).max(32),
    seats: z.array(z.strictObject({ seat: z.string().min(1).max(64), controller: Controller })),
  }),
})

export const SaveContentV2Schema = z.strictObject({
  gameVersion: z.string().min(1).max(64),
  scenarioId: z.string().min(1).max(128),
  seed: Seed,
  data: z.array(
    z.strictObject({
      id: z.string().min(1).max(128),
      version: z.string().min(1).max(64),
      /** sha256 (hex) of the data or mod, or `unknown` for saves migrated from v1. */
      hash: z.union([z.string().regex(/^[0-9a-f]{64}$/), z.literal(UNKNOWN_DATA_HASH)]),
    }),
  ),
  state: z.unknown(),
  stateHash: z.string().min(1).max(128),
  orderLog: z.array(z.unknown()),
  meta: z.strictObject({
    /** When it was saved (ISO 8601, given by the caller: pure code never reads a clock). */
    savedAt: Iso8601,
    /** The quarter's label, e.g. `2025 Q3`. */
    quarter: z.string().min(1).max(32),
    seats: z.array(
      z.strictObject({
        seat: z.string().min(1).max(64),
        name: z.string().min(1).max(64),
        controller: Controller,
      }),
    ),
  }),
})

export const SaveContentV3Schema = SaveContentV2Schema.extend({
  meta: SaveContentV2Schema.shape.meta.extend({
    seats: z.array(
      z.strictObject({
        seat: z.string().min(1).max(64),
        name: z.string().min(1).max(64),
        controller: Controller,
        /** How the AI plays this seat (kept for human seats too, for a later hand-over to the AI). */
        difficulty: z.enum(['easy', 'normal', 'hard']),
        /** The persona the AI follows, or null for the scenario's own. */
        persona: z.string().min(1).max(64).nullable(),
      }),
    ),
  }),
})

/** How codes are hashed: scrypt with these parameters, a 32-byte key, hex. */
export const CODE_HASH_SCHEME = 'scrypt-n16384-r8-p1'
const Hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${bytes * 2} hexadecimal digits`)

/**
 * A classroom's codes, hashed (never the codes themselves): a salt drawn when the game started,
 * the facilitator's code hash (or null) and the hash of each seat's code (seats without one are
 * not listed). Never sent to any window.
 */
export const SavedCodesSchema = z.strictObject({
  scheme: z.literal(CODE_HASH_SCHEME),
  salt: Hex(16),
  facilitator: Hex(32).nullable(),
  seats: z.array(z.strictObject({ seat: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(64), hash: Hex(32) })).max(64),
})
/** A classroom's hashed codes as a save keeps them. */
export type SavedCodes = z.infer<typeof SavedCodesSchema>

export const SaveContentV4Schema = SaveContentV3Schema.extend({
  /** The classroom's hashed codes, or null for a game without any. */
  codes: SavedCodesSchema.nullable(),
})

/** The schema of the content this build writes. */
export const CurrentSaveContentSchema = SaveContentV4Schema

/** A v1 save's content. */
export type SaveContentV1 = z.infer<typeof SaveContentV1Schema>
/** A v2 save's content. */
export type SaveContentV2 = z.infer<typeof SaveContentV2Schema>
/** A v3 save's content. */
export type SaveContentV3 = z.infer<typeof SaveContentV3Schema>
/** The current save content. */
export type SaveContent = z.infer<typeof SaveContentV4Schema>
/** What a caller saves: the content, with the state hash computed by `encodeSave` (and no codes unless given). */
export type SaveInput = Omit<SaveContent, 'stateHash' | 'codes'> & { stateHash?: string; codes?: SavedCodes | null }

/** The schema of each format version's content. */
export const contentSchemas: Record<number, z.ZodType> = {
  [saveVersions.Initial]: SaveContentV1Schema,
  [saveVersions.AddDataHashesAndSeatNames]: SaveContentV2Schema,
  [saveVersions.AddSeatDifficultyAndPersona]: SaveContentV3Schema,
  [saveVersions.AddClassroomCodes]: SaveContentV4Schema,
}

/** The first line of every save file. */
export const SaveHeaderSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  formatVersion: z.number().int().positive(),
  /** `json`: the body is the canonical JSON text; `deflate`: that text, zlib-compressed. */
  encoding: z.enum(['json', 'deflate']),
  /** Length in bytes of the body as stored (after the header's newline). */
  bodyBytes: z.number().int().nonnegative(),
  /** sha256 (hex) of the canonical JSON text of the content (before compression). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})

/** A save file's header. */
export type SaveHeader = z.infer<typeof SaveHeaderSchema>

/** Hashes a game state; the engine provides the real one (stable serialisation). */
export type HashState = (state: unknown) => string
