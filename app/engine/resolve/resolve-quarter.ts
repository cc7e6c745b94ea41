/**
 * `resolveQuarter(state, ordersBySeat) → { state, report }`: pure. Orders are checked in seat
 * order with a running budget (refusals are reported, never dropped silently), their fixed
 * costs are paid, then the nine phases of GAME.md run in order, each first applying the orders
 * that take effect in it. One immer `produce` per quarter.
 */
import { current, Immer, type Draft } from 'immer'
import { openRng } from '../rng'
import { handlerOf, type Order } from '../orders/order'
import type { BuyChips } from '../orders/buy-chips'
import { checkOrder, emptyBudget } from '../orders/validate-order'
import type { GameState } from '../state/game-state'
import { transfer, type PhaseContext } from './context'
import { phaseAllocation } from './phase-allocation'
import { phaseDeploy } from './phase-deploy'
import { phaseEvents } from './phase-events'
import { phaseFinance } from './phase-finance'
import { playerPurchases, poolPurchases } from './phase-market'
import { phasePolicies } from './phase-policies'
import { phaseProduction } from './phase-production'
import { phaseResearch, progressPrograms } from './phase-research'
import { phaseTruth } from './phase-truth'
import { emptyReport, type QuarterReport } from './report'
import { lockRules } from '../state/lock-rules'

// Our own immer instance without auto-freeze: freezing walks the whole new state every quarter
// (a large share of the cost), and nothing mutates states outside `produce` anyway. A private
// instance leaves other immer users' settings alone.
const immer = new Immer({ autoFreeze: false })

/** Orders per seat (faction id → orders in the order they were given). */
export type OrdersBySeat = Record<string, readonly unknown[]>

/** The names of the nine phases, in order. */
export const PHASES = ['policies', 'research', 'allocation', 'production', 'market', 'deployment', 'finances', 'events', 'truth-and-scoring'] as const

interface Queued {
  seat: string
  order: Order
}

function acceptOrders(ctx: PhaseContext, original: GameState, ordersBySeat: OrdersBySeat): Queued[][] {
  const queue: Queued[][] = PHASES.map(() => [])
  const seats = [...original.seats, ...Object.keys(ordersBySeat).filter((s) => !original.seats.includes(s)).sort()]
  for (const seat of seats) {
    const orders = ordersBySeat[seat]
    if (orders === undefined || !Array.isArray(orders)) continue
    const spent = emptyBudget()
    const accepted: string[] = []
    orders.forEach((input: unknown, index: number) => {
      const result = checkOrder(original, seat, input, spent)
      if (!result.ok) {
        const kind = typeof input === 'object' && input !== null && typeof (input as { kind?: unknown }).kind === 'string' ? (input as { kind: string }).kind : '?'
        ;(ctx.report.refusals[seat] ??= []).push({ index, kind, refusal: result.refusal })
        return
      }
      spent.actionPoints += result.cost.actionPoints
      spent.cashBn += result.cost.cashBn
      spent.politicalCapital += result.cost.politicalCapital
      const fixed = original.rules.orderCosts[result.order.kind]
      if (fixed !== undefined && fixed.cashBn > 0) transfer(ctx, seat, 'outside:fees', fixed.cashBn, `order:${result.order.kind}`)
      const f = ctx.state.factions[seat]
      if (f !== undefined && result.cost.politicalCapital > 0) f.politicalCapital = Math.max(0, f.politicalCapital - result.cost.politicalCapital)
      const handler = handlerOf(result.order.kind)
      queue[handler.phase - 1]?.push({ seat, order: result.order })
      accepted.push(result.order.kind)
    })
    if (accepted.length > 0) ctx.report.accepted[seat] = accepted
  }
  return queue
}

function applyQueued(ctx: PhaseContext, queued: readonly Queued[]): void {
  for (const { seat, order } of queued) {
    if (order.kind === 'buy-chips') continue
    handlerOf(order.kind).apply(ctx, seat, order)
  }
}

/** Options for tests and tools: a callback with a snapshot of the state after each phase. */
export interface ResolveOptions {
  onPhase?: (phase: number, snapshot: GameState, report: QuarterReport) => void
}

/** Resolves one quarter. Pure: the input state is not changed. */
export function resolveQuarter(state: GameState, ordersBySeat: OrdersBySeat, options: ResolveOptions = {}): { state: GameState; report: QuarterReport } {
  const report = emptyReport(state.quarter, state.tension)
  if (state.over !== null) {
    for (const seat of Object.keys(ordersBySeat)) {
      const orders = ordersBySeat[seat] ?? []
      if (orders.length > 0) report.refusals[seat] = orders.map((o, index) => ({ index, kind: (o as { kind?: string } | null)?.kind ?? '?', refusal: { code: 'order/game_over', message: 'the game is over', path: [] } }))
    }
    return { state, report }
  }
  const rules = lockRules(state.rules)
  const base = rules === state.rules ? state : { ...state, rules }
  const next = immer.produce(base, (draft: Draft<GameState>) => {
    const ctx: PhaseContext = { state: draft, rng: openRng(draft.rng), report, phase: 0, scratch: { poolBoost: {}, allocation: {}, wafersRun: {}, cloudRevenue: {} } }
    for (const id of state.factionIds) {
      const f = draft.factions[id]
      if (f === undefined) continue
      // Last quarter's figures become public now (one quarter late, like earnings reports).
      draft.publicFinancials[id] = { ...f.financials }
      f.financials = { quarter: state.quarter, cashBn: f.cashBn, revenueBn: 0, chipRevenueBn: 0, cloudRevenueBn: 0, costBn: 0 }
    }
    for (const line of Object.values(draft.hbm)) line.lastUsed = 0
    const queue = acceptOrders(ctx, state, ordersBySeat)
    const at = (phase: number): Queued[] => queue[phase - 1] ?? []
    const step = (phase: number, run: () => void): void => {
      ctx.phase = phase
      run()
      if (options.onPhase !== undefined) {
        draft.rng = ctx.rng.save()
        options.onPhase(phase, current(draft) as GameState, report)
      }
    }
    step(1, () => {
      applyQueued(ctx, at(1))
      phasePolicies(ctx)
    })
    step(2, () => {
      progressPrograms(ctx)
      applyQueued(ctx, at(2))
      phaseResearch(ctx)
    })
    step(3, () => {
      applyQueued(ctx, at(3))
      phaseAllocation(ctx)
    })
    step(4, () => phaseProduction(ctx))
    step(5, () => {
      applyQueued(ctx, at(5))
      playerPurchases(ctx, at(5).filter((q): q is { seat: string; order: BuyChips } => q.order.kind === 'buy-chips'))
      poolPurchases(ctx)
    })
    step(6, () => {
      applyQueued(ctx, at(6))
      phaseDeploy(ctx)
    })
    step(7, () => {
      applyQueued(ctx, at(7))
      phaseFinance(ctx)
    })
    step(8, () => {
      applyQueued(ctx, at(8))
      phaseEvents(ctx)
    })
    step(9, () => {
      applyQueued(ctx, at(9))
      phaseTruth(ctx)
    })
    draft.rng = ctx.rng.save()
    draft.market = {
      chips: report.market.chips,
      pools: Object.fromEntries(Object.entries(report.market.pools).map(([id, p]) => [id, { spentBn: p.spentBn, shares: p.shares }])),
      cloud: Object.fromEntries(Object.entries(report.market.cloud).map(([id, p]) => [id, { spentBn: p.spentBn, shares: p.shares }])),
    }
  })
  report.tension.to = next.tension
  return { state: next, report }
}
