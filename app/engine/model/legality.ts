/**
 * Legality under the policies in force: chip sales by buyer region and entity, foundry and
 * packaging service, HBM supply and tools. Legality reads a chip's *public* specs (claimed until
 * the truth is revealed), as a regulator reads a maker's declaration, so a refusal never leaks
 * a secret.
 */
import { isDraft } from 'immer'
import type { Policy } from '../data/policy'
import type { ChipState, GameState } from '../state/game-state'
import { homeRegion, nodeRegion } from './lookups'
import { performanceDensity } from './performance'

type S = Pick<GameState, 'rules' | 'policies' | 'entities' | 'chips'>

/** The specs everyone may use for a chip. */
export function publicSpecs(chip: ChipState): ChipState['true'] {
  return chip.revealed !== null ? chip.true : chip.claimed
}

const NONE: [string, Policy][] = []
const byInstrumentCache = new WeakMap<object, Record<string, [string, Policy][]>>()

/** Policies in force of one instrument. Cached per (immutable) policies object; never for an immer draft, which changes in place. */
function active(state: S, instrument: Policy['instrument']): [string, Policy][] {
  const live = state.policies
  const cacheable = !isDraft(live)
  let index = cacheable ? byInstrumentCache.get(live) : undefined
  if (index === undefined) {
    index = {}
    for (const id of Object.keys(live)) {
      const p = state.rules.policies[id]
      if (p !== undefined) (index[p.instrument] ??= []).push([id, p])
    }
    if (cacheable) byInstrumentCache.set(live, index)
  }
  return index[instrument] ?? NONE
}

/** Whether a chip-control policy's thresholds catch the chip. */
export function controlCatches(policy: Policy, chip: ChipState): boolean {
  const specs = publicSpecs(chip)
  const p = policy.params
  if (p.tppAtLeast !== undefined && specs.tpp >= p.tppAtLeast && (p.interconnectAtLeastGBs === undefined || specs.interconnectGBs >= p.interconnectAtLeastGBs)) return true
  const density = performanceDensity(specs, chip.dieMm2)
  return (p.densityTiers ?? []).some((t) => specs.tpp >= t.tppAtLeast && density >= t.densityAtLeast)
}

/** Whether an entity is on an Entity List (by policy or by a `list-entity` order). */
export function isListed(state: S, entity: string): string | null {
  for (const [id, p] of active(state, 'entity-list')) if (p.params.entities?.includes(entity) === true) return id
  for (const [gov, ids] of Object.entries(state.entities)) if (ids.includes(entity)) return `list:${gov}`
  return null
}

/** Whether a procurement policy binds a buyer: every pool (and player) in its destinations, or only its named pools. */
export function procurementApplies(p: Policy, region: string, pool: string | null): boolean {
  if (p.params.pools !== undefined) return pool !== null && p.params.pools.includes(pool)
  return p.params.destinations?.includes(region) === true
}

/** The verdict on selling a chip to a buyer in a region. */
export type SaleVerdict =
  | { kind: 'legal' }
  | { kind: 'share'; policy: string; owner: string; share: number }
  | { kind: 'controlled'; policy: string }
  | { kind: 'banned'; policy: string }

