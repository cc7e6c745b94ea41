/**
 * `previewPlan(state, seat, plan, draft)`: what the order planner shows before the turn ends.
 *
 * - Checks: each order of the plan in sequence against the real state with a running budget,
 *   exactly as `resolveQuarter` will check them, then the draft on top of the plan.
 * - Forecast: the quarter resolved twice on a guess of the state built from the seat's view
 *   (`guessState`, the AI's own guess), once with the plan alone and once with the plan and the
 *   draft; the difference is the draft's effect. The guess never sees what the seat does not
 *   know (rivals' secrets, true specs of unrevealed chips, the event deck), so the forecast
 *   cannot leak them: it assumes no events and rivals who give no orders, and says so.
 */
import { guessState } from '../ai/guess-state'
import { factionCompute } from '../model/compute'
import { resolveQuarter } from '../resolve/resolve-quarter'
import type { GameState } from '../state/game-state'
import { viewFor } from '../view/view-for'
import type { OrderRefusal } from './refusal'
import { checkOrder, emptyBudget, type Budget, type Validation } from './validate-order'

/** The outcome of checking one order of a plan. */
export type PlanCheck = { ok: true; cost: Budget } | { ok: false; refusal: OrderRefusal }

/** The seat's position after the forecast quarter. */
export interface Forecast {
  cashBn: number
  revenueBn: number
  /** Installed compute in H100-equivalents. */
  computeH100e: number
  /** Victory points scored in the quarter. */
  vpGained: number
  tension: number
  reputation: number
  politicalCapital: number
  capability: number
  /** Chips made in the quarter (all of the seat's chips). */
  producedUnits: number
  /** Chips bought in the quarter. */
  boughtUnits: number
  /** Orders the forecast's resolution refused (e.g. money spent by an earlier order). */
  refused: { kind: string; message: string }[]
}

/** What the planner shows. */
export interface PlanPreview {
  /** One per plan order, in order. */
  checks: PlanCheck[]
  /** The draft's check on top of the plan, or null without a draft. */
  draft: PlanCheck | null
  /** What the seat has this quarter and what the accepted orders (with the draft, if accepted) commit. */
  budget: { available: Budget; committed: Budget }
  /** The quarter forecast without and with the draft (without a draft: with no orders and with the plan). */
  forecast: { before: Forecast; after: Forecast }
  /** What the forecast assumes, as text keys for the planner to show. */
  assumptions: string[]
}

function forecast(guess: GameState, seat: string, orders: readonly unknown[]): Forecast {
  const { state, report } = resolveQuarter(guess, { [seat]: orders })
  const f = state.factions[seat]
  return {
    cashBn: f?.cashBn ?? 0,
    revenueBn: f?.financials.revenueBn ?? 0,
    computeH100e: factionCompute(state, seat, 'true'),
    vpGained: (report.vp[seat] ?? []).reduce((sum, line) => sum + line.points, 0),
    tension: state.tension,
    reputation: f?.reputation ?? 0,
    politicalCapital: f?.politicalCapital ?? 0,
    capability: f?.capability ?? 0,
    producedUnits: report.production.filter((p) => state.chips[p.chip]?.maker === seat).reduce((sum, p) => sum + p.units, 0),
    boughtUnits: report.market.purchases.filter((p) => p.buyer === seat).reduce((sum, p) => sum + p.units - p.seized, 0),
    refused: (report.refusals[seat] ?? []).map((r) => ({ kind: r.kind, message: r.refusal.message })),
  }
}

/**
 * Checks orders in sequence with a running budget, as `resolveQuarter` does: each answer is the
 * parsed order and its cost, or the refusal. `spent` ends up holding what the accepted ones commit.
 */
export function checkPlan(state: GameState, seat: string, orders: readonly unknown[], spent: Budget = emptyBudget()): Validation[] {
  return orders.map((order) => {
    const result = checkOrder(state, seat, order, spent)
    if (result.ok) {
      spent.actionPoints += result.cost.actionPoints
      spent.cashBn += result.cost.cashBn
      spent.politicalCapital += result.cost.politicalCapital
    }
    return result
  })
}

function planCheck(v: Validation): PlanCheck {
  return v.ok ? { ok: true, cost: v.cost } : v
}

/** Checks a seat's plan (and a draft order on top of it) and forecasts the quarter from the seat's own knowledge. */
export function previewPlan(state: GameState, seat: string, plan: readonly unknown[], draft?: unknown): PlanPreview {
  const spent = emptyBudget()
  const planResults = checkPlan(state, seat, plan, spent)
  const planOrders = planResults.flatMap((v) => (v.ok ? [v.order] : []))
  const draftResult = draft === undefined ? null : (checkPlan(state, seat, [draft], spent)[0] ?? null)
  const accepted = draftResult?.ok === true ? [...planOrders, draftResult.order] : planOrders
  const checks = planResults.map(planCheck)
  const draftCheck = draftResult === null ? null : planCheck(draftResult)
  const f = state.factions[seat]
  const available = { actionPoints: f?.actionPoints ?? 0, cashBn: f?.cashBn ?? 0, politicalCapital: f?.politicalCapital ?? 0 }
  const assumptions = ['preview.assumes.no-events', 'preview.assumes.rivals-idle', 'preview.assumes.claimed-specs', 'preview.assumes.stock']
  if (state.over !== null || f === undefined) {
    const none = forecastOf(f)
    return { checks, draft: draftCheck, budget: { available, committed: spent }, forecast: { before: none, after: none }, assumptions }
  }
  const guess = stockedFor(guessState(viewFor(state, seat), null, state.seed), accepted)
  const before = forecast(guess, seat, draft === undefined ? [] : planOrders)
  const after = forecast(guess, seat, accepted)
  return { checks, draft: draftCheck, budget: { available, committed: spent }, forecast: { before, after }, assumptions }
}

/**
 * Rivals' stocks are secret, so the guess holds none; the forecast assumes each maker has the
 * units the seat orders from it (the order's own checks still apply when the quarter resolves).
 */
function stockedFor(guess: GameState, orders: readonly unknown[]): GameState {
  for (const order of orders) {
    const o = order as { kind: string; chip?: string; units?: number }
    if (o.kind !== 'buy-chips' || o.chip === undefined || o.units === undefined) continue
    const maker = guess.chips[o.chip]?.maker
    const faction = maker === undefined ? undefined : guess.factions[maker]
    if (faction !== undefined) faction.inventory[o.chip] = (faction.inventory[o.chip] ?? 0) + o.units
    else guess.actorInventory[o.chip] = (guess.actorInventory[o.chip] ?? 0) + o.units
  }
  return guess
}

/** A forecast of nothing happening (the game is over or the seat is unknown). */
function forecastOf(f: GameState['factions'][string] | undefined): Forecast {
  return {
    cashBn: f?.cashBn ?? 0,
    revenueBn: 0,
    computeH100e: 0,
    vpGained: 0,
    tension: 0,
    reputation: f?.reputation ?? 0,
    politicalCapital: f?.politicalCapital ?? 0,
    capability: f?.capability ?? 0,
    producedUnits: 0,
    boughtUnits: 0,
    refused: [],
  }
}
