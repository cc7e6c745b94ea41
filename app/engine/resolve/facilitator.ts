/**
 * What a classroom facilitator may do to a running game besides injecting an event
 * (inject-event.ts): move the tension track and end the game early. Pure, like the rest of
 * the engine: each answers a new state (or why not), and the host records it in the order
 * log so a replay does the same.
 */
import type { GameState } from '../state/game-state'
import { finalOutcome } from './phase-truth'

/** A refusal of a facilitator's move. */
export interface FacilitatorRefusal {
  ok: false
  code: string
  message: string
}

/** Moves the tension track by `delta` points (kept within 0–100). */
export function adjustTension(state: GameState, delta: number): { ok: true; state: GameState; from: number; to: number } | FacilitatorRefusal {
  if (state.over !== null) return { ok: false, code: 'tension/game_over', message: 'the game is over' }
  if (!Number.isFinite(delta) || delta === 0) return { ok: false, code: 'tension/bad_delta', message: 'the change must be a non-zero number of points' }
  const to = Math.min(100, Math.max(0, state.tension + delta))
  return { ok: true, state: { ...state, tension: to }, from: state.tension, to }
}

/** Ends the game now: scores as at the end of a scenario, the reason `stopped`. */
export function stopGame(state: GameState): { ok: true; state: GameState } | FacilitatorRefusal {
  if (state.over !== null) return { ok: false, code: 'game/over', message: 'the game is already over' }
  return { ok: true, state: { ...state, over: finalOutcome(state, 'stopped') } }
}
