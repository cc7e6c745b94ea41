/** Saves: `serialize`/`deserialize` the whole state (rules included) as JSON text; older state versions are migrated. */
import type { GameState } from './game-state'
import { migrateState } from './state-migrations'
import { checkGameState } from './state-schema'

/** What `deserialize` answers: the state, or why not (for `save/schema`, the JSON pointer of the first problem in the state). */
export type DeserializeResult = { ok: true; state: GameState } | { ok: false; code: string; message: string; pointer?: string }

/** The state as JSON text. */
export function serialize(state: GameState): string {
  return JSON.stringify(state)
}

/**
 * Reads a state back; refuses text that is not a state of this format and version, and any
 * state that fails `checkGameState` (types, bounds, its rules, its references), with the
 * pointer of the first problem.
 */
export function deserialize(text: string): DeserializeResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (cause) {
    return { ok: false, code: 'save/not_json', message: `not JSON: ${String(cause)}` }
  }
  // An older state is lifted to this version first (state-migrations.ts), then checked.
  const migrated = migrateState(value)
  if (!migrated.ok) return migrated
  const checked = checkGameState(migrated.state)
  if (!checked.ok) return { ok: false, code: checked.code, message: `at ${checked.pointer || '(the state)'}: ${checked.message}`, pointer: checked.pointer }
  return { ok: true, state: checked.state }
}
