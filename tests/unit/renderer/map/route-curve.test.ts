import { describe, expect, it } from 'vitest'
import {
  assignLanes,
  dashPolyline,
  LANE_SPACING,
  pointAt,
  polylineLength,
  routeCurve,
  sampleCurve,
  tangentAt,
} from '../../../../renderer/src/map/route-curve'

describe('routeCurve', () => {
  it('starts at the origin region and ends at the destination', () => {
    const curve = routeCurve({ x: 0, y: 0 }, { x: 100, y: 0 })
    expect(pointAt(curve, 0)).toEqual({ x: 0, y: 0 })
    expect(pointAt(curve, 1)).toEqual({ x: 100, y: 0 })
  })

  it('bows the two directions of a route to opposite sides', () => {
    const a = { x: 0, y: 0 }
    const b = { x: 100, y: 0 }
    const there = pointAt(routeCurve(a, b), 0.5)
    const back = pointAt(routeCurve(b, a), 0.5)
    expect(Math.sign(there.y)).toBe(-Math.sign(back.y))
    expect(there.y).not.toBe(0)
  })

  it('fans parallel flows out by lane', () => {
    const a = { x: 0, y: 0 }
    const b = { x: 100, y: 0 }
    const lane0 = pointAt(routeCurve(a, b, 0), 0.5)
    const lane2 = pointAt(routeCurve(a, b, 2), 0.5)
    // The curve's midpoint sits half way to its control point.
    expect(Math.abs(lane2.y - lane0.y)).toBeCloseTo(LANE_SPACING)
  })

  it('gives a unit tangent along the direction of travel', () => {
    const t = tangentAt(routeCurve({ x: 0, y: 0 }, { x: 100, y: 0 }), 0.5)
    expect(Math.hypot(t.x, t.y)).toBeCloseTo(1)
    expect(t.x).toBeGreaterThan(0.99)
  })
})

describe('dashPolyline', () => {
  it('cuts a line into dashes of the given length with gaps between', () => {
    const dashes = dashPolyline(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
      10,
      5,
    )
    expect(dashes).toHaveLength(7)
    expect(dashes[0]).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
    ])
    expect(dashes[1]?.[0]?.x).toBeCloseTo(15)
    for (const dash of dashes.slice(0, -1)) expect(polylineLength(dash)).toBeCloseTo(10)
  })

  it('follows a curve across its sample points', () => {
    const points = sampleCurve(routeCurve({ x: 0, y: 0 }, { x: 300, y: 0 }), 30)
    const dashes = dashPolyline(points, 6, 4)
    const drawn = dashes.reduce((sum, dash) => sum + polylineLength(dash), 0)
    expect(drawn / polylineLength(points)).toBeGreaterThan(0.55)
    expect(drawn / polylineLength(points)).toBeLessThan(0.65)
  })
})

describe('assignLanes', () => {
  it('numbers flows per ordered pair of regions', () => {
    const lanes = assignLanes([
      { id: 'a', from: 'tw', to: 'us' },
      { id: 'b', from: 'tw', to: 'us' },
      { id: 'c', from: 'us', to: 'tw' },
      { id: 'd', from: 'tw', to: 'us' },
    ])
    expect([...lanes.entries()]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
      ['d', 2],
    ])
  })
})
