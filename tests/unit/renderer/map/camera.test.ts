import { describe, expect, it } from 'vitest'
import {
  cameraScale,
  clampCamera,
  fitScale,
  homeCamera,
  imageCoversScreen,
  MAX_ZOOM,
  MIN_ZOOM,
  panBy,
  placeCachedImage,
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

describe('placeCachedImage', () => {
  const margin = 100
  const size = { width: screen.width + 2 * margin, height: screen.height + 2 * margin }

  it('leaves the image where it was rendered while the camera stays', () => {
    const camera = { cx: 900, cy: 500, zoom: 3 }
    const s = cameraScale(camera, screen, world)
    expect(placeCachedImage(camera, s, camera, s, screen, margin)).toEqual({ scale: 1, x: -margin, y: -margin })
  })

  it('moves the image with a pan so a world point stays under its pixel', () => {
    const from = { cx: 900, cy: 500, zoom: 3 }
    const s = cameraScale(from, screen, world)
    const to = panBy(from, 40, -25, screen, world)
    const place = placeCachedImage(from, s, to, s, screen, margin)
    expect(place.x).toBeCloseTo(-margin + 40)
    expect(place.y).toBeCloseTo(-margin - 25)
    expect(imageCoversScreen(place, size, screen)).toBe(true)
  })

  it('scales the image with a zoom so a world point lands where the new camera shows it', () => {
    const from = { cx: 900, cy: 500, zoom: 2 }
    const to = zoomAt(from, 1.5, { x: 300, y: 200 }, screen, world)
    const s0 = cameraScale(from, screen, world)
    const s1 = cameraScale(to, screen, world)
    const place = placeCachedImage(from, s0, to, s1, screen, margin)
    const worldPoint = { x: 1000, y: 450 }
    const inImage = worldToScreen(worldPoint, from, screen, world)
    const expected = worldToScreen(worldPoint, to, screen, world)
    expect(place.x + (inImage.x + margin) * place.scale).toBeCloseTo(expected.x)
    expect(place.y + (inImage.y + margin) * place.scale).toBeCloseTo(expected.y)
  })

  it('tells when a pan has run past the margin', () => {
    const from = { cx: 1000, cy: 500, zoom: 4 }
    const s = cameraScale(from, screen, world)
    const far = placeCachedImage(from, s, { ...from, cx: from.cx + (margin + 10) / s }, s, screen, margin)
    expect(imageCoversScreen(far, size, screen)).toBe(false)
  })
})
