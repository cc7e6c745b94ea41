import { describe, expect, it } from 'vitest'
import { hitTest, pointInPolygon } from '../../../../renderer/src/map/hit-test'
import { markerRadiusPx, MIN_MARKER_PX, siteOffset } from '../../../../renderer/src/map/map-layout'
import type { MapModel, MapRegion } from '../../../../renderer/src/map/map-model'

const square = [
  [0.1, 0.1],
  [0.3, 0.1],
  [0.3, 0.3],
  [0.1, 0.3],
] as const

const taiwan: MapRegion = {
  id: 'tw',
  short: 'TW',
  label: 'Taiwan',
  x: 0.8,
  y: 0.5,
  radius: 0.01,
  alignment: 'contested',
  sites: [
    { id: 'f18', kind: 'fab', owner: 'tsmc', label: 'Fab 18' },
    { id: 'cowos', kind: 'packaging', owner: 'tsmc', label: 'CoWoS' },
  ],
}
const boxland: MapRegion = { id: 'box', short: 'BX', label: 'Boxland', x: 0.2, y: 0.2, radius: 0.01, alignment: 'us', shapes: [square], sites: [] }
const row: MapRegion = { id: 'row', short: 'RW', label: 'Rest of World', x: 0.5, y: 0.8, radius: 0.02, alignment: 'neutral', sites: [] }

const model: MapModel = { aspect: 2, owners: [], regions: [boxland, taiwan, row], flows: [], barriers: [], tension: 0 }

// A screen where unit (x, y) lands at (x * 2000, y * 1000): one pixel per world unit.
const context = (sx: number, sy: number) => ({
  toScreen: (x: number, y: number) => ({ x: x * 2000, y: y * 1000 }),
  unit: { x: sx / 2000, y: sy / 1000 },
  pxPerWorldHeight: 1000,
})
const at = (sx: number, sy: number) => hitTest(model, { x: sx, y: sy }, context(sx, sy))

describe('pointInPolygon', () => {
  it('tells inside from outside', () => {
    expect(pointInPolygon({ x: 0.2, y: 0.2 }, square)).toBe(true)
    expect(pointInPolygon({ x: 0.35, y: 0.2 }, square)).toBe(false)
  })
})

describe('hitTest', () => {
  it('finds a region by its marker, even when the region is tiny', () => {
    expect(markerRadiusPx(0.001, 1000)).toBe(MIN_MARKER_PX)
    expect(at(1600 + MIN_MARKER_PX - 1, 500)).toMatchObject({ type: 'region', region: { id: 'tw' } })
  })

  it('finds a region by its territory', () => {
    expect(at(250, 150)).toMatchObject({ type: 'region', region: { id: 'box' } })
  })

  it('finds a region without shapes within its circle', () => {
    expect(at(1000 + 30, 800)).toMatchObject({ type: 'region', region: { id: 'row' } })
  })

  it('finds a site icon before the region under it', () => {
    const marker = markerRadiusPx(taiwan.radius, 1000)
    const offset = siteOffset(1, 2, marker)
    expect(at(1600 + offset.x, 500 + offset.y)).toMatchObject({ type: 'site', site: { id: 'cowos' } })
  })

  it('finds nothing over open sea', () => {
    expect(at(1000, 100)).toBeNull()
  })
})

describe('hitTest at a larger interface scale', () => {
  it('finds site icons where the banners draw them when they grow with the UI', () => {
    const ui = 1.5
    const marker = markerRadiusPx(taiwan.radius, 1000, ui)
    const offset = siteOffset(1, 2, marker, ui)
    const sx = 1600 + offset.x
    const sy = 500 + offset.y
    expect(hitTest(model, { x: sx, y: sy }, { ...context(sx, sy), ui })).toMatchObject({ type: 'site', site: { id: 'cowos' } })
    expect(marker).toBe(MIN_MARKER_PX * ui)
  })
})
