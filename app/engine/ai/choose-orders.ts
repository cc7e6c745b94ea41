/**
 * The AI: `chooseOrders(view, legal, options)` picks a seat's orders for the quarter from what the
 * seat may see (`viewFor`) and may do (`legalOrders`), never from the real state.
 * - easy: one greedy pass over noisy candidate scores;
 * - normal: builds several candidate order sets and keeps the one a heuristic of its objectives
 *   rates best;
 * - hard: simulates its best few sets one quarter ahead with the engine itself, on a determinised
 *   guess of what it cannot see, and keeps the set that scores best there.
 * The budget is counted in work units (plans rated; engine simulations for hard), not in
 * milliseconds: a wall-clock budget would make decisions depend on the machine's speed.
 */
import type { Persona } from '../data/persona'
import type { LegalOrder } from '../orders/legal-orders'
import type { Order } from '../orders/order'
import { checkOrder, emptyBudget } from '../orders/validate-order'
import { resolveQuarter } from '../resolve/resolve-quarter'
import { hash32, openRng, seedRng, type Rng } from '../rng'
import type { GameState } from '../state/game-state'
import { legalOrders } from '../orders/legal-orders'
import { viewFor, type SeatView } from '../view/view-for'
import { candidates, type Candidate } from './candidates'
import { guessState } from './guess-state'
import { temperOf, type Temper } from './temper'

/** How hard the AI plays. */
export type Difficulty = 'easy' | 'normal' | 'hard'

/** Options of a decision. */
export interface AiOptions {
  difficulty: Difficulty
  /** Overrides the scenario's persona for the seat. */
  persona?: Persona
  /** Seeds the AI's own generator (with the quarter and seat); the game's PRNG is never touched. */
  seed: number
  /** Work units: plans rated (normal, default 8) or engine simulations (hard, default 3). */
  budget?: number
}

/** Default work budgets per difficulty. */
export const DEFAULT_BUDGET: Record<Difficulty, number> = { easy: 1, normal: 8, hard: 3 }

interface Plan {
  orders: Order[]
  value: number
  key: string
}

interface PlanOptions {
  noise: number
  threshold: number
  /** Share of cash kept back from money-spending orders. */
  reserve: number
  /** Chance to skip a standing (0-AP) order (easy forgets some). */
  forget: number
}

function buildPlan(g: GameState, t: Temper, cands: readonly Candidate[], rng: Rng, o: PlanOptions): Plan {
  const f = g.factions[t.seat]
  const cash = f?.cashBn ?? 0
  const ranked = cands.map((c) => ({ c, s: c.score + (o.noise > 0 ? o.noise * rng.normal() : 0) })).sort((a, b) => b.s - a.s)
  const spent = emptyBudget()
  const slots = new Set<string>()
  const orders: Order[] = []
  let value = 0
  let apOrders = 0
  for (const { c, s } of ranked) {
    if (s < o.threshold || slots.has(c.slot)) continue
    if (o.forget > 0 && rng.float() < o.forget) continue
    const result = checkOrder(g, t.seat, c.order, spent)
    if (!result.ok) continue
    if (result.cost.cashBn > 0 && spent.cashBn + result.cost.cashBn > cash * (1 - o.reserve)) continue
    spent.actionPoints += result.cost.actionPoints
    spent.cashBn += result.cost.cashBn
    spent.politicalCapital += result.cost.politicalCapital
    slots.add(c.slot)
    orders.push(result.order)
    // Diminishing returns on major orders: the third matters less than the first.
    value += c.score * (result.cost.actionPoints > 0 ? Math.pow(0.9, apOrders) : 1)
    if (result.cost.actionPoints > 0) apOrders += 1
  }
  // Spending most of the cash at once is risky; the risk-averse feel it more.
  const share = cash > 0 ? spent.cashBn / cash : 0
  value -= share * share * (1.6 - t.riskTolerance) * 3
  return { orders, value, key: orders.map((x) => JSON.stringify(x)).join('|') }
}

/** Quarters hard looks ahead: its plan now, then normal's plan on the simulated next quarter. */
const HORIZON = 2

