/**
 * A sample `MapModel` for the developer/test harness: the nine regions of the base game,
 * real-world sites (TSMC in Taiwan and Arizona, SMIC in China, SK hynix and Samsung HBM
 * in Korea, CoWoS in Taiwan, data centres in the US, China and the Gulf), controls in
 * force, and N flows made by a fixed pattern so every run draws the same map.
 */
import type { MapFlow, MapModel, MapOwner, MapRegion, FlowKind } from '../../map/map-model'
import { projectLonLat, projectPath, PROJECTION_ASPECT } from '../../map/projection'
import { LANDMASSES, WATERS } from '../../map/world-geography'

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

const at = (lon: number, lat: number): { x: number; y: number } => {
  const [x, y] = projectLonLat(lon, lat)
  return { x, y }
}

const US_SHAPE = [
  -124.5, 48.5, -95, 49, -89, 48, -84, 46.5, -82.5, 45, -83, 42, -79, 43.2, -76, 44, -74.5, 45, -71, 45, -69, 47.4, -67,
  45, -70, 43.5, -70.5, 41.6, -74, 40.5, -76, 37.5, -75.5, 35.3, -81, 31.5, -80, 26.5, -81.5, 25.2, -82.7, 28, -84, 30,
  -88, 30.3, -90, 29, -94, 29.7, -97.3, 26, -99.5, 27.5, -101.5, 29.8, -104, 29.5, -106.5, 31.8, -111, 31.3, -114.8,
  32.5, -117, 32.5, -120.5, 34.5, -122.5, 37.5, -124.2, 40.5, -124.5, 43,
]
const CHINA_SHAPE = [
  73.5, 39.5, 75, 37, 78, 35.5, 79, 32.5, 81, 30, 85, 28.2, 89, 27.8, 92, 27.8, 97, 28.2, 98.5, 25, 100, 22, 102, 22.4,
  106.5, 22.5, 108, 21.6, 110, 21, 113, 22.2, 116, 22.8, 118.5, 24.5, 120.5, 27.5, 122, 30, 121, 32, 120, 34.5, 119, 35,
  122.5, 37, 121, 37.5, 118, 38, 118, 39, 121, 40.2, 124.3, 40, 126.5, 41.8, 129, 42.4, 130.5, 42.5, 131.2, 45, 133, 48,
  130, 49, 127, 50, 125, 53, 121, 53.3, 120, 50, 117, 49.5, 116, 47, 112, 45, 111, 43.5, 106, 42.3, 101, 42.5, 97, 42.8,
  96, 44, 90, 45.5, 90, 47.7, 87, 49, 85, 47, 82.5, 45.5, 80.5, 45, 80, 43, 76, 40.5,
]
const TAIWAN_SHAPE = [120.1, 23, 120.7, 22, 121.6, 24.5, 122, 25, 121.5, 25.3, 120.8, 24.8, 120.2, 23.8]
const KOREA_SHAPE = [126.1, 34.5, 126.5, 36, 126.3, 37.2, 126.7, 37.8, 128.3, 38.5, 129.4, 37, 129.4, 35.5, 128.5, 35, 127, 34.5]
const JAPAN_SHAPES = [
  [
    130, 31.3, 131.5, 31.5, 132, 33.8, 135, 33.5, 136, 34.2, 137, 34.6, 139, 35, 140.8, 35.7, 141, 38, 142, 39.5, 141.5,
    41.4, 140, 40.5, 140, 39, 139.5, 38, 138.5, 37.5, 137, 37, 136.5, 36.5, 133, 35.5, 131, 34.3, 129.7, 33.5,
  ],
  [140, 41.5, 141, 43.3, 141.8, 45.4, 145, 44, 145.5, 43.2, 143.5, 42, 141, 42],
]
const EU_SHAPE = [
  -9, 37, -9, 43, -2, 43.5, -1, 46, -4.5, 48.5, 2, 51, 4, 52, 5, 53.4, 8.5, 54, 8, 57, 10.5, 57.5, 12.5, 55.5, 14, 54,
  19, 54.5, 23.5, 54, 24, 50.5, 22.5, 49, 26, 48, 28, 45.5, 29.5, 45, 28, 43.5, 26, 41.5, 26, 40.5, 24, 38, 22, 36.5, 21,
  38.5, 19.5, 41, 16, 43.5, 13.5, 45.5, 12.3, 45, 14, 42, 16, 41, 18.5, 40, 16, 38, 15, 40, 12, 42, 10, 44, 8, 44.3, 6,
  43, 3, 43.3, 3, 42, 0, 39.5, -0.5, 38, -2, 36.8, -5.5, 36, -7, 37,
]
const GULF_SHAPE = [
  35, 28, 36, 32, 39, 32, 47, 29.5, 48, 30, 48.5, 28, 50, 26, 51, 24, 54, 24, 56, 26, 57, 23, 59, 22.5, 57, 19, 55, 17, 52,
  16, 45, 13, 43, 13, 42, 16, 39, 21,
]
const SEA_SHAPES = [
  [
    98, 10, 98.5, 16, 97.5, 18, 100, 20.5, 101.5, 22.3, 106.5, 22.5, 108, 21.6, 106, 19, 106, 17, 109, 12, 107, 10.5, 105,
    8.7, 103, 10.5, 100, 13.5, 99, 10, 100, 6, 103, 3, 104, 1.3, 101, 2.8, 99, 7,
  ],
  [95.3, 5.5, 97.5, 5.2, 100, 2.5, 104, -1.5, 106, -5.8, 104.5, -5.8, 102, -4, 100, -1, 98, 1.8],
  [109, 1.5, 110, -2.5, 111.5, -3.5, 116, -4, 116.5, -1, 118, 1, 117.8, 4.5, 116, 6.8, 115, 5, 113, 3.5, 111, 1.8],
  [105.3, -6.7, 108, -6.2, 111, -6.5, 114.5, -7.7, 114.3, -8.7, 111, -8.2, 106, -7.3],
  [120, 18.5, 122.3, 18.5, 121.6, 16, 122, 14, 124, 13, 121, 13.7, 120.6, 14.6, 119.8, 16.3],
  [122, 7, 124, 8.3, 125.5, 9.7, 126.5, 7.5, 125.5, 6, 124, 6.3, 122.2, 6.8],
]

