/** Saves: `serialize`/`deserialize` the whole state (rules included) as JSON text. */
import type { GameState } from './game-state'
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
  const v = value as Partial<GameState> | null
  if (typeof v !== 'object' || v === null || v.format !== 'silicon-curtain/state') return { ok: false, code: 'save/not_a_state', message: 'not a Silicon Curtain game state' }
  if (v.version !== 1) return { ok: false, code: 'save/unknown_version', message: `state version ${String(v.version)} is not supported` }
  const checked = checkGameState(value)
  if (!checked.ok) return { ok: false, code: checked.code, message: `at ${checked.pointer || '(the state)'}: ${checked.message}`, pointer: checked.pointer }
  return { ok: true, state: checked.state }
}
