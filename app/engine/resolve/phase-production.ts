/** Phase 4: chips are produced: min(good dies, packaging slots, HBM stacks / stacks per chip). */
import { grossDiesPerWafer } from '../model/performance'
import type { GameState } from '../state/game-state'
import type { PhaseContext } from './context'
import { nodeYield } from './phase-allocation'

/** Runs phase 4. */
export function phaseProduction(ctx: PhaseContext): void {
  const state = ctx.state
  const c = state.rules.constants
  for (const [chipId, a] of Object.entries(ctx.scratch.allocation)) {
    const chip = state.chips[chipId]
    if (chip === undefined) continue
    const y = nodeYield(state as GameState, chip.node)
    const goodDies = Math.floor(a.wafers * grossDiesPerWafer(chip.dieMm2, c) * y)
    const fromDies = Math.floor(goodDies / chip.diesPerChip)
    const fromSlots = chip.advancedPackaging ? a.slots : Infinity
    const fromHbm = chip.hbm !== null && chip.hbmStacks > 0 ? Math.floor(a.stacks / chip.hbmStacks) : Infinity
    // A sourced volume cap (the Hanguang 800's): more wafers do not make more cards.
    const cap = state.rules.chips[chipId]?.maxUnitsPerQuarter ?? Infinity
    const units = Math.max(0, Math.min(fromDies, fromSlots, fromHbm, cap))
    const limitedBy = units === fromDies ? 'wafers' : units === fromSlots ? 'packaging' : units === fromHbm ? 'hbm' : 'none'
    const maker = state.factions[a.maker]
    if (maker !== undefined) {
      maker.inventory[chipId] = (maker.inventory[chipId] ?? 0) + units
      // Stacks bought but not used (fewer good dies than expected) stay in stock.
      const spare = chip.hbm !== null ? a.stacks - units * chip.hbmStacks : 0
      if (spare > 0 && chip.hbm !== null) maker.inventory[chip.hbm] = (maker.inventory[chip.hbm] ?? 0) + spare
    } else {
      state.actorInventory[chipId] = (state.actorInventory[chipId] ?? 0) + units
    }
    ctx.report.production.push({ chip: chipId, maker: a.maker, wafers: a.wafers, goodDies, units, limitedBy })
    if (units <= 0) continue
    chip.producedUnits += units
    chip.producedQuarters += 1
    if (chip.launched < 0) {
      chip.launched = state.quarter
      // A chip on the market is public: others see the claims (the targets unless announced otherwise).
      chip.public = true
    }
    const mature = state.rules.nodes[chip.node]?.yieldMature ?? 1
    if (chip.readiness === 'sampling' && y >= c.volumeYieldShare * mature && chip.producedQuarters >= 1) chip.readiness = 'volume'
  }
}
