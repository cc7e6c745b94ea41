/** Event trigger conditions: state predicates as data. */
import type { Condition } from '../data/operation'
import { factionCompute } from '../model/compute'
import type { GameState } from '../state/game-state'

/** A metric's current value (for conditions). */
export function metricValue(state: GameState, metric: string, faction: string | undefined): number {
  const f = faction === undefined ? undefined : state.factions[faction]
  switch (metric) {
    case 'tension': return state.tension
    case 'quarter-index': return state.quarter - state.startQuarter
    case 'cash': return f?.cashBn ?? 0
    case 'reputation': return f?.reputation ?? 0
    case 'political-capital': return f?.politicalCapital ?? 0
    case 'ecosystem': return f?.ecosystem ?? 0
    case 'vp': return f?.vp ?? 0
    case 'installed-compute': return faction === undefined ? 0 : factionCompute(state, faction)
    case 'revenue': return f?.financials.revenueBn ?? 0
    case 'capability': return f?.capability ?? 0
    default: return 0
  }
}

/** Whether a condition holds. */
export function holds(state: GameState, c: Condition): boolean {
  switch (c.if) {
    case 'policy-active': return state.policies[c.policy] !== undefined
    case 'policy-inactive': return state.policies[c.policy] === undefined
    case 'chip-launched': return (state.chips[c.chip]?.launched ?? -1) >= 0
    case 'event-fired': return state.firedEvents[c.event] !== undefined
    case 'flag-set': return (state.flags[c.flag] ?? -1) >= state.quarter
    case 'seat-played': return state.seats.includes(c.faction)
    case 'metric': {
      const v = metricValue(state, c.metric, c.faction)
      return (c.atLeast === undefined || v >= c.atLeast) && (c.below === undefined || v < c.below)
    }
  }
}
