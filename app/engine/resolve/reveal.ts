/** Revealing a chip's truth: public (benchmark, leak) or to one government (intelligence). */
import type { PhaseContext } from './context'

/** Publishes a chip's true specs; the maker loses reputation for every overclaim. */
export function revealChip(ctx: PhaseContext, chipId: string, how: 'benchmark' | 'leak'): void {
  const chip = ctx.state.chips[chipId]
  if (chip === undefined || chip.revealed !== null) return
  chip.revealed = how
  chip.public = true
  const c = ctx.state.rules.constants
  const ratio = (claimed: number, truth: number): number => (truth > 0 ? claimed / truth : claimed > 0 ? 2 : 1)
  const overclaim = Math.max(0, ratio(chip.claimed.bf16Tflops, chip.true.bf16Tflops) - 1, ratio(chip.claimed.memoryBandwidthTBs, chip.true.memoryBandwidthTBs) - 1)
  const delta = -Math.min(100, c.reputationPerOverclaim * overclaim)
  const maker = ctx.state.factions[chip.maker]
  let applied = 0
  if (maker !== undefined && delta < 0) {
    const before = maker.reputation
    maker.reputation = Math.max(0, maker.reputation + delta)
    applied = maker.reputation - before
  }
  ctx.report.reveals.push({ chip: chipId, how, to: null, reputationDelta: applied })
}

/** A government's intelligence assesses a chip: only that government learns the truth. */
export function assessChip(ctx: PhaseContext, chipId: string, government: string): void {
  const known = (ctx.state.intel[government] ??= [])
  if (!known.includes(chipId)) known.push(chipId)
  ctx.report.reveals.push({ chip: chipId, how: 'intelligence', to: government, reputationDelta: 0 })
}
