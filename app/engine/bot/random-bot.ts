/**
 * A random-legal-orders bot for tests and the simulator (the real AI is another issue). It draws
 * from its own generator seeded by (game seed, quarter, seat), so it never touches the game's PRNG
 * and the same state always gets the same orders.
 */
import type { ParamSpec } from '../orders/handler'
import { legalOrders } from '../orders/legal-orders'
import type { Order } from '../orders/order'
import { checkOrder, emptyBudget } from '../orders/validate-order'
import { hash32, openRng, seedRng, type Rng } from '../rng'
import type { GameState } from '../state/game-state'

/** Bot options. */
export interface RandomBotOptions {
  /** Extra salt for the bot's generator (different bots, same game). */
  salt?: number
  /** Orders to attempt per quarter (default: action points + 3). */
  attempts?: number
}

function pick<T>(rng: Rng, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[rng.int(0, items.length - 1)]
}

function draw(rng: Rng, spec: ParamSpec): unknown {
  switch (spec.type) {
    case 'id': return pick(rng, spec.options)
    case 'enum': return pick(rng, spec.options)
    case 'ids': return spec.options.filter(() => rng.float() < 0.5)
    case 'boolean': return rng.float() < 0.3
    case 'number': {
      // Skewed low: random money amounts would otherwise bankrupt every faction in a few quarters.
      const u = rng.float()
      const v = spec.min + (spec.max - spec.min) * u * u * 0.3
      return spec.integer ? Math.max(spec.min, Math.round(v)) : v
    }
    case 'specs': {
      const out: Record<string, number> = {}
      for (const [k, max] of Object.entries(spec.max)) out[k] = Math.round(max * (0.1 + 0.6 * rng.float()))
      return out
    }
  }
}

/** Random legal orders for a seat this quarter (each one passes `validateOrder` in sequence). */
export function randomOrders(state: GameState, seat: string, options: RandomBotOptions = {}): Order[] {
  const legal = legalOrders(state, seat)
  if (legal.length === 0) return []
  const rng = openRng(seedRng(hash32(`${state.seed}:${state.quarter}:${seat}:${options.salt ?? 0}`)))
  const attempts = options.attempts ?? (state.factions[seat]?.actionPoints ?? 3) + 3
  const spent = emptyBudget()
  const orders: Order[] = []
  for (let i = 0; i < attempts; i++) {
    const choice = pick(rng, legal)
    if (choice === undefined) break
    const candidate: Record<string, unknown> = { kind: choice.kind }
    for (const [name, spec] of Object.entries(choice.params)) {
      const value = draw(rng, spec)
      if (value !== undefined) candidate[name] = value
    }
    const result = checkOrder(state, seat, candidate, spent)
    if (!result.ok) continue
    spent.actionPoints += result.cost.actionPoints
    spent.cashBn += result.cost.cashBn
    spent.politicalCapital += result.cost.politicalCapital
    orders.push(result.order)
  }
  return orders
}
