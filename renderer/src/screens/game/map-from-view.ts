/**
 * `mapFromView(view, texts, report?)`: a seat's view of the game as the world map's model.
 * Pure (no DOM, no Pixi): regions with their bloc, the sites the view shows (fabs by
 * foundry, packaging and HBM lines, data centres), last quarter's chip sales as flows from
 * the maker's region to each buyer pool's region (wafers from the foundry's region to the
 * maker's, cloud compute rented abroad), controls in force as barriers, and the
 * tension track. Geography (hubs, outlines, label sides) comes from the map's table keyed by
 * region id (`REGION_GEOGRAPHY`); a modded region it does not know gets a fallback place.
 * Its few words of its own (site names, the Entity List) come from the UI's i18n texts.
 */
import type { QuarterReport, SeatView } from './game-types'
import type { Alignment, MapBarrier, MapFlow, MapModel, MapOwner, MapRegion, MapSite } from '../../map/map-model'
import { i18n } from '../../i18n/i18n'
import { defaultOwnerColour } from '../../map/owner-colours'
import { PROJECTION_ASPECT, PROJECTION_WRAP } from '../../map/projection'
import { LANDMASSES, placeRegions, type RegionPlace, WATERS } from '../../map/world-geography'

/** Strength of a control's barrier by instrument, then scaled by its licence mode. */
const INSTRUMENT_STRENGTH: Record<string, number> = { 'chip-control': 80, 'tool-control': 90, 'hbm-control': 60, 'foundry-control': 70 }
const LICENCE_FACTOR: Record<string, number> = { deny: 1, 'case-by-case': 0.75, 'revenue-share': 0.5, allow: 0.25 }

function text(texts: Record<string, string>, key: string | undefined, fallback: string): string {
  return key !== undefined && Object.prototype.hasOwnProperty.call(texts, key) ? (texts[key] as string) : fallback
}

/** Two significant figures past a hundred (12,345 → 12,000): estimates, not ledgers. */
function roundFigure(n: number): number {
  if (n < 100) return Math.max(1, Math.round(n))
  const f = 10 ** (Math.floor(Math.log10(n)) - 1)
  return Math.round(n / f) * f
}

function round(n: number, places = 0): number {
  const f = 10 ** places
  return Math.round(n * f) / f
}

