/** Saves: `serialize`/`deserialize` the whole state (rules included) as JSON text. */
import type { GameState } from './game-state'

/** What `deserialize` answers. */
export type DeserializeResult = { ok: true; state: GameState } | { ok: false; code: string; message: string }

/** The state as JSON text. */
export function serialize(state: GameState): string {
  return JSON.stringify(state)
}

/** Reads a state back; refuses text that is not a state of this format and version. */
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
  if (!Array.isArray(v.rng) || v.rng.length !== 4 || typeof v.factions !== 'object' || typeof v.rules !== 'object') return { ok: false, code: 'save/corrupt', message: 'the state is missing required parts' }
  return { ok: true, state: value as GameState }
}