type RegionInput = Omit<MapRegion, 'x' | 'y'> & { lon: number; lat: number }
const region = ({ lon, lat, ...rest }: RegionInput): MapRegion => ({ ...rest, ...at(lon, lat) })

const REGIONS: MapRegion[] = [
  region({
    id: 'us', short: 'US', label: 'United States', nameKey: 'region.us', lon: -98, lat: 39, radius: 0.018, alignment: 'us',
    shapes: [projectPath(US_SHAPE)], computeDemand: 4_200_000, powerMw: 18_000,
    sites: [
      { id: 'tsmc-az', kind: 'fab', owner: 'tsmc', label: 'TSMC Arizona (Fab 21)', detail: 'N4', capacity: 20_000 },
      { id: 'intel-oh', kind: 'fab', owner: 'us', label: 'Intel Ohio One', detail: '18A', capacity: 10_000 },
      { id: 'amkor-az', kind: 'packaging', owner: 'us', label: 'Amkor Peoria', detail: 'CoWoS-class', capacity: 5_000 },
      { id: 'dc-va', kind: 'datacentre', owner: 'google', label: 'Northern Virginia cluster', capacity: 4_000 },
      { id: 'dc-tx', kind: 'datacentre', owner: 'nvidia', label: 'Texas AI campus', capacity: 1_200 },
    ],
  }),
  region({
    id: 'eu', short: 'EU', label: 'Netherlands / EU', nameKey: 'region.eu', lon: 6, lat: 50.5, radius: 0.015, alignment: 'us',
    shapes: [projectPath(EU_SHAPE)], computeDemand: 900_000, powerMw: 6_000,
    sites: [
      { id: 'asml', kind: 'fab', owner: 'us', label: 'ASML Veldhoven (EUV tools)', detail: 'EUV' },
      { id: 'esmc', kind: 'fab', owner: 'tsmc', label: 'ESMC Dresden', detail: 'N16', capacity: 10_000 },
    ],
  }),
  region({
    id: 'gulf', short: 'GU', label: 'Gulf', nameKey: 'region.gulf', lon: 47, lat: 23.5, radius: 0.015, alignment: 'contested',
    shapes: [projectPath(GULF_SHAPE)], computeDemand: 300_000, powerMw: 5_000,
    sites: [
      { id: 'dc-uae', kind: 'datacentre', owner: 'us', label: 'Abu Dhabi AI campus', capacity: 1_000 },
      { id: 'dc-ksa', kind: 'datacentre', owner: 'google', label: 'Riyadh cloud region', capacity: 500 },
    ],
  }),
  region({
    id: 'cn', short: 'CN', label: 'China', nameKey: 'region.cn', lon: 100, lat: 35, radius: 0.02, alignment: 'china',
    shapes: [projectPath(CHINA_SHAPE)], computeDemand: 2_600_000, powerMw: 14_000,
    sites: [
      { id: 'smic-sh', kind: 'fab', owner: 'smic', label: 'SMIC Shanghai (SN2)', detail: 'N+2', capacity: 35_000 },
      { id: 'smic-bj', kind: 'fab', owner: 'smic', label: 'SMIC Beijing', detail: 'N+1', capacity: 50_000 },
      { id: 'cxmt', kind: 'hbm', owner: 'cn', label: 'CXMT Hefei', detail: 'HBM2E', capacity: 8_000 },
      { id: 'dc-ali', kind: 'datacentre', owner: 'alibaba', label: 'Alibaba Cloud Zhangbei', capacity: 1_500 },
      { id: 'dc-hw', kind: 'datacentre', owner: 'huawei', label: 'Huawei Cloud Guizhou', capacity: 1_000 },
    ],
  }),
  region({
    id: 'kr', short: 'KR', label: 'South Korea', nameKey: 'region.kr', lon: 127.6, lat: 37.2, radius: 0.013, alignment: 'us',
    shapes: [projectPath(KOREA_SHAPE)], computeDemand: 250_000, powerMw: 2_000,
    sites: [
      { id: 'hynix-icheon', kind: 'hbm', owner: 'skhynix', label: 'SK hynix Icheon', detail: 'HBM3E', capacity: 40_000 },
      { id: 'samsung-pt', kind: 'hbm', owner: 'samsung', label: 'Samsung Pyeongtaek', detail: 'HBM3E', capacity: 30_000 },
      { id: 'samsung-fab', kind: 'fab', owner: 'samsung', label: 'Samsung Hwaseong', detail: 'SF3', capacity: 15_000 },
    ],
  }),
  region({
    id: 'jp', short: 'JP', label: 'Japan', nameKey: 'region.jp', lon: 146.5, lat: 37, radius: 0.013, alignment: 'us',
    shapes: JAPAN_SHAPES.map(projectPath), computeDemand: 400_000, powerMw: 3_000,
    sites: [
      { id: 'jasm', kind: 'fab', owner: 'tsmc', label: 'JASM Kumamoto', detail: 'N12', capacity: 55_000 },
      { id: 'rapidus', kind: 'fab', owner: 'us', label: 'Rapidus Chitose', detail: '2 nm pilot' },
    ],
  }),
  region({
    id: 'tw', short: 'TW', label: 'Taiwan', nameKey: 'region.tw', lon: 121, lat: 23.7, radius: 0.013, alignment: 'contested',
    shapes: [projectPath(TAIWAN_SHAPE)], computeDemand: 150_000, powerMw: 1_500,
    sites: [
      { id: 'tsmc-f18', kind: 'fab', owner: 'tsmc', label: 'TSMC Fab 18 (Tainan)', detail: 'N3', capacity: 120_000 },
      { id: 'tsmc-f20', kind: 'fab', owner: 'tsmc', label: 'TSMC Fab 20 (Hsinchu)', detail: 'N2', capacity: 30_000 },
      { id: 'cowos', kind: 'packaging', owner: 'tsmc', label: 'TSMC CoWoS (Chunan AP6)', detail: 'CoWoS-L', capacity: 35_000 },
    ],
  }),
  region({
    id: 'sea', short: 'SEA', label: 'Southeast Asia', nameKey: 'region.sea', lon: 104, lat: 12.5, radius: 0.014, alignment: 'neutral',
    shapes: SEA_SHAPES.map(projectPath), computeDemand: 350_000, powerMw: 4_000,
    sites: [
      { id: 'dc-jb', kind: 'datacentre', owner: 'alibaba', label: 'Johor data-centre park', capacity: 900 },
      { id: 'pkg-my', kind: 'packaging', owner: 'us', label: 'Penang OSAT cluster', capacity: 12_000 },
    ],
  }),
  region({
    id: 'row', short: 'RW', label: 'Rest of World', nameKey: 'region.row', lon: 12, lat: 3, radius: 0.022, alignment: 'neutral',
    computeDemand: 800_000, powerMw: 7_000, sites: [{ id: 'dc-in', kind: 'datacentre', owner: 'google', label: 'Mumbai cloud region', capacity: 600 }],
  }),
]

