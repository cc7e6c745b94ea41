/** Builds a chip's live state from its catalogue record. */
import type { Chip } from '../data/chip'
import { quarterIndex } from '../data/common'
import type { ChipState } from './game-state'

/** A catalogue chip as it enters play at `quarter`. */
export function chipFromCatalogue(chip: Chip, quarter: number): ChipState {
  return {
    id: chip.id,
    name: chip.name,
    maker: chip.maker,
    node: chip.node,
    dieMm2: chip.dieMm2,
    diesPerChip: chip.diesPerChip,
    hbm: chip.hbm ?? null,
    hbmStacks: chip.hbmStacks,
    advancedPackaging: chip.advancedPackaging,
    internalOnly: chip.internalOnly,
    variantOf: chip.variantOf ?? null,
    true: { ...chip.true },
    claimed: { ...chip.claimed },
    workloads: chip.workloads,
    claimedWorkloads: chip.claimedWorkloads ?? chip.workloads,
    readiness: chip.readiness,
    claimedReadiness: chip.claimedReadiness ?? chip.readiness,
    public: true,
    designed: true,
    tapedOut: Math.min(quarter, quarterIndex(chip.firstQuarter)),
    launched: quarter,
    revealed: null,
    producedUnits: 0,
    producedQuarters: chip.readiness === 'volume' ? 1 : 0,
    customerQuarters: 0,
    priceUsd: chip.priceUsd,
  }
}
