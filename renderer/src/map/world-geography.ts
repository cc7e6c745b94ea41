/**
 * The map's geography, hand-simplified (it is a game board, not an atlas), as flat
 * lon, lat lists of a few dozen points each (smoothed when drawn):
 * - `LANDMASSES` and `WATERS`: the stylised coastlines of the background;
 * - `REGION_GEOGRAPHY`: one entry per game region id (game-data/base/regions.json) with
 *   its territory outlines, its hub (the marker, where flows start and end) and the side
 *   of the hub its name plate sits on; `placeRegions` gives every region id a place, a
 *   modded region without an entry included (`fallbackPlace`).
 */
import type { LabelSide, UnitPoint } from './map-model'
import { projectLonLat, projectPath } from './projection'

const LAND: Record<string, number[]> = {
  northAmerica: [
    -130, 72, -100, 72, -90, 69, -82, 66, -78, 72, -65, 72, -62, 66, -60, 60, -56, 52, -60, 47, -66, 44, -70, 42,
    -74, 40, -76, 37, -76, 35, -81, 31, -80, 26, -81, 25, -83, 29, -88, 30, -94, 29, -97, 27, -97, 22, -95, 19, -91,
    19, -87, 21, -88, 16, -84, 15, -83, 11, -79, 9, -77, 8, -80, 8, -86, 12, -92, 15, -96, 16, -105, 20, -109, 23,
    -112, 26, -115, 30, -117, 32, -120, 34, -124, 40, -124, 46, -124, 49, -127, 51, -130, 55,
  ],
  greenland: [-56, 72, -20, 72, -20, 70, -30, 68, -40, 65, -43, 60, -50, 62, -53, 67],
  cuba: [-85, 21.8, -82, 23.1, -77, 22, -74, 20.2, -77.5, 19.8, -81, 21.7],
  iceland: [-24, 65.5, -22, 66.4, -16, 66.5, -13.5, 65, -18, 63.4, -22.5, 63.8],
  southAmerica: [
    -80, 9, -75, 11, -72, 12, -63, 10, -60, 8, -52, 5, -50, 0, -45, -2, -38, -5, -35, -8, -39, -15, -41, -22, -48,
    -26, -53, -33, -58, -38, -62, -40, -65, -45, -68, -48, -75, -48, -74, -42, -73, -37, -71, -30, -70, -18, -76,
    -14, -80, -6, -81, -3, -80, 0, -78, 3, -77, 7,
  ],
  britain: [
    -5, 50, 1.5, 51, 1.7, 52.7, 0, 53.5, -1.5, 55, -2, 57, -4, 58.6, -5, 58.5, -6, 56.5, -5, 55, -3, 54.5, -4.5,
    53.3, -4.3, 52, -5.3, 51.7, -3.5, 51.3, -5.5, 50,
  ],
  ireland: [-6, 52, -6, 54, -7.5, 55.2, -10, 54, -10, 51.6],
  eurasia: [
    -9, 37, -9, 43, -2, 43.5, -1, 46, -4, 48, 2, 51, 4, 52, 5, 53, 8, 54, 8, 57, 5, 58, 5, 62, 10, 64, 14, 68, 20,
    70, 28, 71, 40, 68, 44, 68, 50, 69, 60, 70, 68, 72, 160, 72, 160, 60, 156, 51, 155, 57, 150, 59, 142, 59, 137, 55,
    141, 52, 140, 48, 135, 43, 131, 42.5, 129, 41, 128, 39, 129, 37, 129, 35, 126.5, 34.5, 126, 37, 125, 38, 125,
    39.5, 122, 40, 121, 39, 118, 39, 120, 37, 122, 37, 120, 35, 121, 32, 122, 30, 121, 28, 119, 25, 117, 23.5, 114,
    22.3, 110, 21, 108, 21.5, 106, 19, 106, 17, 109, 12, 107, 10.5, 105, 8.7, 103, 10.5, 100, 13.5, 99, 10, 100, 6,
    103, 3, 104, 1.3, 101, 2.8, 99, 7, 98, 9, 98, 16, 94, 18, 94, 21, 92, 22, 90, 22, 87, 21.5, 86, 20, 80, 15, 80,
    10, 77, 8, 76, 10, 73, 17, 72, 21, 69, 22, 67, 24.5, 62, 25, 57, 25.7, 56, 27, 52, 28, 50, 30, 48, 30, 48.5, 28,
    50, 26, 51, 24, 54, 24, 56, 26, 57, 23, 59, 22.5, 57, 19, 55, 17, 52, 16, 45, 13, 43, 13, 42, 16, 39, 21, 35, 28,
    34.5, 29.5, 33, 31, 34.5, 32, 36, 35.5, 36, 36.7, 32, 36.2, 29, 36.5, 27, 37.5, 26, 40, 24, 38, 22, 36.5, 21,
    38.5, 19.5, 41, 19, 42, 16, 43.5, 13.5, 45.5, 12.3, 45, 14, 42, 16, 41, 18.5, 40, 16, 38, 15, 40, 12, 42, 10, 44,
    8, 44.3, 6, 43, 3, 43.3, 3, 42, 0, 39.5, -0.5, 38, -2, 36.8, -5.5, 36, -7, 37,
  ],
  africa: [
    -17, 21, -16, 24, -13, 28, -10, 30, -9, 33, -6, 35.8, 0, 35.8, 10, 37, 11, 33.5, 20, 31, 30, 31.5, 32.5, 31, 34,
    28, 35, 24, 37, 20, 39, 16, 43, 12.5, 51, 12, 51, 10, 48, 5, 42, -1, 40, -5, 39, -10, 40.5, -15, 35, -24, 32.5,
    -26, 32, -29, 28, -33, 20, -35, 18, -33, 15, -27, 12, -18, 13, -12, 12, -5, 9, -1, 9.5, 4, 5, 6, -2, 5, -8, 4.5,
    -13, 8, -15, 11, -17, 14.5,
  ],
  madagascar: [49, -12, 50.5, -15.5, 47, -25, 44, -24.5, 44, -17, 46.5, -15.5],
  sriLanka: [79.8, 9.7, 81.8, 7.5, 81, 6, 80, 6.2, 79.7, 8],
  australia: [
    114, -22, 114, -26, 115, -34, 118, -35, 123, -34, 129, -31.5, 135, -34.5, 138, -35, 140, -38, 146, -39, 150,
    -37.5, 153, -32, 153, -25, 150, -22, 146, -19, 145.3, -15, 142.5, -10.7, 141.5, -13, 141.5, -17, 136, -12, 132,
    -11.5, 129, -15, 125, -14.5, 122, -17, 120, -19.7,
  ],
  honshu: [
    130, 31.3, 131.5, 31.5, 132, 33.8, 135, 33.5, 136, 34.2, 137, 34.6, 139, 35, 140.8, 35.7, 141, 38, 142, 39.5,
    141.5, 41.4, 140, 40.5, 140, 39, 139.5, 38, 138.5, 37.5, 137, 37, 136.5, 36.5, 133, 35.5, 131, 34.3, 129.7, 33.5,
  ],
  hokkaido: [140, 41.5, 141, 43.3, 141.8, 45.4, 145, 44, 145.5, 43.2, 143.5, 42, 141, 42],
  taiwan: [120.1, 23, 120.7, 22, 121.6, 24.5, 122, 25, 121.5, 25.3, 120.8, 24.8, 120.2, 23.8],
  hainan: [108.6, 19.2, 110, 20.1, 111, 19.6, 110, 18.2, 109, 18.3],
  luzon: [120, 18.5, 122.3, 18.5, 121.6, 16, 122, 14, 124, 13, 121, 13.7, 120.6, 14.6, 119.8, 16.3],
  mindanao: [122, 7, 124, 8.3, 125.5, 9.7, 126.5, 7.5, 125.5, 6, 124, 6.3, 122.2, 6.8],
  borneo: [109, 1.5, 110, -2.5, 111.5, -3.5, 116, -4, 116.5, -1, 118, 1, 117.8, 4.5, 116, 6.8, 115, 5, 113, 3.5, 111, 1.8],
  sumatra: [95.3, 5.5, 97.5, 5.2, 100, 2.5, 104, -1.5, 106, -5.8, 104.5, -5.8, 102, -4, 100, -1, 98, 1.8],
  java: [105.3, -6.7, 108, -6.2, 111, -6.5, 114.5, -7.7, 114.3, -8.7, 111, -8.2, 106, -7.3],
  sulawesi: [119.4, -5.4, 120.3, -2, 120, 0.8, 124.8, 1.5, 121.5, -0.8, 121, -2.8, 122.3, -4.8, 120.5, -5.5],
  newGuinea: [
    131, -1.3, 135, -3.3, 138, -1.7, 141, -2.6, 145.5, -4.5, 148, -8, 150.5, -10.5, 147, -10, 144, -7.8, 141, -9,
    138, -8.2, 137.5, -5, 133, -4, 132, -2.8,
  ],
}