/** The hand-made flows a quarter might show; the generator cycles variations of them. */
const BASE_FLOWS: Omit<MapFlow, 'id'>[] = [
  { from: 'tw', to: 'us', kind: 'chips', volume: 95, owner: 'nvidia', grey: false },
  { from: 'kr', to: 'tw', kind: 'chips', volume: 70, owner: 'skhynix', grey: false },
  { from: 'eu', to: 'tw', kind: 'wafers', volume: 40, owner: 'us', grey: false },
  { from: 'tw', to: 'cn', kind: 'chips', volume: 35, owner: 'nvidia', grey: false },
  { from: 'sea', to: 'cn', kind: 'chips', volume: 45, owner: 'huawei', grey: true },
  { from: 'us', to: 'gulf', kind: 'chips', volume: 50, owner: 'nvidia', grey: false },
  { from: 'us', to: 'eu', kind: 'compute', volume: 55, owner: 'google', grey: false },
  { from: 'cn', to: 'sea', kind: 'compute', volume: 40, owner: 'alibaba', grey: false },
  { from: 'jp', to: 'tw', kind: 'wafers', volume: 45, owner: 'tsmc', grey: false },
  { from: 'tw', to: 'sea', kind: 'chips', volume: 55, owner: 'nvidia', grey: false },
  { from: 'us', to: 'row', kind: 'compute', volume: 35, owner: 'google', grey: false },
  { from: 'kr', to: 'cn', kind: 'chips', volume: 30, owner: 'samsung', grey: false },
  { from: 'gulf', to: 'cn', kind: 'chips', volume: 20, owner: 'nvidia', grey: true },
  { from: 'cn', to: 'row', kind: 'chips', volume: 30, owner: 'huawei', grey: false },
  { from: 'us', to: 'jp', kind: 'compute', volume: 25, owner: 'google', grey: false },
  { from: 'tw', to: 'jp', kind: 'chips', volume: 30, owner: 'tsmc', grey: false },
]