/** Persona-weighted VP the seat earns over the lookahead when it gives `plan` now. */
function simulatedValue(g: GameState, t: Temper, plan: Plan, seed: number): number {
  const setup = g.rules.scenarios[g.scenarioId]?.factions.find((x) => x.faction === t.seat)
  let state = g
  let orders: readonly unknown[] = plan.orders
  let vp = 0
  for (let h = 0; h < HORIZON && state.over === null; h++) {
    const { state: next, report } = resolveQuarter(state, { [t.seat]: orders })
    for (const line of report.vp[t.seat] ?? []) {
      const base = setup?.objectives.find((o) => o.objective === line.objective)?.weight ?? 0
      const w = line.objective === 'crisis' || base <= 0 ? 1 : (t.objectives[line.objective] ?? base) / base
      vp += line.points * w
    }
    vp -= (report.refusals[t.seat]?.length ?? 0) * 10
    state = next
    if (h + 1 < HORIZON && state.over === null) {
      // The simulated state is a guess built from the view, so its view is too.
      orders = chooseOrders(viewFor(state, t.seat), legalOrders(state, t.seat), { difficulty: 'normal', seed, ...(t.persona === null ? {} : { persona: t.persona }) })
    }
  }
  const before = g.factions[t.seat]
  const after = state.factions[t.seat]
  // Money left is option value: a little, so lookahead does not simply hoard.
  const cash = before !== undefined && after !== undefined ? 0.02 * (after.cashBn - before.cashBn) : 0
  return vp + cash
}

/** The same order with its amounts scaled by a random factor in [0.3, 1.7] (the easy AI's sloppiness). */
function jitter(order: Record<string, unknown>, rng: Rng): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(order)) {
    if (typeof v !== 'number' || k === 'revenueShare' || k === 'seizureChance' || k === 'computeShare') {
      out[k] = v
      continue
    }
    const scaled = v * (0.3 + 1.4 * rng.float())
    out[k] = Number.isInteger(v) ? Math.max(1, Math.round(scaled)) : Math.max(0.1, Math.round(scaled * 100) / 100)
  }
  return out
}

/** Chooses a seat's orders for this quarter from its view and legal orders. Pure and deterministic. */
export function chooseOrders(view: SeatView, legal: LegalOrder[], options: AiOptions): Order[] {
  if (view.over !== null || legal.length === 0) return []
  const rng = openRng(seedRng(hash32(`${options.seed}:${view.quarter}:${view.seat}:${options.difficulty}:ai`)))
  // The persona drifts a little per game and seat (not per quarter): games differ, a seat stays itself.
  const t = temperOf(view, options.persona, openRng(seedRng(hash32(`${options.seed}:${view.seat}:drift`))))
  const g = guessState(view, null, options.seed)
  const cands = candidates(g, t, legal, rng)
  const budget = Math.max(1, Math.floor(options.budget ?? DEFAULT_BUDGET[options.difficulty]))
  if (options.difficulty === 'easy') {
    // A novice: sloppy amounts, now and then an order of a kind picked at random, and standing
    // settings often left as they are.
    const sloppy = cands.map((c) => (rng.float() < 0.35 ? { ...c, score: 0.2 + rng.float() } : { ...c, order: jitter(c.order, rng) }))
    return buildPlan(g, t, sloppy, rng, { noise: 1.2, threshold: 0.6, reserve: 0.05, forget: 0.5 }).orders
  }
  const reserve = 0.35 - 0.25 * t.riskTolerance
  const plans: Plan[] = []
  const seen = new Set<string>()
  const planCount = options.difficulty === 'hard' ? Math.max(DEFAULT_BUDGET.normal, budget * 2) : budget
  for (let i = 0; i < planCount; i++) {
    const plan = buildPlan(g, t, cands, rng, { noise: i === 0 ? 0 : 0.35, threshold: i === 0 ? 0.3 : 0.2 + 0.2 * rng.float(), reserve: i === 0 ? reserve : reserve * (0.5 + rng.float()), forget: 0 })
    if (seen.has(plan.key)) continue
    seen.add(plan.key)
    plans.push(plan)
  }
  plans.sort((a, b) => b.value - a.value)
  const best = plans[0]
  if (best === undefined) return []
  if (options.difficulty === 'normal') return best.orders
  // Hard: simulate the best few plans one quarter ahead on one sampled guess (the same guess for
  // every plan, so they are compared on equal terms).
  const sampled = guessState(view, rng, hash32(`${options.seed}:${view.quarter}:${view.seat}:guess`))
  let chosen = best
  let top = -Infinity
  for (const plan of plans.slice(0, budget)) {
    const v = simulatedValue(sampled, t, plan, options.seed) + 0.25 * plan.value
    if (v > top) {
      top = v
      chosen = plan
    }
  }
  return chosen.orders
}

/** Convenience for the host and the simulator: the view and legal orders of `seat`, then `chooseOrders`. */
export function aiOrders(state: GameState, seat: string, options: Omit<AiOptions, 'seed'> & { seed?: number }): Order[] {
  return chooseOrders(viewFor(state, seat), legalOrders(state, seat), { ...options, seed: options.seed ?? state.seed })
}
