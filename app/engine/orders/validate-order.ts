/**
 * `validateOrder(state, seat, order)`: ok or a refusal `{ code, message, path }`. The common
 * checks (seat, shape, faction kind, action points, money, political capital) come first, then
 * the kind's own. A running budget lets `resolveQuarter` check a seat's orders in sequence.
 */
import type { GameState } from '../state/game-state'
import { handlerOf, OrderSchema, type Order } from './order'
import { refuse, type OrderRefusal, type RefusalCode } from './refusal'

/** What a seat has already committed this quarter. */
export interface Budget {
  actionPoints: number
  cashBn: number
  politicalCapital: number
}

/** The result of validating an order. */
export type Validation = { ok: true; order: Order; cost: Budget } | { ok: false; refusal: OrderRefusal }

/** The refusal codes every kind can give. */
export const COMMON_CODES = ['game_over', 'not_a_seat', 'malformed', 'wrong_faction_kind', 'no_action_points', 'insufficient_cash', 'insufficient_political_capital'] as const satisfies readonly RefusalCode[]

/** A fresh budget. */
export function emptyBudget(): Budget {
  return { actionPoints: 0, cashBn: 0, politicalCapital: 0 }
}

/** The fixed costs of an order kind from the data (defaults when the data has no record). */
export function fixedCost(state: GameState, kind: Order['kind']): { actionPoints: number; cashBn: number; politicalCapital: number; factionKinds: string[] } {
  const rec = state.rules.orderCosts[kind]
  return rec === undefined
    ? { actionPoints: 1, cashBn: 0, politicalCapital: 0, factionKinds: handlerOf(kind).defaultKinds }
    : { actionPoints: rec.actionPoints, cashBn: rec.cashBn, politicalCapital: rec.politicalCapital, factionKinds: rec.factionKinds }
}

/** Validates an order for a seat, on top of what `spent` already committed. */
export function checkOrder(state: GameState, seat: string, input: unknown, spent: Budget = emptyBudget()): Validation {
  if (state.over !== null) return { ok: false, refusal: refuse('game_over', 'the game is over', []) }
  const faction = state.factions[seat]
  if (faction === undefined || !state.seats.includes(seat)) return { ok: false, refusal: refuse('not_a_seat', `"${seat}" is not a seat in this game`, []) }
  const parsed = OrderSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, refusal: refuse('malformed', issue?.message ?? 'not an order', (issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p))) }
  }
  const order = parsed.data
  const handler = handlerOf(order.kind)
  const fixed = fixedCost(state, order.kind)
  if (fixed.factionKinds.length > 0 && !faction.kinds.some((k) => fixed.factionKinds.includes(k))) {
    return { ok: false, refusal: refuse('wrong_faction_kind', `${order.kind} is for ${fixed.factionKinds.join(' or ')} factions`, ['kind']) }
  }
  if (spent.actionPoints + fixed.actionPoints > faction.actionPoints) {
    return { ok: false, refusal: refuse('no_action_points', `${order.kind} needs ${fixed.actionPoints} action point(s); ${faction.actionPoints - spent.actionPoints} left`, ['kind']) }
  }
  const refusal = handler.validate(state, seat, order)
  if (refusal !== null) return { ok: false, refusal }
  const cashBn = fixed.cashBn + (handler.reserve?.(state, seat, order) ?? 0)
  if (spent.cashBn + cashBn > faction.cashBn + 1e-9) {
    return { ok: false, refusal: refuse('insufficient_cash', `${order.kind} needs US$${cashBn.toFixed(2)}bn; you have US$${(faction.cashBn - spent.cashBn).toFixed(2)}bn uncommitted`, []) }
  }
  const pc = fixed.politicalCapital + (handler.politicalCost?.(state, seat, order) ?? 0)
  if (spent.politicalCapital + pc > faction.politicalCapital + 1e-9) {
    return { ok: false, refusal: refuse('insufficient_political_capital', `${order.kind} needs ${pc} political capital; you have ${faction.politicalCapital - spent.politicalCapital}`, []) }
  }
  return { ok: true, order, cost: { actionPoints: fixed.actionPoints, cashBn, politicalCapital: pc } }
}

/** Ok, or the reason a seat may not give this order now. */
export function validateOrder(state: GameState, seat: string, order: unknown): { ok: true } | { ok: false; refusal: OrderRefusal } {
  const result = checkOrder(state, seat, order)
  return result.ok ? { ok: true } : result
}
