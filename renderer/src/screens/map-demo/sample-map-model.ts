/**
 * A sample `MapModel` for the developer/test harness: the nine regions of the base game,
 * real-world sites (TSMC in Taiwan and Arizona, SMIC in China, SK hynix and Samsung HBM
 * in Korea, CoWoS in Taiwan, data centres in the US, China and the Gulf), controls in
 * force, and N flows made by a fixed pattern so every run draws the same map.
 */
import type { MapFlow, MapModel, MapOwner, MapRegion, FlowKind } from '../../map/map-model'
import { PROJECTION_ASPECT, PROJECTION_WRAP } from '../../map/projection'
import { knownPlace, LANDMASSES, WATERS } from '../../map/world-geography'

const OWNERS: MapOwner[] = [
  { id: 'us', label: 'United States', nameKey: 'owner.us', colour: 0x4da3ff },
  { id: 'cn', label: 'China', nameKey: 'owner.cn', colour: 0xff5d5d },
  { id: 'nvidia', label: 'Nvidia', nameKey: 'owner.nvidia', colour: 0x76d94a },
  { id: 'tsmc', label: 'TSMC', nameKey: 'owner.tsmc', colour: 0x5ee0d0 },
  { id: 'huawei', label: 'Huawei', nameKey: 'owner.huawei', colour: 0xff9a3c },
  { id: 'alibaba', label: 'Alibaba', nameKey: 'owner.alibaba', colour: 0xffc94a },
  { id: 'google', label: 'Google', nameKey: 'owner.google', colour: 0xb48cff },
  { id: 'smic', label: 'SMIC', nameKey: 'owner.smic', colour: 0xff6fae },
  { id: 'skhynix', label: 'SK hynix', nameKey: 'owner.skhynix', colour: 0xc7d0e6 },
  { id: 'samsung', label: 'Samsung', nameKey: 'owner.samsung', colour: 0x6f8cff },
]

type RegionInput = Omit<MapRegion, 'x' | 'y' | 'short' | 'radius' | 'labelSide' | 'shapes' | 'nameKey'>
/** A region placed by the map's geography table (its hub, outline and label side). */
const region = (input: RegionInput): MapRegion => {
  const place = knownPlace(input.id)
  if (place === undefined) throw new Error(`no geography for ${input.id}`)
  return { ...input, nameKey: `region.${input.id}.name`, ...place }
}

