/**
 * Game-state migrations, like the save envelope's (app/host/saves/migrations.ts): each lifts a
 * state of version `from` to `from + 1`. A saved state is read by running every step from its
 * own version up to STATE_VERSION, then `checkGameState` checks the result against the
 * current schema. A change to the state's shape bumps STATE_VERSION, adds a step here and a
 * fixture of the old version (tests/fixtures/states/), instead of optional "absent in games
 * saved before…" fields. Pure; a step never drops play state.
 */

/** The state version this engine writes. */
export const STATE_VERSION = 1 as const

/** One step from state version `from` to `from + 1`. */
export interface StateMigration {
  from: number
  /** Why the next version exists. */
  summary: string
  up(state: Record<string, unknown>): Record<string, unknown>
}

/** Every state migration, oldest first (none yet: version 1 is the first). */
export const STATE_MIGRATIONS: readonly StateMigration[] = []

export type MigrateStateResult =
  | { ok: true; state: Record<string, unknown>; from: number }
  | { ok: false; code: 'save/not_a_state' | 'save/unknown_version'; message: string }

/**
 * Lifts a saved state to STATE_VERSION (`migrations` and `current` are for tests). Refuses
 * what is not a state, a version that is not a whole number from 1, one newer than this engine,
 * and a version no step lifts; never throws.
 */
export function migrateState(value: unknown, migrations: readonly StateMigration[] = STATE_MIGRATIONS, current: number = STATE_VERSION): MigrateStateResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== 'silicon-curtain/state') {
    return { ok: false, code: 'save/not_a_state', message: 'not a Silicon Curtain game state' }
  }
  const from = (value as { version?: unknown }).version
  if (typeof from !== 'number' || !Number.isSafeInteger(from) || from < 1) return { ok: false, code: 'save/unknown_version', message: `state version ${JSON.stringify(from)} is not a version (whole numbers from 1)` }
  if (from > current) return { ok: false, code: 'save/unknown_version', message: `state version ${from} is newer than this game understands (${current}): update the game to load it` }
  let state = value as Record<string, unknown>
  for (let version = from; version < current; version++) {
    const step = migrations.find((m) => m.from === version)
    if (step === undefined) return { ok: false, code: 'save/unknown_version', message: `state version ${version} cannot be upgraded: no migration from it` }
    state = { ...step.up(state), version: version + 1 }
  }
  return { ok: true, state, from }
}
