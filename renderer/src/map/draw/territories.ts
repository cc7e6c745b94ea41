/**
 * Regions' territories tinted by alignment (a Paradox-style political map mode), with a
 * crisp border, and a solid ring in the barrier colour where a control encircles a region.
 */
import type { Graphics } from 'pixi.js'
import type { Size } from '../camera'
import type { MapModel, MapRegion, UnitPoint } from '../map-model'
import type { MapColours } from '../palette'
import { smoothClosedPath } from './smooth-path'

/** A region's outlines in world units (a circle polygon when it has no shapes). */
export function regionOutlines(region: MapRegion, world: Size): { x: number; y: number }[][] {
  if (region.shapes !== undefined) {
    return region.shapes.map((shape: readonly UnitPoint[]) => shape.map(([x, y]) => ({ x: x * world.width, y: y * world.height })))
  }
  const r = region.radius * 2.2 * world.height
  const circle: { x: number; y: number }[] = []
  for (let i = 0; i < 32; i++) {
    const a = (i / 32) * Math.PI * 2
    circle.push({ x: region.x * world.width + Math.cos(a) * r, y: region.y * world.height + Math.sin(a) * r })
  }
  return [circle]
}

/** Draws every territory; `scale` is screen pixels per world unit. */
export function drawTerritories(g: Graphics, model: MapModel, colours: MapColours, world: Size, scale: number): void {
  const px = 1 / scale
  g.clear()
  const encircled = new Set(model.barriers.flatMap((b) => (b.region === undefined ? [] : [b.region])))
  for (const region of model.regions) {
    const colour = colours.alignments[region.alignment]
    const outlines = regionOutlines(region, world)
    for (const outline of outlines) {
      smoothClosedPath(g, outline).fill({ color: colour, alpha: region.shapes === undefined ? 0.1 : 0.26 })
      smoothClosedPath(g, outline).stroke({ width: 5 * px, color: colour, alpha: 0.18 })
      smoothClosedPath(g, outline).stroke({ width: 1.4 * px, color: colour, alpha: 0.95 })
    }
    if (encircled.has(region.id)) {
      // A solid fence line with a soft glow: solid, so it never reads as a grey-market dash.
      for (const outline of outlines) smoothClosedPath(g, outline).stroke({ width: 7 * px, color: colours.barrier, alpha: 0.18 })
      for (const outline of outlines) smoothClosedPath(g, outline).stroke({ width: 2.4 * px, color: colours.barrier, alpha: 0.95 })
    }
  }
}

/** Draws the hover/selection highlight of one region's territory. */
export function drawTerritoryHighlight(g: Graphics, region: MapRegion | null, world: Size, scale: number): void {
  g.clear()
  if (region === null) return
  for (const outline of regionOutlines(region, world)) {
    smoothClosedPath(g, outline).fill({ color: 0xffffff, alpha: 0.08 })
    smoothClosedPath(g, outline).stroke({ width: 2.2 / scale, color: 0xffffff, alpha: 0.85 })
  }
}
