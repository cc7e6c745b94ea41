/** Runs engine internals inside a draft, as a phase would (for unit tests of phases and operations). */
import { produce } from 'immer'
import type { GameState } from '../../../app/engine'
import type { PhaseContext } from '../../../app/engine/resolve/context'
import { emptyReport, type QuarterReport } from '../../../app/engine/resolve/report'
import { openRng } from '../../../app/engine/rng'

/** Applies `fn` to a draft of `state` with a fresh phase context; answers the new state and the report. */
export function inPhase(state: GameState, phase: number, fn: (ctx: PhaseContext) => void): { state: GameState; report: QuarterReport } {
  const report = emptyReport(state.quarter, state.tension)
  const next = produce(state, (draft) => {
    const ctx: PhaseContext = { state: draft, base: state, rng: openRng(draft.rng), report, phase, scratch: { poolBoost: {}, allocation: {}, wafersRun: {}, cloudRevenue: {} } }
    fn(ctx)
    draft.rng = ctx.rng.save()
  })
  return { state: next, report }
}
