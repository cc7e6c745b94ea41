import { describe, expect, it } from 'vitest'
import { worldSize } from '../../../../renderer/src/map/camera'
import { EAST, NORTH, PROJECTION_ASPECT, PROJECTION_WRAP, SOUTH, WEST } from '../../../../renderer/src/map/projection'
import { distanceToPolyline, pointAt, routeCurve, sampleCurve, wallPoint, wrapPoint, wrapPolyline, wrappedEnd, type WrapFrame } from '../../../../renderer/src/map/route-curve'
import { knownPlace } from '../../../../renderer/src/map/world-geography'

const world = worldSize(PROJECTION_ASPECT)
const frame: WrapFrame = { left: 0, right: world.width, period: world.width * PROJECTION_WRAP }
const hub = (id: string) => {
  const place = knownPlace(id)
  if (place === undefined) throw new Error(`no ${id}`)
  return { x: place.x * world.width, y: place.y * world.height }
}
/** World units back to longitude and latitude. */
const lonLat = (p: { x: number; y: number }) => ({ lon: WEST + (p.x / world.width) * (EAST - WEST), lat: NORTH - (p.y / world.height) * (NORTH - SOUTH) })

/** The visible points of the route a → b, as drawn (every lane and both directions). */
function routePoints(from: string, to: string, lane = 0): { lon: number; lat: number }[] {
  const a = hub(from)
  const curve = routeCurve(a, wrappedEnd(a, hub(to), frame), lane)
  return wrapPolyline(sampleCurve(curve, 200), frame).flat().map(lonLat)
}

const AFRICA = { west: -18, east: 52, south: -35, north: 37 }
const inAfrica = (p: { lon: number; lat: number }) => p.lon >= AFRICA.west && p.lon <= AFRICA.east && p.lat >= AFRICA.south && p.lat <= AFRICA.north

describe('routes across the map edge', () => {
  it('takes Taiwan → US (and back) across the Pacific, never over Africa, the Gulf or the Atlantic', () => {
    for (const [from, to] of [
      ['taiwan', 'us'],
      ['us', 'taiwan'],
      ['china', 'us'],
      ['us', 'korea'],
      ['japan', 'us'],
    ] as const) {
      for (const lane of [0, 2]) {
        const points = routePoints(from, to, lane)
        expect(points.length).toBeGreaterThan(20)
        expect(points.filter(inAfrica), `${from} → ${to}`).toEqual([])
        // Over the Pacific: east of the Asian hub, or west of the US hub.
        for (const p of points) expect(p.lon >= 99 || p.lon <= -97, `${from} → ${to} at ${p.lon.toFixed(1)}°`).toBe(true)
      }
    }
  })

  it('leaves at one edge of the map and comes back at the other', () => {
    const a = hub('taiwan')
    const pieces = wrapPolyline(sampleCurve(routeCurve(a, wrappedEnd(a, hub('us'), frame)), 64), frame)
    expect(pieces).toHaveLength(2)
    const [east, west] = pieces as [{ x: number; y: number }[], { x: number; y: number }[]]
    expect(east[0]).toEqual(a)
    expect(east[east.length - 1]?.x).toBeCloseTo(world.width, 6)
    expect(west[0]?.x).toBeCloseTo(0, 6)
    expect(west[west.length - 1]?.x).toBeCloseTo(hub('us').x, 6)
  })

  it('keeps routes that are shorter inside the map where they are', () => {
    for (const [from, to] of [
      ['us', 'eu'],
      ['us', 'gulf'],
      ['taiwan', 'eu'],
      ['china', 'row'],
    ] as const) {
      const b = hub(to)
      expect(wrappedEnd(hub(from), b, frame)).toBe(b)
    }
    expect(wrappedEnd({ x: 0, y: 0 }, { x: 1700, y: 0 })).toEqual({ x: 1700, y: 0 })
  })

  it('hides the part of a route in the stretch of globe the map does not show', () => {
    expect(wrapPoint({ x: world.width + 10, y: 5 }, frame)).toBeNull()
    expect(wrapPoint({ x: -10, y: 5 }, frame)).toBeNull()
    expect(wrapPoint({ x: frame.period + 10, y: 5 }, frame)).toEqual({ x: 10, y: 5 })
    expect(wrapPoint({ x: 10 - frame.period, y: 5 }, frame)?.x).toBeCloseTo(10, 6)
    expect(wrapPoint({ x: 3000, y: 5 })).toEqual({ x: 3000, y: 5 })
    expect(wrapPolyline([{ x: 0, y: 0 }, { x: 10, y: 0 }])).toEqual([[{ x: 0, y: 0 }, { x: 10, y: 0 }]])
  })

  it('puts a wall at the route’s middle, or where it leaves the map on the exporter’s side', () => {
    const a = hub('us')
    const b = hub('eu')
    const inside = wallPoint(routeCurve(a, b), frame, 10)
    expect(inside.at.x).toBeCloseTo(pointAt(routeCurve(a, b), 0.5).x, 6)
    // US → China goes west over the Pacific; its middle is off the map, so the wall stands off the US west coast.
    const curve = routeCurve(a, wrappedEnd(a, hub('china'), frame))
    const wall = wallPoint(curve, frame, 10)
    expect(wall.at.x).toBeGreaterThanOrEqual(10)
    expect(wall.at.x).toBeLessThan(a.x)
    expect(lonLat(wall.at).lon).toBeLessThan(-110)
    // A second wall where the first stands goes to where the route comes back (east of Asia)…
    const next = wallPoint(curve, frame, 10, [wall.at], 30)
    expect(Math.hypot(next.at.x - wall.at.x, next.at.y - wall.at.y)).toBeGreaterThanOrEqual(30)
    expect(lonLat(next.at).lon).toBeGreaterThan(140)
    // …and a third slides along the route to keep clear of both.
    const third = wallPoint(curve, frame, 10, [wall.at, next.at], 30)
    for (const other of [wall.at, next.at]) expect(Math.hypot(third.at.x - other.x, third.at.y - other.y)).toBeGreaterThanOrEqual(30)
    // A route inside the map whose middle is taken slides along itself.
    const inner = routeCurve(a, b)
    const slid = wallPoint(inner, frame, 10, [inside.at], 30)
    expect(Math.hypot(slid.at.x - inside.at.x, slid.at.y - inside.at.y)).toBeGreaterThanOrEqual(30)
  })

  it('measures how far a point is from a route line (for hovering flows)', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ]
    expect(distanceToPolyline({ x: 5, y: 3 }, line)).toBeCloseTo(3)
    expect(distanceToPolyline({ x: 14, y: 5 }, line)).toBeCloseTo(4)
    expect(distanceToPolyline({ x: -3, y: -4 }, line)).toBeCloseTo(5)
    expect(distanceToPolyline({ x: 1, y: 1 }, [{ x: 1, y: 2 }])).toBeCloseTo(1)
  })
})
