/**
 * The map's static base: a night-blue sea with a graticule, stylised coastlines with a
 * soft coastal glow, inland seas, and a frame. Drawn in world units; widths are divided
 * by the camera scale so strokes stay the same on screen at any zoom.
 */
import { FillGradient, type Graphics } from 'pixi.js'
import type { Size } from '../camera'
import { pointInPolygon } from '../hit-test'
import type { MapModel, UnitPoint } from '../map-model'
import { smoothClosedPath } from './smooth-path'

export const SEA_TOP = 0x0c1834
export const SEA_BOTTOM = 0x060b19
const LAND = 0x1a2745
const LAND_EDGE = 0x3a5288
const COAST_GLOW = 0x4fa3d9
const GRID = 0x1a2850

let sea: FillGradient | undefined
let vignette: FillGradient | undefined
/** Dots of the land's survey grid, per coastline set (found once, they never move). */
const landDots = new WeakMap<object, { x: number; y: number }[]>()
/** Survey-grid spacing in unit coordinates of the world's height. */
const DOT_STEP = 0.011

/** Grid points (unit coordinates, rows offset like a hex grid) that fall on land. */
function dotsOnLand(landmasses: readonly (readonly UnitPoint[])[], aspect: number): { x: number; y: number }[] {
  const dots: { x: number; y: number }[] = []
  const stepX = DOT_STEP / aspect
  for (let row = 0, y = DOT_STEP / 2; y < 1; row++, y += DOT_STEP * 0.866) {
    for (let x = (row % 2) * (stepX / 2); x < 1; x += stepX) {
      if (landmasses.some((shape) => pointInPolygon({ x, y }, shape))) dots.push({ x, y })
    }
  }
  return dots
}

const toWorld = (shape: readonly UnitPoint[], world: Size) => shape.map(([x, y]) => ({ x: x * world.width, y: y * world.height }))

/** Draws the sea, graticule, land and frame. `scale` is screen pixels per world unit. */
export function drawBackground(g: Graphics, model: MapModel, world: Size, scale: number): void {
  const px = 1 / scale
  g.clear()
  sea ??= new FillGradient({
    type: 'linear',
    start: { x: 0, y: 0 },
    end: { x: 0, y: 1 },
    colorStops: [
      { offset: 0, color: SEA_TOP },
      { offset: 1, color: SEA_BOTTOM },
    ],
    textureSpace: 'local',
  })
  g.rect(0, 0, world.width, world.height).fill(sea)
  // Graticule: every 1/12 of the height and 1/24 of the width, i.e. ~10° squares.
  for (let i = 1; i < 24; i++) g.moveTo((i * world.width) / 24, 0).lineTo((i * world.width) / 24, world.height)
  for (let i = 1; i < 12; i++) g.moveTo(0, (i * world.height) / 12).lineTo(world.width, (i * world.height) / 12)
  g.stroke({ width: px, color: GRID, alpha: 0.7 })

  const land = (model.landmasses ?? []).map((shape) => toWorld(shape, world))
  // Coastal shelf: wide, faint strokes under the land.
  for (const shape of land) smoothClosedPath(g, shape)
  g.stroke({ width: 14 * px, color: COAST_GLOW, alpha: 0.05 })
  for (const shape of land) smoothClosedPath(g, shape)
  g.stroke({ width: 6 * px, color: COAST_GLOW, alpha: 0.08 })
  for (const shape of land) smoothClosedPath(g, shape).fill({ color: LAND })
  // A faint survey grid of dots on land: reads as a game board rather than an atlas.
  if (model.landmasses !== undefined) {
    let dots = landDots.get(model.landmasses)
    if (dots === undefined) {
      dots = dotsOnLand(model.landmasses, model.aspect)
      landDots.set(model.landmasses, dots)
    }
    const d = 1.3 * px
    for (const dot of dots) g.rect(dot.x * world.width - d / 2, dot.y * world.height - d / 2, d, d)
    g.fill({ color: 0x6f8fd6, alpha: 0.3 })
  }
  for (const shape of land) smoothClosedPath(g, shape)
  g.stroke({ width: 1.2 * px, color: LAND_EDGE, alpha: 0.9 })

  for (const shape of (model.waters ?? []).map((s) => toWorld(s, world))) {
    smoothClosedPath(g, shape).fill({ color: SEA_TOP }).stroke({ width: 1.2 * px, color: LAND_EDGE, alpha: 0.9 })
  }
  vignette ??= new FillGradient({
    type: 'radial',
    center: { x: 0.5, y: 0.5 },
    innerRadius: 0.5,
    outerCenter: { x: 0.5, y: 0.5 },
    outerRadius: 0.85,
    colorStops: [
      { offset: 0, color: 'rgba(3, 5, 12, 0)' },
      { offset: 1, color: 'rgba(3, 5, 12, 0.3)' },
    ],
    textureSpace: 'local',
  })
  g.rect(0, 0, world.width, world.height).fill(vignette)
  g.rect(0, 0, world.width, world.height).stroke({ width: 2 * px, color: 0x2a3760, alpha: 1 })
}