const REGIONS: MapRegion[] = [
  region({
    id: 'us', label: 'United States', alignment: 'us',
    computeDemand: 42, powerMw: 18_000,
    sites: [
      { id: 'tsmc-az', kind: 'fab', owner: 'tsmc', label: 'TSMC Arizona (Fab 21)', detail: 'N4', capacity: 60_000 },
      { id: 'intel-oh', kind: 'fab', owner: 'us', label: 'Intel Ohio One', detail: '18A', capacity: 30_000 },
      { id: 'amkor-az', kind: 'packaging', owner: 'us', label: 'Amkor Peoria', detail: 'CoWoS-class', capacity: 5_000 },
      { id: 'dc-va', kind: 'datacentre', owner: 'google', label: 'Northern Virginia cluster', capacity: 4_000 },
      { id: 'dc-tx', kind: 'datacentre', owner: 'nvidia', label: 'Texas AI campus', capacity: 1_200 },
    ],
  }),
  region({
    id: 'eu', label: 'Netherlands / EU', alignment: 'us',
    computeDemand: 9, powerMw: 6_000,
    sites: [
      { id: 'asml', kind: 'fab', owner: 'us', label: 'ASML Veldhoven (EUV tools)', detail: 'EUV' },
      { id: 'esmc', kind: 'fab', owner: 'tsmc', label: 'ESMC Dresden', detail: 'N16', capacity: 30_000 },
    ],
  }),
  region({
    id: 'gulf', label: 'Gulf', alignment: 'contested',
    computeDemand: 3, powerMw: 5_000,
    sites: [
      { id: 'dc-uae', kind: 'datacentre', owner: 'us', label: 'Abu Dhabi AI campus', capacity: 1_000 },
      { id: 'dc-ksa', kind: 'datacentre', owner: 'google', label: 'Riyadh cloud region', capacity: 500 },
    ],
  }),
  region({
    id: 'china', label: 'China', alignment: 'china',
    computeDemand: 26, powerMw: 14_000,
    sites: [
      { id: 'smic-sh', kind: 'fab', owner: 'smic', label: 'SMIC Shanghai (SN2)', detail: 'N+2', capacity: 105_000 },
      { id: 'smic-bj', kind: 'fab', owner: 'smic', label: 'SMIC Beijing', detail: 'N+1', capacity: 150_000 },
      { id: 'cxmt', kind: 'hbm', owner: 'cn', label: 'CXMT Hefei', detail: 'HBM2E', capacity: 8_000 },
      { id: 'dc-ali', kind: 'datacentre', owner: 'alibaba', label: 'Alibaba Cloud Zhangbei', capacity: 1_500 },
      { id: 'dc-hw', kind: 'datacentre', owner: 'huawei', label: 'Huawei Cloud Guizhou', capacity: 1_000 },
    ],
  }),
  region({
    id: 'korea', label: 'South Korea', alignment: 'us',
    computeDemand: 2.5, powerMw: 2_000,
    sites: [
      { id: 'hynix-icheon', kind: 'hbm', owner: 'skhynix', label: 'SK hynix Icheon', detail: 'HBM3E', capacity: 40_000 },
      { id: 'samsung-pt', kind: 'hbm', owner: 'samsung', label: 'Samsung Pyeongtaek', detail: 'HBM3E', capacity: 30_000 },
      { id: 'samsung-fab', kind: 'fab', owner: 'samsung', label: 'Samsung Hwaseong', detail: 'SF3', capacity: 45_000 },
    ],
  }),
  region({
    id: 'japan', label: 'Japan', alignment: 'us',
    computeDemand: 4, powerMw: 3_000,
    sites: [
      { id: 'jasm', kind: 'fab', owner: 'tsmc', label: 'JASM Kumamoto', detail: 'N12', capacity: 165_000 },
      { id: 'rapidus', kind: 'fab', owner: 'us', label: 'Rapidus Chitose', detail: '2 nm pilot' },
    ],
  }),
  region({
    id: 'taiwan', label: 'Taiwan', alignment: 'contested',
    computeDemand: 1.5, powerMw: 1_500,
    sites: [
      { id: 'tsmc-f18', kind: 'fab', owner: 'tsmc', label: 'TSMC Fab 18 (Tainan)', detail: 'N3', capacity: 360_000 },
      { id: 'tsmc-f20', kind: 'fab', owner: 'tsmc', label: 'TSMC Fab 20 (Hsinchu)', detail: 'N2', capacity: 90_000 },
      { id: 'cowos', kind: 'packaging', owner: 'tsmc', label: 'TSMC CoWoS (Chunan AP6)', detail: 'CoWoS-L', capacity: 35_000 },
    ],
  }),
  region({
    id: 'sea', label: 'Southeast Asia', alignment: 'neutral',
    computeDemand: 3.5, powerMw: 4_000,
    sites: [
      { id: 'dc-jb', kind: 'datacentre', owner: 'alibaba', label: 'Johor data-centre park', capacity: 900 },
      { id: 'pkg-my', kind: 'packaging', owner: 'us', label: 'Penang OSAT cluster', capacity: 12_000 },
    ],
  }),
  region({
    id: 'row', label: 'Rest of World', alignment: 'neutral',
    computeDemand: 8, powerMw: 7_000, sites: [{ id: 'dc-in', kind: 'datacentre', owner: 'google', label: 'Mumbai cloud region', capacity: 600 }],
  }),
]

