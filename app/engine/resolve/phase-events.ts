/** Phase 8: news events fire from data (triggers, probabilities); choices become next quarter's decisions. */
import { quarterIndex } from '../data/common'
import type { GameEvent } from '../data/event'
import { newId } from '../model/lookups'
import { applyOperations } from '../ops/apply-operation'
import { holds } from '../ops/conditions'
import type { GameState } from '../state/game-state'
import { note, type PhaseContext } from './context'

/** Whether an event's trigger holds now. */
export function triggered(state: GameState, ev: GameEvent): boolean {
  const t = ev.trigger
  if (t.from !== undefined && state.quarter < quarterIndex(t.from)) return false
  if (t.to !== undefined && state.quarter > quarterIndex(t.to)) return false
  if (t.tensionAtLeast !== undefined && state.tension < t.tensionAtLeast) return false
  if (t.tensionBelow !== undefined && state.tension >= t.tensionBelow) return false
  return t.all.every((c) => holds(state, c))
}

/** Fires an event now (also used by a facilitator's injection). */
export function fireEvent(ctx: PhaseContext, id: string): void {
  const state = ctx.state
  const ev = state.rules.events[id]
  if (ev === undefined) return
  state.firedEvents[id] = state.quarter
  const target = ev.target !== undefined && state.factions[ev.target] !== undefined ? ev.target : null
  applyOperations(ctx, ev.effects, target, `event:${id}`)
  let decision: string | null = null
  const first = ev.choices[0]
  if (first !== undefined) {
    if (target !== null && state.seats.includes(target)) {
      decision = newId(state, 'decision')
      state.decisions.push({ id: decision, event: id, seat: target, choices: ev.choices.map((c) => c.id), due: state.quarter + 1 })
    } else {
      // Nobody plays the target: the first choice is the default.
      applyOperations(ctx, first.effects, target, `event:${id}`)
    }
  }
  ctx.report.events.push({ event: id, target, decision })
}

/** Runs phase 8 after the phase's orders (choices made this quarter). */
export function phaseEvents(ctx: PhaseContext): void {
  const state = ctx.state as GameState
  const overdue = state.decisions.filter((d) => d.due <= state.quarter)
  if (overdue.length > 0) {
    ctx.state.decisions = state.decisions.filter((d) => d.due > state.quarter)
    for (const d of overdue) {
      const choice = state.rules.events[d.event]?.choices[0]
      if (choice !== undefined) applyOperations(ctx, choice.effects, d.seat, `event:${d.event}`)
      note(ctx, null, 'event/defaulted', { event: d.event, seat: d.seat, choice: choice?.id ?? '' })
    }
  }
  // Triggers read the state as the events phase began (fast, and the order of events in the
  // data cannot change which of them may fire).
  const base = ctx.base
  for (const id of base.eventPool) {
    const ev = base.rules.events[id]
    if (ev === undefined || (ev.once && base.firedEvents[id] !== undefined)) continue
    if (!triggered(base, ev)) continue
    if (ctx.rng.float() < ev.probability) fireEvent(ctx, id)
  }
}