const WATER: Record<string, number[]> = {
  hudsonBay: [-95, 63, -88, 64, -80, 63, -77, 59, -79, 55, -82, 52, -87, 55, -93, 58],
  blackSea: [28, 41.5, 28, 43.5, 30, 46, 33, 45, 36, 45.3, 38, 47, 39, 44.5, 41.5, 42, 38, 41, 35, 42, 31, 41.2],
  caspian: [47, 45, 50, 46.5, 53, 45, 51, 43, 52.5, 41.5, 53, 37, 50, 37, 49, 40, 47, 42.5],
  baltic: [
    10, 54, 13, 54.3, 19, 54.5, 21, 56, 21.5, 58, 23.5, 59.5, 29, 60, 23, 60.4, 21.5, 61, 21.2, 63, 25, 65.5, 22,
    65.8, 19, 63.5, 17, 61, 18.5, 59, 16.5, 57, 14.5, 56, 12.5, 56, 11, 57.5,
  ],
}

/** Land outlines in unit coordinates. */
export const LANDMASSES: readonly (readonly UnitPoint[])[] = Object.values(LAND).map(projectPath)
/** Inland seas drawn over the land. */
export const WATERS: readonly (readonly UnitPoint[])[] = Object.values(WATER).map(projectPath)

/** A game region on the map, in longitude and latitude. */
export interface RegionGeography {
  /** Two or three letters for the marker. */
  short: string
  /** The hub (lon, lat): the marker, where the region's flows start and end. */
  hub: readonly [number, number]
  /** The label anchor: which side of the hub the name plate and site icons sit on. */
  label: LabelSide
  /** Marker and hit radius as a share of the world's height. */
  radius: number
  /** Territory outlines as flat lon, lat lists; none draws a disc around the hub. */
  shapes: readonly (readonly number[])[]
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
const KOREA_SHAPE = [126.1, 34.5, 126.5, 36, 126.3, 37.2, 126.7, 37.8, 128.3, 38.5, 129.4, 37, 129.4, 35.5, 128.5, 35, 127, 34.5]
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
const INDOCHINA_SHAPE = [
  98, 10, 98.5, 16, 97.5, 18, 100, 20.5, 101.5, 22.3, 106.5, 22.5, 108, 21.6, 106, 19, 106, 17, 109, 12, 107, 10.5, 105,
  8.7, 103, 10.5, 100, 13.5, 99, 10, 100, 6, 103, 3, 104, 1.3, 101, 2.8, 99, 7,
]

/**
 * The nine regions of the base game, keyed by their ids in game-data/base/regions.json.
 * Islands reuse the coastline's outline, so territory and land match.
 */
export const REGION_GEOGRAPHY: Readonly<Record<string, RegionGeography>> = {
  us: { short: 'US', hub: [-98, 39], label: 'below', radius: 0.018, shapes: [US_SHAPE] },
  china: { short: 'CN', hub: [100, 35], label: 'below', radius: 0.02, shapes: [CHINA_SHAPE] },
  taiwan: { short: 'TW', hub: [121, 23.7], label: 'right', radius: 0.013, shapes: [LAND.taiwan as number[]] },
  korea: { short: 'KR', hub: [127.6, 37.2], label: 'above', radius: 0.013, shapes: [KOREA_SHAPE] },
  japan: { short: 'JP', hub: [146.5, 37], label: 'below', radius: 0.013, shapes: [LAND.honshu as number[], LAND.hokkaido as number[]] },
  eu: { short: 'EU', hub: [6, 50.5], label: 'below', radius: 0.015, shapes: [EU_SHAPE] },
  gulf: { short: 'GU', hub: [47, 23.5], label: 'below', radius: 0.015, shapes: [GULF_SHAPE] },
  sea: {
    short: 'SEA',
    hub: [104, 12.5],
    label: 'below',
    radius: 0.014,
    shapes: [INDOCHINA_SHAPE, ...(['sumatra', 'borneo', 'java', 'luzon', 'mindanao'] as const).map((k) => LAND[k] as number[])],
  },
  row: { short: 'RW', hub: [12, 3], label: 'below', radius: 0.022, shapes: [] },
}

/** A region's place on the map in unit coordinates. */
export interface RegionPlace {
  short: string
  x: number
  y: number
  radius: number
  labelSide: LabelSide
  /** Absent: the map draws a disc around the hub. */
  shapes?: UnitPoint[][]
}

/**
 * Open sea where regions the table does not know are placed, one after another: the
 * South Atlantic and the Indian Ocean (lon, lat), clear of every hub and label above.
 */
const FALLBACK_SLOTS: readonly (readonly [number, number])[] = [
  [-30, -28], [70, -22], [-65, -5], [95, -30], [0, -33], [150, 15], [-40, 20], [40, -38], [125, -32], [-105, 5],
]

/**
 * Where a region without an entry in `REGION_GEOGRAPHY` goes: the game data's own `map`
 * position (unit x, y) when it has one, else the `index`-th free slot of open sea
 * (slots repeat a little lower down when there are more unknown regions than slots).
 */
export function fallbackPlace(id: string, index: number, map?: { x: number; y: number }): RegionPlace {
  const clamp = (v: number): number => Math.min(0.95, Math.max(0.05, Number.isFinite(v) ? v : 0.5))
  const short = id.replace(/[^a-z0-9]/gi, '').slice(0, 3).toUpperCase() || '?'
  if (map !== undefined) return { short, x: clamp(map.x), y: clamp(map.y), radius: 0.014, labelSide: 'below' }
  const slot = FALLBACK_SLOTS[index % FALLBACK_SLOTS.length] as readonly [number, number]
  const [x, y] = projectLonLat(slot[0], slot[1] - 6 * Math.floor(index / FALLBACK_SLOTS.length))
  return { short, x: clamp(x), y: clamp(y), radius: 0.014, labelSide: 'below' }
}

/** The place of a region with an entry in `REGION_GEOGRAPHY`, or undefined. */
export function knownPlace(id: string): RegionPlace | undefined {
  if (!Object.prototype.hasOwnProperty.call(REGION_GEOGRAPHY, id)) return undefined
  const geo = REGION_GEOGRAPHY[id] as RegionGeography
  const [x, y] = projectLonLat(geo.hub[0], geo.hub[1])
  return {
    short: geo.short,
    x,
    y,
    radius: geo.radius,
    labelSide: geo.label,
    ...(geo.shapes.length > 0 ? { shapes: geo.shapes.map(projectPath) } : {}),
  }
}

/**
 * Every region's place, in the order given: the table's entry for a known id, else a
 * fallback (the game data's `map` position or the next free slot of open sea), so a
 * modded region always lands somewhere sensible.
 */
export function placeRegions(regions: readonly { id: string; map?: { x: number; y: number } | undefined }[]): Map<string, RegionPlace> {
  const places = new Map<string, RegionPlace>()
  let unknown = 0
  for (const region of regions) places.set(region.id, knownPlace(region.id) ?? { ...fallbackPlace(region.id, region.map === undefined ? unknown++ : 0, region.map) })
  // A fallback that lands on another hub moves down until it is clear.
  for (const region of regions) {
    if (knownPlace(region.id) !== undefined) continue
    const place = places.get(region.id) as RegionPlace
    const crowded = (): boolean => [...places].some(([id, p]) => id !== region.id && Math.hypot((p.x - place.x) * 1.8, p.y - place.y) < 0.07)
    for (let tries = 0; tries < 12 && crowded(); tries++) place.y = place.y + 0.07 > 0.95 ? 0.1 : place.y + 0.07
  }
  return places
}
