/**
 * The world map's input: plain, serialisable data that a seat's view will be turned into
 * once the game's view calls exist. The map only draws it; it knows no rules.
 *
 * Positions are unit coordinates (0–1) of a virtual world whose width is `aspect` times
 * its height, so the same model draws at any window size.
 */

/** A point in unit coordinates: [x, y], both 0–1. */
export type UnitPoint = readonly [number, number]

/** A player or actor that owns sites and flows (a faction id such as `tsmc`). */
export interface MapOwner {
  id: string
  /** i18n key of the owner's name; `label` is shown when the key has no text. */
  nameKey?: string
  label: string
  /** The owner's colour in the default palette (0xRRGGBB). */
  colour: number
}

/** Which bloc a region leans to; tints its territory. */
export type Alignment = 'us' | 'china' | 'neutral' | 'contested'

/** Where a region's name plate sits relative to its marker. */
export type LabelSide = 'below' | 'above' | 'left' | 'right'

export type SiteKind = 'fab' | 'packaging' | 'hbm' | 'datacentre'

/** A fab, packaging plant, HBM line or data centre drawn on its region. */
export interface MapSite {
  id: string
  kind: SiteKind
  /** MapOwner id. */
  owner: string
  nameKey?: string
  label: string
  /** Capacity in the kind's unit (`siteCapacityText` in map-texts.ts): wafers a quarter (fab), chips packaged a quarter, HBM stacks a quarter, MW (data centre). */
  capacity?: number
  /** Node or technology, e.g. "N3" or "HBM3E". */
  detail?: string
}

export interface MapRegion {
  id: string
  nameKey?: string
  label: string
  /** Two or three letters shown in the region's marker, e.g. `TW`. */
  short: string
  /** Where the region's marker (and every flow's end) sits. */
  x: number
  y: number
  /** Marker and hit radius in unit coordinates of the world's height. */
  radius: number
  /** Which side of the marker the name plate and site icons sit on; below by default. */
  labelSide?: LabelSide
  /** Territory outlines (one or more polygons). Without them a circle of `radius * 2.2` is drawn. */
  shapes?: readonly (readonly UnitPoint[])[]
  alignment: Alignment
  sites: readonly MapSite[]
  /** Optional figures for the region panel: spending on AI accelerators (US$ bn a quarter) and power for data centres (MW). */
  computeDemand?: number
  powerMw?: number
}

export type FlowKind = 'wafers' | 'chips' | 'compute'

/** Goods moving between two regions this quarter. */
export interface MapFlow {
  id: string
  from: string
  to: string
  kind: FlowKind
  /** Relative volume, 0–100: sets the line's thickness and how many particles it carries. */
  volume: number
  /** The quarter's amount in the kind's unit (`flowAmountText` in map-texts.ts): wafers, chips, or H100e of compute; shown in the tooltip and panel. */
  amount?: number
  owner: string
  /** Grey-market (smuggled or transshipped): drawn dashed. */
  grey: boolean
}

/** A control in force: across a route (`from` → `to`, both ways) or around a region. */
export interface MapBarrier {
  id: string
  from?: string
  to?: string
  region?: string
  nameKey?: string
  label: string
  /** 0–100: how much of the route it blocks; sets the glyph's size. */
  strength: number
}

export interface MapModel {
  /** World width divided by height. */
  aspect: number
  owners: readonly MapOwner[]
  regions: readonly MapRegion[]
  flows: readonly MapFlow[]
  barriers: readonly MapBarrier[]
  /** The shared tension track, 0–100. */
  tension: number
  /**
   * The globe's width in unit widths when the map wraps east–west (`PROJECTION_WRAP` for
   * projection.ts, which shows 290° of the 360°): routes then take the shorter way, across
   * the map's edge (Taiwan → US over the Pacific). Absent: routes stay inside the map.
   */
  wrap?: number
  /** Coastlines drawn under the regions (stylised, unit coordinates). */
  landmasses?: readonly (readonly UnitPoint[])[]
  /** Inland seas and lakes drawn over the landmasses. */
  waters?: readonly (readonly UnitPoint[])[]
}

/** What the pointer is over, or what was clicked. */
export type MapTarget =
  | { type: 'region'; region: MapRegion }
  | { type: 'site'; region: MapRegion; site: MapSite }
  /** A flow's route; `region` is where it starts, `to` where it ends. */
  | { type: 'flow'; region: MapRegion; to: MapRegion; flow: MapFlow }
  /** A control in force across a route (its wall or line); `region` is the exporter, `to` the destination. */
  | { type: 'control'; region: MapRegion; to: MapRegion; barrier: MapBarrier }
