/**
 * Save migrations, tldraw-style: each one lifts the content of format version `from` to
 * `from + 1`. A save is loaded by running every migration from its own version up to
 * CURRENT_FORMAT_VERSION, then checking the result against the current schema.
 * Migrations are pure and never drop game state: `state` and `orderLog` pass through.
 */
import { CURRENT_FORMAT_VERSION, saveVersions, UNKNOWN_DATA_HASH, type SaveContentV1, type SaveContentV2 } from './save-format'

/** One step from format version `from` to `from + 1`. */
export interface SaveMigration {
  from: number
  /** Why this version exists (shown in docs and error messages). */
  summary: string
  up(content: Record<string, unknown>): Record<string, unknown>
}

/** Every migration, oldest first. */
export const saveMigrations: readonly SaveMigration[] = [
  {
    from: saveVersions.Initial,
    summary: 'v2 records each data/mod hash and each seat player name',
    up(content) {
      const v1 = content as unknown as SaveContentV1
      return {
        ...content,
        // v1 never recorded hashes: mark them unknown rather than inventing one, so a
        // later mod check can say it cannot verify the data instead of calling it changed.
        data: v1.data.map((entry) => ({ ...entry, hash: UNKNOWN_DATA_HASH })),
        meta: {
          ...v1.meta,
          seats: v1.meta.seats.map((seat) => ({ ...seat, name: seat.seat })),
        },
      }
    },
  },
  {
    from: saveVersions.AddDataHashesAndSeatNames,
    summary: 'v3 records each seat\'s AI difficulty and persona',
    up(content) {
      const v2 = content as unknown as SaveContentV2
      return {
        ...content,
        // v2 did not record them: the game's defaults (normal, the scenario's persona).
        meta: { ...v2.meta, seats: v2.meta.seats.map((seat) => ({ ...seat, difficulty: 'normal', persona: null })) },
      }
    },
  },
  {
    from: saveVersions.AddSeatDifficultyAndPersona,
    summary: 'v4 keeps the classroom\'s seat and facilitator codes, hashed',
    up(content) {
      // v3 never wrote codes (a loaded game had none): it still loads without any.
      return { ...content, codes: null }
    },
  },
]

/** Lifts content from `fromVersion` to the current version; throws if a step is missing. */
export function migrateContent(content: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = content
  for (let version = fromVersion; version < CURRENT_FORMAT_VERSION; version++) {
    const step = saveMigrations.find((m) => m.from === version)
    if (step === undefined) throw new Error(`no migration from format version ${version}`)
    current = step.up(current)
  }
  return current
}
