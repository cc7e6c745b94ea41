/**
 * One entry of a game's order log played on a state: the facilitator's interventions during
 * that quarter's planning (an injected event, a tension change), then the quarter resolved
 * with the recorded orders, or, for a `stopped` entry, the game ended early. Saves' replays,
 * the facilitator's undo and the debrief all re-simulate with it, so they agree.
 */
import { adjustTension, injectEvent, resolveQuarter, stopGame, type GameState, type OrdersBySeat, type QuarterReport } from '../../engine'
import type { Intervention, ReplayEntry } from '../saves'

/** An intervention or a log entry the engine refused, with the engine's code (`event/unknown`…). */
export class ReplayRefusal extends Error {
  constructor(
    readonly code: string,
    /** The engine's message without the code. */
    readonly reason: string,
  ) {
    super(`${code}: ${reason}`)
  }
}

/** Applies one intervention; throws a ReplayRefusal with the engine's reason when it does not apply. */
export function applyIntervention(state: GameState, intervention: Intervention): { state: GameState; report: QuarterReport | null } {
  if (intervention.kind === 'inject-event') {
    const result = injectEvent(state, intervention.event)
    if (!result.ok) throw new ReplayRefusal(result.code, result.message)
    return { state: result.state, report: result.report }
  }
  const result = adjustTension(state, intervention.delta)
  if (!result.ok) throw new ReplayRefusal(result.code, result.message)
  return { state: result.state, report: null }
}

/** Plays a log entry: its interventions, then the quarter (or the early end). */
export function playEntry(state: GameState, entry: Pick<ReplayEntry, 'orders' | 'interventions' | 'stopped'>): { state: GameState; report: QuarterReport | null } {
  let current = state
  for (const intervention of entry.interventions ?? []) current = applyIntervention(current, intervention).state
  if (entry.stopped === true) {
    const stopped = stopGame(current)
    if (!stopped.ok) throw new ReplayRefusal(stopped.code, stopped.message)
    return { state: stopped.state, report: null }
  }
  const { state: next, report } = resolveQuarter(current, (entry.orders ?? {}) as OrdersBySeat)
  return { state: next, report }
}

/** `playEntry` for `verifyReplay`'s step. */
export function replayStep(state: GameState, entry: ReplayEntry): GameState {
  return playEntry(state, entry).state
}