/** Whether `buyer` (faction, pool member or null) in `region` may buy `chip`. */
export function saleVerdict(state: S, chip: ChipState, region: string, buyer: string | null, pool: string | null = null): SaleVerdict {
  for (const [id, p] of active(state, 'procurement')) {
    if (procurementApplies(p, region, pool) && p.params.bannedChips?.includes(chip.id) === true) return { kind: 'banned', policy: id }
  }
  const makerRegion = homeRegion(state, chip.maker)
  if (buyer !== null) {
    const listed = isListed(state, buyer)
    if (listed !== null) {
      const gov = listed.startsWith('list:') ? listed.slice(5) : (state.rules.policies[listed]?.owner ?? '')
      const govRegions = state.rules.factions[gov]?.governs ?? []
      if (makerRegion !== undefined && govRegions.includes(makerRegion)) return { kind: 'banned', policy: listed }
    }
  }
  let verdict: SaleVerdict = { kind: 'legal' }
  for (const [id, p] of active(state, 'chip-control')) {
    const destinations = p.params.destinations ?? []
    if (!destinations.includes(region)) continue
    // Controls bind foreign makers; a destination's own firms sell at home.
    if (makerRegion !== undefined && destinations.includes(makerRegion)) continue
    if (!controlCatches(p, chip)) continue
    const live = state.policies[id]
    const mode = live?.licence ?? p.params.licence ?? 'deny'
    if (mode === 'allow') continue
    if (mode === 'revenue-share') {
      verdict = { kind: 'share', policy: id, owner: p.owner, share: live?.revenueShare ?? p.params.revenueShare ?? 0 }
      continue
    }
    if (mode === 'case-by-case' && live?.approved.includes(chip.id) === true) continue
    return { kind: 'controlled', policy: id }
  }
  return verdict
}

/** The policy blocking a foundry or packaging line in `region` from serving `maker`, or null. */
export function serviceBlock(state: S, region: string | undefined, maker: string): string | null {
  const home = homeRegion(state, maker)
  if (region === undefined || region === home) return null
  const listed = isListed(state, maker)
  if (listed !== null) return listed
  for (const [id, p] of active(state, 'foundry-control')) {
    const d = p.params.destinations ?? []
    if (home !== undefined && d.includes(home) && !d.includes(region) && (p.params.entities === undefined || p.params.entities.includes(maker))) return id
  }
  return null
}

/** The policy blocking HBM from a line in `region` to `maker`, or null. */
export function hbmBlock(state: S, region: string | undefined, maker: string): string | null {
  const home = homeRegion(state, maker)
  if (region === undefined || region === home) return null
  for (const [id, p] of active(state, 'hbm-control')) {
    const d = p.params.destinations ?? []
    if (home !== undefined && d.includes(home) && !d.includes(region) && (p.params.licence ?? 'deny') !== 'allow') return id
  }
  return null
}

/** The tool control blocking a foundry from running or bringing up `nodeId`, or null. */
export function toolBlock(state: S, nodeId: string): string | null {
  const node = state.rules.nodes[nodeId]
  const region = nodeRegion(state, nodeId)
  if (node === undefined || region === undefined) return null
  for (const [id, p] of active(state, 'tool-control')) {
    if (!(p.params.destinations ?? []).includes(region)) continue
    if (node.euv || (p.params.nodeMinNm !== undefined && node.featureNm < p.params.nodeMinNm)) return id
  }
  return null
}

/** Yield-growth multiplier for a node under tool controls (1 = unaffected). */
export function yieldGrowthFactor(state: S, nodeId: string): number {
  const region = nodeRegion(state, nodeId)
  let factor = 1
  for (const [, p] of active(state, 'tool-control')) {
    if (region !== undefined && (p.params.destinations ?? []).includes(region)) factor *= p.params.yieldGrowthFactor ?? 1
  }
  return factor
}

/** Production cost multiplier on a maker from counter-controls (gallium, rare earths). */
export function counterControlMultiplier(state: S, maker: string): { factor: number; policy: string | null } {
  const home = homeRegion(state, maker)
  let factor = 1
  let policy: string | null = null
  for (const [id, p] of active(state, 'counter-control')) {
    if (home !== undefined && (p.params.destinations ?? []).includes(home)) {
      factor *= p.params.costMultiplier ?? 1
      policy = id
    }
  }
  return { factor, policy }
}

/** Grey-market seizure chance: the base plus enforcement policies and orders. */
export function seizureChance(state: S & Pick<GameState, 'enforcement'>, base: number): number {
  let chance = base
  for (const [, p] of active(state, 'enforcement')) chance += p.params.seizureChance ?? 0
  for (const v of Object.values(state.enforcement)) chance += v
  return Math.max(0, Math.min(0.95, chance))
}
