/**
 * What is under a screen point: a site icon first (they sit on top), then a region's
 * marker, then a region's territory. Pure: the caller passes the projection.
 */
import type { Point } from './camera'
import type { MapModel, MapTarget, UnitPoint } from './map-model'
import { markerRadiusPx, SITE_HIT_PX, siteOffset } from './map-layout'

/** Even-odd rule point-in-polygon test. */
export function pointInPolygon(p: Point, polygon: readonly UnitPoint[]): boolean {
  let inside = false
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as UnitPoint
    const [xj, yj] = polygon[j] as UnitPoint
    if (yi > p.y !== yj > p.y && p.x < ((xj - xi) * (p.y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

export interface HitContext {
  /** Projects a unit point of the model to screen pixels. */
  toScreen(x: number, y: number): Point
  /** The screen point as a unit point of the model. */
  unit: Point
  /** Screen pixels per world height (for marker sizes). */
  pxPerWorldHeight: number
  /** The interface scale the banners are drawn at (1 by default). */
  ui?: number
  /** Whether territories count (true by default); false tests only the banners. */
  territories?: boolean
}

/** The site or region under `screen`, or null. */
export function hitTest(model: MapModel, screen: Point, context: HitContext): MapTarget | null {
  const regions = [...model.regions].reverse()
  const ui = context.ui ?? 1
  for (const region of regions) {
    const centre = context.toScreen(region.x, region.y)
    const marker = markerRadiusPx(region.radius, context.pxPerWorldHeight, ui)
    for (let i = 0; i < region.sites.length; i++) {
      const offset = siteOffset(i, region.sites.length, marker, ui, region.labelSide)
      const site = region.sites[i]
      if (site === undefined) continue
      if (Math.hypot(screen.x - centre.x - offset.x, screen.y - centre.y - offset.y) <= SITE_HIT_PX * ui) {
        return { type: 'site', region, site }
      }
    }
  }
  for (const region of regions) {
    const centre = context.toScreen(region.x, region.y)
    const marker = markerRadiusPx(region.radius, context.pxPerWorldHeight, ui)
    if (Math.hypot(screen.x - centre.x, screen.y - centre.y) <= marker + 2) return { type: 'region', region }
  }
  if (context.territories === false) return null
  for (const region of regions) {
    if (region.shapes?.some((shape) => pointInPolygon(context.unit, shape))) return { type: 'region', region }
    if (region.shapes === undefined) {
      // Unit y spans the world height; x spans `aspect` heights.
      const dx = (context.unit.x - region.x) * model.aspect
      const dy = context.unit.y - region.y
      if (Math.hypot(dx, dy) <= region.radius * 2.2) return { type: 'region', region }
    }
  }
  return null
}
