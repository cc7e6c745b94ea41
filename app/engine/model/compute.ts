/** Installed compute in H100-equivalents (effective compute = units × p × e, MODEL.md). */
import type { GameState } from '../state/game-state'
import { publicSpecs } from './legality'
import { pMix } from './performance'

/** Which specs to count with: the truth (the game's reality) or what is public (views, charts). */
export type SpecsBasis = 'true' | 'public'

/** Ecosystem efficiency e of a chip's maker (actors use 0.8: a mature but foreign stack). */
export function ecosystemOf(state: Pick<GameState, 'factions'>, maker: string): number {
  return state.factions[maker]?.ecosystem ?? 0.8
}

/** H100e of `units` of a chip (true specs, a balanced workload mix). */
export function h100e(state: Pick<GameState, 'chips' | 'factions' | 'rules'>, chipId: string, units: number, basis: SpecsBasis = 'true'): number {
  const chip = state.chips[chipId]
  if (chip === undefined || units <= 0) return 0
  const specs = basis === 'true' ? chip.true : publicSpecs(chip)
  const workloads = basis === 'true' || chip.revealed !== null ? chip.workloads : chip.claimedWorkloads
  return units * pMix(specs, workloads, 0.5, state.rules.constants, state.rules.chips[chipId]?.int8Tops ?? 0) * ecosystemOf(state, chip.maker)
}

/** H100e of `units` of a chip for one workload (training or inference): an inference-only chip adds no training compute. */
export function h100eFor(state: Pick<GameState, 'chips' | 'factions' | 'rules'>, chipId: string, units: number, workload: 'training' | 'inference', basis: SpecsBasis = 'true'): number {
  const chip = state.chips[chipId]
  if (chip === undefined || units <= 0) return 0
  const specs = basis === 'true' ? chip.true : publicSpecs(chip)
  const workloads = basis === 'true' || chip.revealed !== null ? chip.workloads : chip.claimedWorkloads
  return units * pMix(specs, workloads, workload === 'training' ? 1 : 0, state.rules.constants, state.rules.chips[chipId]?.int8Tops ?? 0) * ecosystemOf(state, chip.maker)
}

/** A faction's installed H100e over all regions. */
export function factionCompute(state: Pick<GameState, 'chips' | 'factions' | 'rules'>, faction: string, basis: SpecsBasis = 'true'): number {
  const f = state.factions[faction]
  if (f === undefined) return 0
  let total = 0
  for (const region of Object.values(f.installed)) for (const [chip, units] of Object.entries(region)) total += h100e(state, chip, units, basis)
  return total
}

/** Installed H100e in a set of regions (factions and demand pools), with the share on chips made in those regions. */
export function regionCompute(state: Pick<GameState, 'chips' | 'factions' | 'rules' | 'pools'>, regions: readonly string[], basis: SpecsBasis = 'true'): { total: number; domestic: number } {
  let total = 0
  let domestic = 0
  const add = (chipId: string, units: number): void => {
    const v = h100e(state, chipId, units, basis)
    total += v
    const maker = state.chips[chipId]?.maker
    const home = maker === undefined ? undefined : (state.rules.factions[maker]?.region ?? state.rules.actors[maker]?.region)
    if (home !== undefined && regions.includes(home)) domestic += v
  }
  for (const f of Object.values(state.factions)) {
    for (const [region, chips] of Object.entries(f.installed)) if (regions.includes(region)) for (const [chip, units] of Object.entries(chips)) add(chip, units)
  }
  for (const [id, pool] of Object.entries(state.pools)) {
    const region = state.rules.demandPools[id]?.region
    if (region !== undefined && regions.includes(region)) for (const [chip, units] of Object.entries(pool.installed)) add(chip, units)
  }
  return { total, domestic }
}

/** Installed H100e (factions and demand pools) by the chip's maker and by the region it is installed in, for the charts. */
export function computeBreakdown(state: Pick<GameState, 'chips' | 'factions' | 'rules' | 'pools'>, basis: SpecsBasis = 'true'): { byMaker: Record<string, number>; byRegion: Record<string, number> } {
  const byMaker: Record<string, number> = {}
  const byRegion: Record<string, number> = {}
  const add = (region: string, chipId: string, units: number): void => {
    const v = h100e(state, chipId, units, basis)
    if (v <= 0) return
    const maker = state.chips[chipId]?.maker ?? 'unknown'
    byMaker[maker] = (byMaker[maker] ?? 0) + v
    byRegion[region] = (byRegion[region] ?? 0) + v
  }
  for (const f of Object.values(state.factions)) for (const [region, chips] of Object.entries(f.installed)) for (const [chip, units] of Object.entries(chips)) add(region, chip, units)
  for (const [id, pool] of Object.entries(state.pools)) {
    const region = state.rules.demandPools[id]?.region
    if (region !== undefined) for (const [chip, units] of Object.entries(pool.installed)) add(region, chip, units)
  }
  return { byMaker, byRegion }
}
