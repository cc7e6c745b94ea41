/** Phase 9: truths leak, victory points are scored, history is recorded, the game may end. */
import { computeBreakdown, regionCompute, factionCompute } from '../model/compute'
import type { GameState, HistoryPoint, Outcome } from '../state/game-state'
import { homeRegion } from '../model/lookups'
import type { PhaseContext } from './context'
import type { QuarterReport } from './report'
import { revealChip } from './reveal'
import { hash32, openRng, seedRng } from '../rng'
import { objectivePoints } from './scoring'

function customers(state: GameState, chipId: string, maker: string): boolean {
  for (const p of Object.values(state.pools)) if ((p.installed[chipId] ?? 0) > 0) return true
  for (const f of Object.values(state.factions)) {
    if (f.id === maker) continue
    for (const region of Object.values(f.installed)) if ((region[chipId] ?? 0) > 0) return true
  }
  return false
}

/**
 * The leak draw for a chip in a quarter, uniform in [0, 1): its own sub-stream (a hash of the
 * game's seed, the quarter and the chip), not the game's PRNG, so whether a truth leaks never
 * shifts any other draw of the game.
 */
export function leakDraw(seed: number, quarter: number, chipId: string): number {
  return openRng(seedRng(hash32(`leak:${seed}:${quarter}:${chipId}`))).float()
}

/** Phase 9, first step (after the phase's orders: benchmarks, assessments): truths leak after customers have run a chip for a few quarters. */
export function phaseLeaks(ctx: PhaseContext): void {
  const state = ctx.base
  const c = state.rules.constants
  for (const chip of Object.values(state.chips)) {
    if (chip.revealed !== null || !chip.designed || chip.launched < 0) continue
    if (!customers(state, chip.id, chip.maker)) continue
    const live = ctx.state.chips[chip.id]
    if (live === undefined) continue
    live.customerQuarters += 1
    // Customers' measurements leak by chance once they have run it a while (not on a fixed date).
    if (live.customerQuarters >= c.leakAfterQuarters && (c.leakChance >= 1 || leakDraw(state.seed, state.quarter, chip.id) < c.leakChance)) revealChip(ctx, chip.id, 'leak')
  }
}

/** Phase 9, second step: victory points from each faction's objectives, and the crisis penalty. */
export function phaseScoring(ctx: PhaseContext): void {
  const state = ctx.base
  const c = state.rules.constants
  const scenario = state.rules.scenarios[state.scenarioId]
  for (const setup of scenario?.factions ?? []) {
    const f = ctx.state.factions[setup.faction]
    if (f === undefined) continue
    for (const o of setup.objectives) {
      const points = objectivePoints(state, f.id, o.objective, o.weight, ctx.scratch)
      f.vp += points
      ;(ctx.report.vp[f.id] ??= []).push({ objective: o.objective, points })
    }
  }
  if (isCrisis(state)) {
    for (const f of Object.values(ctx.state.factions)) {
      f.vp -= c.crisisPenaltyVp
      ;(ctx.report.vp[f.id] ??= []).push({ objective: 'crisis', points: -c.crisisPenaltyVp })
    }
  }
}

function isCrisis(state: GameState): boolean {
  return state.tension >= state.rules.constants.crisisTension || state.ending === 'crisis'
}

/** Phase 9, last step: history for the charts, then the end of the game or the next quarter. */
export function phaseEnd(ctx: PhaseContext): void {
  const state = ctx.base
  const crisis = isCrisis(state)
  const ends = crisis || state.ending === 'scenario' || state.quarter >= state.endQuarter
  ctx.state.history.push(historyPoint(state, ctx.report))
  if (ends) {
    ctx.state.over = finalOutcome(state, crisis ? 'crisis' : 'end')
    ctx.report.over = { reason: ctx.state.over.reason, winner: ctx.state.over.winner, scores: ctx.state.over.scores }
  } else {
    ctx.state.quarter += 1
  }
}

/** How the game ends now: every faction's VP against its par, the best seat wins. */
export function finalOutcome(state: GameState, reason: Outcome['reason']): Outcome {
  const scores: Record<string, number> = {}
  let winner: string | null = null
  let best = -Infinity
  for (const id of state.factionIds) {
    const f = state.factions[id]
    if (f === undefined) continue
    scores[id] = f.vp - f.par
    if (state.seats.includes(id) && scores[id] > best) {
      best = scores[id]
      winner = id
    }
  }
  return { reason, quarter: state.quarter, winner, scores }
}

/** Units bought this quarter in a set of regions (pools and players' purchases), and those made in them. */
export function cardsBought(state: Pick<GameState, 'chips' | 'rules'>, report: Pick<QuarterReport, 'market'>, regions: readonly string[]): { total: number; domestic: number } {
  let total = 0
  let domestic = 0
  const add = (chipId: string, units: number): void => {
    total += units
    const maker = state.chips[chipId]?.maker
    const home = maker === undefined ? undefined : homeRegion(state, maker)
    if (home !== undefined && regions.includes(home)) domestic += units
  }
  for (const [poolId, pool] of Object.entries(report.market.pools)) {
    const region = state.rules.demandPools[poolId]?.region
    if (region !== undefined && regions.includes(region)) for (const [chip, units] of Object.entries(pool.units)) add(chip, units)
  }
  for (const p of report.market.purchases) {
    const region = homeRegion(state, p.buyer)
    if (region !== undefined && regions.includes(region)) add(p.chip, p.units - p.seized)
  }
  return { total, domestic }
}

function historyPoint(state: GameState, report: QuarterReport): HistoryPoint {
  const factions: HistoryPoint['factions'] = {}
  const financials: HistoryPoint['financials'] = {}
  for (const id of state.factionIds) {
    const f = state.factions[id]
    if (f === undefined) continue
    factions[id] = { vp: f.vp, reputation: f.reputation, computeH100e: factionCompute(state, id, 'public'), capability: f.capability }
    financials[id] = { cashBn: f.cashBn, revenueBn: f.financials.revenueBn }
  }
  const regions = Object.values(state.rules.regions)
  const chinaRegions = regions.filter((r) => r.alignment === 'china').map((r) => r.id)
  const china = regionCompute(state, chinaRegions, 'public')
  const cards = cardsBought(state, report, chinaRegions)
  const us = regionCompute(state, regions.filter((r) => r.alignment === 'us').map((r) => r.id), 'public')
  const breakdown = computeBreakdown(state, 'public')
  return {
    quarter: state.quarter,
    tension: state.tension,
    factions,
    financials,
    chinaDomesticShare: china.total > 0 ? china.domestic / china.total : 0,
    chinaCards: { units: Math.round(cards.total), domestic: Math.round(cards.domestic) },
    computeRatio: china.total > 0 ? us.total / china.total : 0,
    computeByMaker: breakdown.byMaker,
    computeByRegion: breakdown.byRegion,
  }
}
