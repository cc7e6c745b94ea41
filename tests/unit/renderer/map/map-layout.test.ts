import { describe, expect, it } from 'vitest'
import { hitTest } from '../../../../renderer/src/map/hit-test'
import { labelOffset, siteOffset } from '../../../../renderer/src/map/map-layout'
import type { MapModel, MapRegion } from '../../../../renderer/src/map/map-model'

describe('label sides', () => {
  it('puts the name plate below by default, and above, right or left when asked', () => {
    expect(labelOffset(10)).toMatchObject({ x: 0, align: 0 })
    expect(labelOffset(10).y).toBeGreaterThan(10)
    expect(labelOffset(10, 1, 'above').y).toBeLessThan(-10)
    expect(labelOffset(10, 1, 'right')).toMatchObject({ y: 0, align: -1 })
    expect(labelOffset(10, 1, 'right').x).toBeGreaterThan(10)
    expect(labelOffset(10, 1, 'left')).toMatchObject({ y: 0, align: 1 })
    expect(labelOffset(10, 1, 'left').x).toBeLessThan(-10)
  })

  it('keeps the site icons with the plate: beyond it above and below, in a row from the marker at a side', () => {
    expect(siteOffset(0, 1, 10, 1, 'below').y).toBeGreaterThan(labelOffset(10, 1, 'below').y)
    expect(siteOffset(0, 1, 10, 1, 'above').y).toBeLessThan(labelOffset(10, 1, 'above').y)
    const right = [0, 1, 2].map((i) => siteOffset(i, 3, 10, 1, 'right'))
    expect(right.every((p) => p.x > 10 && p.y > 0)).toBe(true)
    expect(right[1]?.x).toBeGreaterThan(right[0]?.x ?? Infinity)
    const left = [0, 1].map((i) => siteOffset(i, 2, 10, 1, 'left'))
    expect(left.every((p) => p.x < -10)).toBe(true)
  })

  it('hit-tests a site where it is drawn for its region’s label side', () => {
    const region: MapRegion = {
      id: 'taiwan', short: 'TW', label: 'Taiwan', x: 0.5, y: 0.5, radius: 0.01, alignment: 'contested', labelSide: 'right',
      sites: [{ id: 'fab', kind: 'fab', owner: 'tsmc', label: 'Fab' }],
    }
    const model: MapModel = { aspect: 2, owners: [], regions: [region], flows: [], barriers: [], tension: 0 }
    const toScreen = (x: number, y: number) => ({ x: x * 2000, y: y * 1000 })
    const at = siteOffset(0, 1, 10, 1, 'right')
    const screen = { x: 1000 + at.x, y: 500 + at.y }
    expect(hitTest(model, screen, { toScreen, unit: { x: screen.x / 2000, y: screen.y / 1000 }, pxPerWorldHeight: 1000 })).toMatchObject({ type: 'site', site: { id: 'fab' } })
  })
})
