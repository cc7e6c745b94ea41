/** `legalOrders(state, seat)`: what a seat may do now, with each parameter's range and the costs. */
import type { GameState } from '../state/game-state'
import type { ParamSpec } from './handler'
import { ORDER_HANDLERS, handlerOf, type Order } from './order'
import { fixedCost } from './validate-order'

/** One order kind a seat may give now. */
export interface LegalOrder {
  kind: Order['kind']
  actionPoints: number
  cashBn: number
  politicalCapital: number
  params: Record<string, ParamSpec>
}

/** Lists the order kinds open to a seat now (a UI menu and the AI share it). */
export function legalOrders(state: GameState, seat: string): LegalOrder[] {
  const faction = state.factions[seat]
  if (state.over !== null || faction === undefined || !state.seats.includes(seat)) return []
  const out: LegalOrder[] = []
  for (const kind of Object.keys(ORDER_HANDLERS) as Order['kind'][]) {
    const fixed = fixedCost(state, kind)
    if (fixed.factionKinds.length > 0 && !faction.kinds.some((k) => fixed.factionKinds.includes(k))) continue
    if (fixed.actionPoints > faction.actionPoints || fixed.cashBn > faction.cashBn || fixed.politicalCapital > faction.politicalCapital) continue
    const params = handlerOf(kind).legal(state, seat)
    if (params === null) continue
    // Money amounts cannot exceed the cash left after the fixed cost.
    const cash = faction.cashBn - fixed.cashBn
    let affordable = true
    for (const [name, spec] of Object.entries(params)) {
      if (spec.type !== 'number' || name !== 'amountBn') continue
      if (cash < spec.min) affordable = false
      params[name] = { ...spec, max: Math.max(spec.min, Math.min(spec.max, cash)) }
    }
    if (!affordable) continue
    out.push({ kind, actionPoints: fixed.actionPoints, cashBn: fixed.cashBn, politicalCapital: fixed.politicalCapital, params })
  }
  return out
}
