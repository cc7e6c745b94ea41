/**
 * `resolveQuarter(state, ordersBySeat) → { state, report }`: pure. Orders are checked in seat
 * order with a running budget (refusals are reported, never dropped silently), their fixed
 * costs are paid, then the nine phases of GAME.md run in order, each first applying the orders
 * that take effect in it. One immer `produce` per step (a phase has one to three).
 */
import { Immer, type Draft } from 'immer'
import { openRng } from '../rng'
import { handlerOf, type Order } from '../orders/order'
import type { BuyChips } from '../orders/buy-chips'
import { checkOrder, emptyBudget } from '../orders/validate-order'
import type { GameState } from '../state/game-state'
import { transfer, type PhaseContext, type Scratch } from './context'
import { phaseAllocation } from './phase-allocation'
import { phaseCloud, phaseDeploy } from './phase-deploy'
import { phaseEvents } from './phase-events'
import { phaseFinance } from './phase-finance'
import { playerPurchases, poolPurchases } from './phase-market'
import { phasePolicies } from './phase-policies'
import { phaseProduction } from './phase-production'
import { phaseResearch, progressPrograms } from './phase-research'
import { phaseEnd, phaseLeaks, phaseScoring } from './phase-truth'
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
    const orders = Object.prototype.hasOwnProperty.call(ordersBySeat, seat) ? ordersBySeat[seat] : undefined
    if (orders === undefined) continue
    if (!Array.isArray(orders)) {
      ctx.report.refusals[seat] = [{ index: -1, kind: '?', refusal: { code: 'order/malformed', message: 'orders must be a list', path: [] } }]
      continue
    }
    const spent = emptyBudget()
    const accepted: string[] = []
    ;(orders as unknown[]).forEach((input: unknown, index: number) => {
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
      const given = ordersBySeat[seat]
      const orders = Array.isArray(given) ? (given as unknown[]) : []
      if (orders.length > 0) report.refusals[seat] = orders.map((o, index) => ({ index, kind: (o as { kind?: string } | null)?.kind ?? '?', refusal: { code: 'order/game_over', message: 'the game is over', path: [] } }))
    }
    return { state, report }
  }
  const rules = lockRules(state.rules)
  let current: GameState = rules === state.rules ? state : { ...state, rules }
  const rng = openRng(state.rng)
  const scratch: Scratch = { poolBoost: {}, allocation: {}, wafersRun: {}, cloudRevenue: {} }
  // One immer produce per step. Between steps the state is plain, so a step reads the state as
  // it began (`ctx.base`, no proxies, fast) and writes to its draft.
  const step = (phase: number, run: (c: PhaseContext) => void): void => {
    const base = current
    current = immer.produce(base, (draft: Draft<GameState>) => {
      run({ state: draft, base, rng, report, phase, scratch })
      draft.rng = rng.save()
    })
  }
  const done = (phase: number): void => options.onPhase?.(phase, current, report)
  let queue: Queued[][] = []
  const at = (phase: number): Queued[] => queue[phase - 1] ?? []
  step(0, (c) => {
    for (const id of state.factionIds) {
      const f = c.state.factions[id]
      if (f === undefined) continue
      // Last quarter's figures become public now (one quarter late, like earnings reports).
      c.state.publicFinancials[id] = { ...f.financials }
      f.financials = { quarter: state.quarter, cashBn: f.cashBn, revenueBn: 0, chipRevenueBn: 0, cloudRevenueBn: 0, costBn: 0 }
    }
    for (const line of Object.values(c.state.hbm)) line.lastUsed = 0
    queue = acceptOrders(c, state, ordersBySeat)
    // Phase 1 shares the opening step: it reads only through the draft.
    c.phase = 1
    applyQueued(c, at(1))
    phasePolicies(c)
  })
  done(1)
  step(2, (c) => {
    progressPrograms(c)
    applyQueued(c, at(2))
    phaseResearch(c)
  })
  done(2)
  step(3, (c) => applyQueued(c, at(3)))
  step(3, (c) => phaseAllocation(c))
  done(3)
  step(4, (c) => phaseProduction(c))
  done(4)
  step(5, (c) => {
    applyQueued(c, at(5))
    playerPurchases(c, at(5).filter((q): q is { seat: string; order: BuyChips } => q.order.kind === 'buy-chips'))
  })
  step(5, (c) => poolPurchases(c))
  done(5)
  step(6, (c) => {
    applyQueued(c, at(6))
    phaseDeploy(c)
  })
  step(6, (c) => phaseCloud(c))
  done(6)
  step(7, (c) => {
    applyQueued(c, at(7))
    phaseFinance(c)
  })
  done(7)
  step(8, (c) => {
    applyQueued(c, at(8))
    phaseEvents(c)
  })
  done(8)
  step(9, (c) => {
    applyQueued(c, at(9))
    phaseLeaks(c)
  })
  step(9, (c) => phaseScoring(c))
  step(9, (c) => {
    phaseEnd(c)
    c.state.market = {
      chips: report.market.chips,
      pools: Object.fromEntries(Object.entries(report.market.pools).map(([id, p]) => [id, { spentBn: p.spentBn, shares: p.shares }])),
      cloud: Object.fromEntries(Object.entries(report.market.cloud).map(([id, p]) => [id, { spentBn: p.spentBn, shares: p.shares }])),
    }
  })
  done(9)
  const next = current
  report.tension.to = next.tension
  return { state: next, report }
}
