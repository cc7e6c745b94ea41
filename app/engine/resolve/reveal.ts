/** Revealing a chip's truth: public (benchmark, leak, a published assessment) or to one government (intelligence). */
import type { ChipState, GameState } from '../state/game-state'
import { pMix } from '../model/performance'
import { note, transfer, type PhaseContext } from './context'

const LEVEL = { paper: 0, sampling: 1, volume: 2 } as const

/**
 * How far a chip's claims exceed its truth (0 = honest): the larger of the TFLOPS and bandwidth
 * ratios − 1, plus a false workload claim and each readiness level claimed above the truth.
 */
export function overclaimOf(state: Pick<GameState, 'rules'>, chip: Pick<ChipState, 'claimed' | 'true' | 'workloads' | 'claimedWorkloads' | 'readiness' | 'claimedReadiness'>): number {
  const c = state.rules.constants
  const ratio = (claimed: number, truth: number): number => (truth > 0 ? claimed / truth : claimed > 0 ? 2 : 1)
  const specs = Math.max(0, ratio(chip.claimed.bf16Tflops, chip.true.bf16Tflops) - 1, ratio(chip.claimed.memoryBandwidthTBs, chip.true.memoryBandwidthTBs) - 1)
  const workloads = chip.claimedWorkloads !== chip.workloads && chip.claimedWorkloads !== undefined && (chip.workloads !== 'both') ? c.workloadOverclaim : 0
  const readiness = Math.max(0, LEVEL[chip.claimedReadiness] - LEVEL[chip.readiness]) * c.readinessOverclaim
  return specs + workloads + readiness
}

/**
 * Publishes a chip's true specs. For an overclaim the maker loses reputation (`20 × overclaim`),
 * refunds part of the sales made on the claim (`min(1, refundShare × overclaim)` of them) and
 * buyers distrust its other claims for `distrustQuarters`; its price falls by the ratio of the
 * true to the claimed performance (buyers pay for what the chip does).
 */
export function revealChip(ctx: PhaseContext, chipId: string, how: 'benchmark' | 'leak' | 'intelligence', by: string | null = null): void {
  const chip = ctx.state.chips[chipId]
  if (chip === undefined || chip.revealed !== null) return
  chip.revealed = how
  chip.public = true
  const c = ctx.state.rules.constants
  const overclaim = overclaimOf(ctx.state as GameState, chip)
  const delta = -Math.min(100, c.reputationPerOverclaim * overclaim)
  const maker = ctx.state.factions[chip.maker]
  let applied = 0
  let refund = 0
  if (maker !== undefined && delta < 0) {
    const before = maker.reputation
    maker.reputation = Math.max(0, maker.reputation + delta)
    applied = maker.reputation - before
  }
  if (maker !== undefined && overclaim > 0.02) {
    const owed = (chip.claimSalesBn ?? 0) * Math.min(1, c.overclaimRefundShare * overclaim)
    refund = owed > 0 ? transfer(ctx, chip.maker, 'outside:refunds', owed, 'market:claim-refunds') : 0
    // A refund is revenue given back: it counts against this quarter's chip revenue.
    maker.financials.chipRevenueBn -= refund
    maker.financials.revenueBn -= refund
    // Buyers who caught it pay less for any of its chips for a while: more the bigger the overclaim.
    const concession = (1 - c.distrustFactor) * Math.min(1, overclaim / Math.max(1e-9, c.distrustFullAtOverclaim))
    const still = (maker.distrustUntil ?? -1) >= ctx.state.quarter ? (maker.distrustPrice ?? 1) : 1
    maker.distrustUntil = ctx.state.quarter + c.distrustQuarters
    maker.distrustPrice = Math.min(still, 1 - concession)
    // Buyers pay for what the chip does: its price falls to what the truth is worth against the claim.
    const claimed = pMix(chip.claimed, chip.claimedWorkloads, 0.5, c)
    const price = maker.chipPrices[chipId]
    if (price !== undefined && claimed > 0) maker.chipPrices[chipId] = Math.max(1000, Math.round(price * Math.min(1, pMix(chip.true, chip.workloads, 0.5, c) / claimed)))
    note(ctx, null, 'claims/overclaim-revealed', { chip: chipId, seat: chip.maker, pct: Math.round(overclaim * 100), refundBn: Math.round(refund * 100) / 100 })
  }
  chip.claimSalesBn = 0
  ctx.report.reveals.push({ chip: chipId, how, to: null, reputationDelta: applied, ...(by === null ? {} : { by }), ...(refund > 0 ? { refundBn: Math.round(refund * 1000) / 1000 } : {}) })
}

/** A government's intelligence assesses a chip: only that government learns the truth. */
export function assessChip(ctx: PhaseContext, chipId: string, government: string): void {
  const known = (ctx.state.intel[government] ??= [])
  if (!known.includes(chipId)) known.push(chipId)
  ctx.report.reveals.push({ chip: chipId, how: 'intelligence', to: government, reputationDelta: 0 })
}
