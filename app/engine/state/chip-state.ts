/** Builds a chip's live state from its catalogue record. */
import type { Chip } from '../data/chip'
import { quarterIndex } from '../data/common'
import type { ChipState } from './game-state'

/** The fields a chip's live state and every seat's view of it share, as they are. */
export type ChipIdentity = Pick<ChipState, 'id' | 'name' | 'maker' | 'node' | 'dieMm2' | 'diesPerChip' | 'hbm' | 'hbmStacks' | 'internalOnly' | 'variantOf'>

/** Copies a chip's identity (what it is and who makes it, never its performance). */
export function chipIdentity(chip: ChipIdentity): ChipIdentity {
  return {
    id: chip.id,
    name: chip.name,
    maker: chip.maker,
    node: chip.node,
    dieMm2: chip.dieMm2,
    diesPerChip: chip.diesPerChip,
    hbm: chip.hbm,
    hbmStacks: chip.hbmStacks,
    internalOnly: chip.internalOnly,
    variantOf: chip.variantOf,
  }
}

/** A catalogue chip as it enters play at `quarter`. */
export function chipFromCatalogue(chip: Chip, quarter: number): ChipState {
  return {
    ...chipIdentity({ ...chip, hbm: chip.hbm ?? null, variantOf: chip.variantOf ?? null }),
    advancedPackaging: chip.advancedPackaging,
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