/** A seat's view as a `MapModel`; `report` (the last quarter's) adds grey-market flows. */
export function mapFromView(view: SeatView, texts: Record<string, string>, report?: QuarterReport | null): MapModel {
  const rules = view.rules

  // Owners: every faction, then every actor that owns something on the map.
  const owners = new Map<string, MapOwner>()
  const owner = (id: string): string => {
    if (!owners.has(id)) {
      const rec = rules.factions[id] ?? rules.actors[id]
      owners.set(id, {
        id,
        label: text(texts, rec?.name, id),
        colour: defaultOwnerColour(id),
      })
    }
    return id
  }
  for (const id of view.factionIds) owner(id)
  const regionOf = (ownerId: string): string | undefined => rules.factions[ownerId]?.region ?? rules.actors[ownerId]?.region

  const sites = new Map<string, MapSite[]>()
  const addSite = (region: string, site: MapSite): void => {
    const list = sites.get(region) ?? []
    list.push(site)
    sites.set(region, list)
  }

  // Fabs: one per foundry, with its online nodes' capacity and its most advanced node.
  for (const [foundryId, foundry] of Object.entries(rules.foundries)) {
    const nodes = Object.entries(view.nodes)
      .filter(([id, n]) => rules.nodes[id]?.foundry === foundryId && n.online)
      .map(([id, n]) => ({ id, rec: rules.nodes[id], capacity: n.capacityWafers }))
    if (nodes.length === 0) continue
    nodes.sort((a, b) => (a.rec?.featureNm ?? 99) - (b.rec?.featureNm ?? 99))
    addSite(foundry.region, {
      id: `fab:${foundryId}`,
      kind: 'fab',
      owner: owner(foundry.owner),
      label: text(texts, foundry.name, foundryId),
      // Wafers a quarter, as the engine counts them.
      capacity: round(nodes.reduce((s, n) => s + n.capacity, 0)),
      detail: text(texts, nodes[0]?.rec?.name, nodes[0]?.id ?? ''),
    })
  }

  // Packaging and HBM lines with capacity, grouped by owner and region.
  const lineSites = (kind: 'packaging' | 'hbm'): void => {
    const live = kind === 'packaging' ? view.packaging : view.hbm
    const recs = kind === 'packaging' ? rules.packaging : rules.hbm
    const groups = new Map<string, { region: string; owner: string; capacity: number; name: string; detail?: string }>()
    for (const [id, line] of Object.entries(live)) {
      const rec = recs[id]
      if (rec === undefined || line.capacity <= 0) continue
      const key = `${rec.owner}@${rec.region}`
      const group = groups.get(key) ?? { region: rec.region, owner: rec.owner, capacity: 0, name: rec.name }
      group.capacity += line.capacity
      if ('generation' in rec) group.detail = String(rec.generation).toUpperCase()
      groups.set(key, group)
    }
    for (const [key, g] of groups) {
      const ownerName = owners.get(owner(g.owner))?.label ?? g.owner
      addSite(g.region, {
        id: `${kind}:${key}`,
        kind,
        owner: g.owner,
        label: kind === 'hbm' ? i18n.t('game.map.hbmSite', { owner: ownerName }) : text(texts, g.name, i18n.t('game.map.packagingSite', { owner: ownerName })),
        capacity: round(g.capacity),
        ...(g.detail === undefined ? {} : { detail: g.detail }),
      })
    }
  }
  lineSites('packaging')
  lineSites('hbm')

  // Data centres: each faction's power by region (and, for the seat, its installed accelerators).
  for (const id of view.factionIds) {
    const f = view.factions[id]
    if (f === undefined) continue
    for (const [region, mw] of Object.entries(f.public.datacenterMw)) {
      if (mw <= 0) continue
      const installed = f.private?.installed[region]
      const units = installed === undefined ? 0 : Object.values(installed).reduce((s, n) => s + n, 0)
      addSite(region, {
        id: `dc:${id}:${region}`,
        kind: 'datacentre',
        owner: owner(id),
        label: `${owners.get(id)?.label ?? id} · ${text(texts, rules.regions[region]?.name, region)}`,
        capacity: round(mw),
        ...(units > 0 ? { detail: i18n.t('game.map.accelerators', { count: Math.round(units), formatted: Math.round(units).toLocaleString('en') }) } : {}),
      })
    }
  }

  // Regions.
  const regionIds = Object.keys(rules.regions)
  const places = placeRegions(regionIds.map((id) => ({ id, map: rules.regions[id]?.map })))
  const regions: MapRegion[] = regionIds.map((id) => {
    const rec = rules.regions[id]
    const place = places.get(id) as RegionPlace
    let demand = 0
    for (const [poolId, pool] of Object.entries(rules.demandPools)) if (pool.region === id) demand += view.market.pools[poolId]?.spentBn ?? 0
    const region: MapRegion = {
      id,
      label: text(texts, rec?.name, id),
      short: place.short,
      x: place.x,
      y: place.y,
      radius: place.radius,
      labelSide: place.labelSide,
      alignment: (rec?.alignment ?? 'neutral') as Alignment,
      sites: sites.get(id) ?? [],
      powerMw: round(view.gridMw[id] ?? rec?.powerMw ?? 0),
      ...(demand > 0 ? { computeDemand: round(demand, 1) } : {}),
      ...(place.shapes === undefined ? {} : { shapes: place.shapes }),
    }
    return region
  })
  // A region both blocs build compute in is contested (Taiwan's fabs serve both too).
  for (const region of regions) {
    const blocs = new Set(region.sites.filter((s) => s.kind === 'datacentre').map((s) => rules.regions[regionOf(s.owner) ?? '']?.alignment))
    if (blocs.has('us') && blocs.has('china')) region.alignment = 'contested'
  }

  // Flows: last quarter's chip sales, from the maker's region to each pool's region.
  // `amount` sizes the line (US$ bn for legal flows, units for grey ones); `units` is what
  // the panel shows, in the kind's unit: wafers, chips, or H100e of cloud compute.
  const raw: { from: string; to: string; owner: string; amount: number; units: number; grey: boolean; key: string; kind: MapFlow['kind'] }[] = []
  const c = rules.constants
  const priceOf = (chipId: string): number => view.market.chips[chipId]?.priceUsd ?? rules.chips[chipId]?.priceUsd ?? 0
  for (const [poolId, pool] of Object.entries(view.market.pools)) {
    const rec = rules.demandPools[poolId]
    if (rec === undefined || rec.market !== 'accelerators') continue
    const total = Object.values(pool.shares).reduce((s, v) => s + v, 0)
    if (total <= 0) continue
    for (const [chipId, share] of Object.entries(pool.shares)) {
      const chip = view.chips[chipId] ?? rules.chips[chipId]
      const maker = chip?.maker
      const from = maker === undefined ? undefined : regionOf(maker)
      if (maker === undefined || from === undefined || from === rec.region) continue
      const spentBn = (pool.spentBn * share) / total
      const price = priceOf(chipId)
      raw.push({ from, to: rec.region, owner: maker, amount: spentBn, units: price > 0 ? (spentBn * 1e9) / price : 0, grey: false, key: `${poolId}:${chipId}`, kind: 'chips' })
    }
  }
  // Wafers: each chip sold was made at its node's foundry, which ships to the maker's region.
  for (const [chipId, sold] of Object.entries(view.market.chips)) {
    const chip = view.chips[chipId] ?? rules.chips[chipId]
    const foundry = rules.foundries[rules.nodes[chip?.node ?? '']?.foundry ?? '']
    const to = chip === undefined ? undefined : regionOf(chip.maker)
    if (foundry === undefined || to === undefined || foundry.region === to || sold.revenueBn <= 0) continue
    // Wafers started for the chips sold: dies per chip over gross dies per wafer (yield left out).
    const r = c.waferDiameterMm / 2
    const dieMm2 = chip?.dieMm2 ?? 0
    const diesPerWafer = dieMm2 > 0 ? Math.floor((Math.PI * r * r) / dieMm2 - (Math.PI * c.waferDiameterMm) / Math.sqrt(2 * dieMm2)) : 0
    const wafers = diesPerWafer > 0 ? (sold.units * (chip?.diesPerChip ?? 1)) / diesPerWafer : 0
    raw.push({ from: foundry.region, to, owner: foundry.owner, amount: sold.revenueBn, units: wafers, grey: false, key: `wafers:${chipId}`, kind: 'wafers' })
  }
  // Cloud compute rented abroad: from the cloud's home region to the customers' region.
  for (const [poolId, pool] of Object.entries(view.market.cloud)) {
    const rec = rules.demandPools[poolId]
    if (rec === undefined) continue
    const total = Object.values(pool.shares).reduce((s, v) => s + v, 0)
    for (const [cloud, share] of Object.entries(pool.shares)) {
      const from = regionOf(cloud)
      if (from === undefined || from === rec.region || total <= 0) continue
      // H100e rented: the money over a quarter's hours at the reference cloud price.
      const spentBn = (pool.spentBn * share) / total
      const rate = c.cloudPriceUsdPerHour * c.hoursPerQuarter
      raw.push({ from, to: rec.region, owner: cloud, amount: spentBn, units: rate > 0 ? (spentBn * 1e9) / rate : 0, grey: false, key: `cloud:${poolId}:${cloud}`, kind: 'compute' })
    }
  }
  // Grey market (from the report): routed through a transshipment hub to the pool's region.
  const hub = Object.entries(rules.regions).find(([, r]) => r.transshipmentHub)?.[0]
  for (const [poolId, pool] of Object.entries(report?.market.pools ?? {})) {
    const rec = rules.demandPools[poolId]
    if (rec === undefined || hub === undefined || pool.greyUnits <= 0 || hub === rec.region) continue
    raw.push({ from: hub, to: rec.region, owner: owner(regionOwner(view, rec.region) ?? view.seat), amount: pool.greyUnits, units: pool.greyUnits, grey: true, key: `grey:${poolId}`, kind: 'chips' })
  }
  // Merge same route + owner + kind, then scale to 0–100 (grey by units, legal by money).
  const merged = new Map<string, (typeof raw)[number]>()
  for (const f of raw) {
    const key = `${f.kind}:${f.from}>${f.to}:${f.owner}${f.grey ? ':grey' : ''}`
    const m = merged.get(key)
    if (m === undefined) merged.set(key, { ...f, key })
    else {
      m.amount += f.amount
      m.units += f.units
    }
  }
  const list = [...merged.values()]
  // Legal flows are money (US$ bn) and share one scale; grey ones are units, on their own.
  const maxLegal = Math.max(0, ...list.filter((f) => !f.grey).map((f) => f.amount))
  const maxGrey = Math.max(0, ...list.filter((f) => f.grey).map((f) => f.amount))
  const flows: MapFlow[] = list
    .map((f) => {
      const max = f.grey ? maxGrey : maxLegal
      const volume = max > 0 && f.amount > 0 ? Math.max(4, round((f.amount / max) * 100)) : 0
      return { id: f.key, from: f.from, to: f.to, kind: f.kind, owner: owner(f.owner), grey: f.grey, volume, ...(f.units > 0 ? { amount: roundFigure(f.units) } : {}) }
    })
    .filter((f) => f.volume > 0)
    .sort((a, b) => a.id.localeCompare(b.id))

  // Barriers: chip, tool, HBM and foundry controls in force, from the government's region to each destination.
  // (Entity List rings follow below.)
  const barrierMap = new Map<string, MapBarrier>()
  for (const [policyId, state] of Object.entries(view.policies)) {
    const rec = rules.policies[policyId]
    if (rec === undefined) continue
    const base = INSTRUMENT_STRENGTH[rec.instrument]
    if (base === undefined) continue
    const from = regionOf(rec.owner)
    if (from === undefined) continue
    const strength = round(base * (state.licence === null ? 1 : (LICENCE_FACTOR[state.licence] ?? 1)))
    const label = text(texts, rec.name, policyId)
    for (const to of rec.params.destinations ?? []) {
      if (to === from) continue
      const key = `${from}>${to}`
      const existing = barrierMap.get(key)
      if (existing === undefined) barrierMap.set(key, { id: `control:${key}`, from, to, label, strength })
      else barrierMap.set(key, { ...existing, label: `${existing.label}; ${label}`, strength: Math.max(existing.strength, strength) })
    }
  }
  // Entity List: a ring around each listed firm's home region, naming the firms.
  const listed = new Map<string, Set<string>>()
  for (const policyId of Object.keys(view.policies)) {
    const rec = rules.policies[policyId]
    if (rec?.instrument !== 'entity-list') continue
    for (const entity of rec.params.entities ?? []) {
      const region = regionOf(entity)
      if (region === undefined) continue
      const names = listed.get(region) ?? new Set<string>()
      names.add(text(texts, (rules.factions[entity] ?? rules.actors[entity])?.name, entity))
      listed.set(region, names)
    }
  }
  for (const [region, names] of listed) {
    barrierMap.set(`entity:${region}`, { id: `entity-list:${region}`, region, label: i18n.t('game.map.entityList', { names: [...names].sort().join(', ') }), strength: Math.min(100, 40 + 10 * names.size) })
  }
  const barriers = [...barrierMap.values()].sort((a, b) => a.id.localeCompare(b.id))

  return {
    aspect: PROJECTION_ASPECT,
    wrap: PROJECTION_WRAP,
    owners: [...owners.values()],
    regions,
    flows,
    barriers,
    tension: Math.max(0, Math.min(100, round(view.tension))),
    landmasses: LANDMASSES,
    waters: WATERS,
  }
}

/** The government whose home is `region`, if any (owns grey flows into it). */
function regionOwner(view: SeatView, region: string): string | undefined {
  return view.factionIds.find((id) => view.rules.factions[id]?.region === region && view.rules.factions[id]?.kinds.includes('government'))
}
