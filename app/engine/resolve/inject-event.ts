/** The facilitator's injection: fire an event from the data now, outside the quarter's dice. */
import { Immer, type Draft } from 'immer'
import { lockRules } from '../state/lock-rules'
import type { GameState } from '../state/game-state'
import { openRng } from '../rng'
import { fireEvent } from './phase-events'
import { emptyReport, type QuarterReport } from './report'

const immer = new Immer({ autoFreeze: false })

/** Fires event `eventId` (its effects now; its choice becomes a decision for its seat). Unknown ids or a finished game: refused. */
export function injectEvent(state: GameState, eventId: string): { ok: true; state: GameState; report: QuarterReport } | { ok: false; code: string; message: string } {
  if (state.over !== null) return { ok: false, code: 'event/game_over', message: 'the game is over' }
  if (!Object.prototype.hasOwnProperty.call(state.rules.events, eventId)) return { ok: false, code: 'event/unknown', message: `there is no event "${eventId}"` }
  const report = emptyReport(state.quarter, state.tension)
  const rules = lockRules(state.rules)
  const base = rules === state.rules ? state : { ...state, rules }
  const next = immer.produce(base, (draft: Draft<GameState>) => {
    const rng = openRng(draft.rng)
    fireEvent({ state: draft, base, rng, report, phase: 8, scratch: { poolBoost: {}, allocation: {}, wafersRun: {}, cloudRevenue: {} } }, eventId)
    draft.rng = rng.save()
  })
  report.tension.to = next.tension
  return { ok: true, state: next, report }
}