/** The hand-made flows a quarter might show; the generator cycles variations of them. */
const BASE_FLOWS: Omit<MapFlow, 'id'>[] = [
  { from: 'taiwan', to: 'us', kind: 'chips', volume: 95, owner: 'nvidia', grey: false },
  { from: 'korea', to: 'taiwan', kind: 'chips', volume: 70, owner: 'skhynix', grey: false },
  { from: 'eu', to: 'taiwan', kind: 'wafers', volume: 40, owner: 'us', grey: false },
  { from: 'taiwan', to: 'china', kind: 'chips', volume: 35, owner: 'nvidia', grey: false },
  { from: 'sea', to: 'china', kind: 'chips', volume: 45, owner: 'huawei', grey: true },
  { from: 'us', to: 'gulf', kind: 'chips', volume: 50, owner: 'nvidia', grey: false },
  { from: 'us', to: 'eu', kind: 'compute', volume: 55, owner: 'google', grey: false },
  { from: 'china', to: 'sea', kind: 'compute', volume: 40, owner: 'alibaba', grey: false },
  { from: 'japan', to: 'taiwan', kind: 'wafers', volume: 45, owner: 'tsmc', grey: false },
  { from: 'taiwan', to: 'sea', kind: 'chips', volume: 55, owner: 'nvidia', grey: false },
  { from: 'us', to: 'row', kind: 'compute', volume: 35, owner: 'google', grey: false },
  { from: 'korea', to: 'china', kind: 'chips', volume: 30, owner: 'samsung', grey: false },
  { from: 'gulf', to: 'china', kind: 'chips', volume: 20, owner: 'nvidia', grey: true },
  { from: 'china', to: 'row', kind: 'chips', volume: 30, owner: 'huawei', grey: false },
  { from: 'us', to: 'japan', kind: 'compute', volume: 25, owner: 'google', grey: false },
  { from: 'taiwan', to: 'japan', kind: 'chips', volume: 30, owner: 'tsmc', grey: false },
]

const KINDS: readonly FlowKind[] = ['wafers', 'chips', 'compute']
/** A sample flow's amount per point of volume, in its kind's unit (wafers, chips, H100e). */
const AMOUNT_PER_VOLUME: Record<FlowKind, number> = { wafers: 120, chips: 1_500, compute: 2_000 }
const withAmount = (flow: MapFlow): MapFlow => ({ ...flow, amount: flow.volume * AMOUNT_PER_VOLUME[flow.kind] })

/** N flows: the base flows first, then deterministic variations over every region pair. */
export function sampleFlows(count: number): MapFlow[] {
  const flows: MapFlow[] = []
  let seed = 12345
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  for (let i = 0; i < count; i++) {
    const base = BASE_FLOWS[i]
    if (base !== undefined) {
      flows.push(withAmount({ id: `f${i}`, ...base }))
      continue
    }
    const from = REGIONS[Math.floor(next() * REGIONS.length)] as MapRegion
    let to = REGIONS[Math.floor(next() * REGIONS.length)] as MapRegion
    if (to.id === from.id) to = REGIONS[(REGIONS.indexOf(from) + 1) % REGIONS.length] as MapRegion
    const owner = OWNERS[Math.floor(next() * OWNERS.length)] as MapOwner
    flows.push(withAmount({
      id: `f${i}`,
      from: from.id,
      to: to.id,
      kind: KINDS[Math.floor(next() * KINDS.length)] as FlowKind,
      volume: Math.round(5 + next() * 90),
      owner: owner.id,
      grey: next() < 0.12,
    }))
  }
  return flows
}

/** The harness's model with `flowCount` flows. */
export function sampleMapModel(flowCount = BASE_FLOWS.length): MapModel {
  return {
    aspect: PROJECTION_ASPECT,
    wrap: PROJECTION_WRAP,
    owners: OWNERS,
    regions: REGIONS,
    flows: sampleFlows(flowCount),
    barriers: [
      { id: 'us-cn-chips', from: 'us', to: 'china', label: 'Advanced-chip export controls', strength: 80 },
      { id: 'kr-cn-hbm', from: 'korea', to: 'china', label: 'HBM controls (Dec 2024)', strength: 60 },
      { id: 'eu-cn-euv', from: 'eu', to: 'china', label: 'EUV tool ban', strength: 90 },
      { id: 'cn-entity', region: 'china', label: 'Entity List', strength: 70 },
    ],
    tension: 62,
    landmasses: LANDMASSES,
    waters: WATERS,
  }
}

/** English names for the sample's game-data keys (the game data will ship these). */
export const SAMPLE_GAME_TEXTS_EN: Record<string, unknown> = {
  region: Object.fromEntries(REGIONS.map((r) => [r.id, { name: r.label }])),
  owner: Object.fromEntries(OWNERS.map((o) => [o.id, o.label])),
}
