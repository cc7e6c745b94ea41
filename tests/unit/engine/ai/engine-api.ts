/** The engine's public API for the AI tests, plus a helper that checks a set of orders in sequence. */
import { checkOrder, emptyBudget } from '../../../../app/engine/orders/validate-order'
import type { GameState } from '../../../../app/engine'
export * from '../../../../app/engine'

/** The refusals a seat's orders get when checked one after another against a running budget. */
export function checkOrderForTest(state: GameState, seat: string, orders: readonly unknown[]): string[] {
  const spent = emptyBudget()
  const refused: string[] = []
  for (const order of orders) {
    const r = checkOrder(state, seat, order, spent)
    if (!r.ok) {
      refused.push(r.refusal.code)
      continue
    }
    spent.actionPoints += r.cost.actionPoints
    spent.cashBn += r.cost.cashBn
    spent.politicalCapital += r.cost.politicalCapital
  }
  return refused
}
