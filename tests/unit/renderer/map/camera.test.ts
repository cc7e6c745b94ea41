import { describe, expect, it } from 'vitest'
import {
  cameraScale,
  clampCamera,
  fitScale,
  homeCamera,
  MAX_ZOOM,
  MIN_ZOOM,
  panBy,
  screenToWorld,
  worldSize,
  worldToScreen,
  zoomAt,
} from '../../../../renderer/src/map/camera'

const world = worldSize(2)
const screen = { width: 1000, height: 800 }

describe('camera', () => {
  it('fits the whole world on screen at zoom 1, limited by the narrower axis', () => {
    expect(world).toEqual({ width: 2000, height: 1000 })
    expect(fitScale(screen, world)).toBeCloseTo(0.5)
    const home = homeCamera(world)
    expect(worldToScreen({ x: 0, y: 0 }, home, screen, world)).toEqual({ x: 0, y: 150 })
    expect(worldToScreen({ x: 2000, y: 1000 }, home, screen, world)).toEqual({ x: 1000, y: 650 })
  })

  it('maps screen to world and back to the same point', () => {
    const camera = { cx: 700, cy: 400, zoom: 3 }
    const p = { x: 123, y: 456 }
    const back = worldToScreen(screenToWorld(p, camera, screen, world), camera, screen, world)
    expect(back.x).toBeCloseTo(p.x)
    expect(back.y).toBeCloseTo(p.y)
  })

  it('keeps the world point under the cursor still while zooming', () => {
    const home = homeCamera(world)
    const anchor = { x: 700, y: 300 }
    const before = screenToWorld(anchor, home, screen, world)
    const zoomed = zoomAt(home, 2, anchor, screen, world)
    const after = screenToWorld(anchor, zoomed, screen, world)
    expect(zoomed.zoom).toBe(2)
    expect(after.x).toBeCloseTo(before.x)
    expect(after.y).toBeCloseTo(before.y)
  })

  it('clamps the zoom between its limits', () => {
    const home = homeCamera(world)
    expect(zoomAt(home, 1000, { x: 500, y: 400 }, screen, world).zoom).toBe(MAX_ZOOM)
    expect(zoomAt(home, 0.001, { x: 500, y: 400 }, screen, world).zoom).toBe(MIN_ZOOM)
  })

  it('centres an axis where the world is smaller than the screen and stops panning past the edges', () => {
    const home = homeCamera(world)
    // At zoom 1 the world is exactly as wide as the screen, so x stays centred.
    expect(panBy(home, 300, 0, screen, world).cx).toBe(1000)
    const zoomed = { cx: 1000, cy: 500, zoom: 4 }
    const farLeft = panBy(zoomed, 1e6, 1e6, screen, world)
    const s = cameraScale(farLeft, screen, world)
    expect(farLeft.cx).toBeCloseTo(screen.width / (2 * s))
    expect(farLeft.cy).toBeCloseTo(screen.height / (2 * s))
    expect(clampCamera({ cx: -50, cy: 2000, zoom: 4 }, screen, world)).toEqual({ cx: farLeft.cx, cy: 1000 - farLeft.cy, zoom: 4 })
  })

  it('pans so the world follows the pointer', () => {
    const camera = { cx: 1000, cy: 500, zoom: 4 }
    const moved = panBy(camera, 100, 0, screen, world)
    expect(moved.cx).toBeCloseTo(1000 - 100 / cameraScale(camera, screen, world))
  })
})