const KINDS: readonly FlowKind[] = ['wafers', 'chips', 'compute']

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
      flows.push({ id: `f${i}`, ...base })
      continue
    }
    const from = REGIONS[Math.floor(next() * REGIONS.length)] as MapRegion
    let to = REGIONS[Math.floor(next() * REGIONS.length)] as MapRegion
    if (to.id === from.id) to = REGIONS[(REGIONS.indexOf(from) + 1) % REGIONS.length] as MapRegion
    const owner = OWNERS[Math.floor(next() * OWNERS.length)] as MapOwner
    flows.push({
      id: `f${i}`,
      from: from.id,
      to: to.id,
      kind: KINDS[Math.floor(next() * KINDS.length)] as FlowKind,
      volume: Math.round(5 + next() * 90),
      owner: owner.id,
      grey: next() < 0.12,
    })
  }
  return flows
}

/** The harness's model with `flowCount` flows. */
export function sampleMapModel(flowCount = BASE_FLOWS.length): MapModel {
  return {
    aspect: PROJECTION_ASPECT,
    owners: OWNERS,
    regions: REGIONS,
    flows: sampleFlows(flowCount),
    barriers: [
      { id: 'us-cn-chips', from: 'us', to: 'cn', label: 'Advanced-chip export controls', strength: 80 },
      { id: 'kr-cn-hbm', from: 'kr', to: 'cn', label: 'HBM controls (Dec 2024)', strength: 60 },
      { id: 'eu-cn-euv', from: 'eu', to: 'cn', label: 'EUV tool ban', strength: 90 },
      { id: 'cn-entity', region: 'cn', label: 'Entity List', strength: 70 },
    ],
    tension: 62,
    landmasses: LANDMASSES,
    waters: WATERS,
  }
}

/** English names for the sample's game-data keys (the game data will ship these). */
export const SAMPLE_GAME_TEXTS_EN: Record<string, unknown> = {
  region: Object.fromEntries(REGIONS.map((r) => [r.id, r.label])),
  owner: Object.fromEntries(OWNERS.map((o) => [o.id, o.label])),
}
