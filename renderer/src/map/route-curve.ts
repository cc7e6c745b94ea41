/**
 * Route geometry for flows: a quadratic Bézier between two region markers, bowed to one
 * side so the two directions of a route never overlap, with parallel flows fanned out
 * into lanes. Pure, so the map and its tests share it.
 */
import type { Point } from './camera'

export interface Curve {
  a: Point
  c: Point
  b: Point
}

/** How far a route bows, as a share of its length. */
export const ROUTE_BEND = 0.18
/** Extra bow per lane, in world units. */
export const LANE_SPACING = 7

/**
 * The curve from `a` to `b` on lane `lane` (0, 1, 2…). The bow is to the left of the
 * direction of travel, so `b → a` lies on the other side of `a → b`.
 */
export function routeCurve(a: Point, b: Point, lane = 0): Curve {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length = Math.hypot(dx, dy) || 1
  // Left normal of the direction a → b (screen y grows downward).
  const nx = dy / length
  const ny = -dx / length
  const bow = length * ROUTE_BEND + lane * LANE_SPACING
  return { a, b, c: { x: (a.x + b.x) / 2 + nx * bow, y: (a.y + b.y) / 2 + ny * bow } }
}

/** The point at parameter t (0–1) on a curve. */
export function pointAt(curve: Curve, t: number): Point {
  const u = 1 - t
  return {
    x: u * u * curve.a.x + 2 * u * t * curve.c.x + t * t * curve.b.x,
    y: u * u * curve.a.y + 2 * u * t * curve.c.y + t * t * curve.b.y,
  }
}

/** The unit tangent at t. */
export function tangentAt(curve: Curve, t: number): Point {
  const x = 2 * (1 - t) * (curve.c.x - curve.a.x) + 2 * t * (curve.b.x - curve.c.x)
  const y = 2 * (1 - t) * (curve.c.y - curve.a.y) + 2 * t * (curve.b.y - curve.c.y)
  const length = Math.hypot(x, y) || 1
  return { x: x / length, y: y / length }
}

/** `segments + 1` points evenly spaced in t along the curve. */
export function sampleCurve(curve: Curve, segments: number): Point[] {
  const points: Point[] = []
  for (let i = 0; i <= segments; i++) points.push(pointAt(curve, i / segments))
  return points
}

/** Polyline length. */
export function polylineLength(points: readonly Point[]): number {
  let total = 0
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1] as Point
    const q = points[i] as Point
    total += Math.hypot(q.x - p.x, q.y - p.y)
  }
  return total
}

/**
 * Cuts a polyline into dashes: `dash` drawn, `gap` skipped, measured along its length.
 * Each dash is returned as its own polyline.
 */
export function dashPolyline(points: readonly Point[], dash: number, gap: number): Point[][] {
  const dashes: Point[][] = []
  if (dash <= 0 || points.length < 2) return dashes
  let drawing = true
  let left = dash
  let current: Point[] = [points[0] as Point]
  for (let i = 1; i < points.length; i++) {
    let p = points[i - 1] as Point
    const q = points[i] as Point
    let segment = Math.hypot(q.x - p.x, q.y - p.y)
    while (segment > 0) {
      const step = Math.min(segment, left)
      const k = step / segment
      const next = { x: p.x + (q.x - p.x) * k, y: p.y + (q.y - p.y) * k }
      if (drawing) current.push(next)
      segment -= step
      left -= step
      p = next
      if (left <= 1e-9) {
        if (drawing && current.length > 1) dashes.push(current)
        drawing = !drawing
        left = drawing ? dash : gap
        current = [next]
      }
    }
  }
  if (drawing && current.length > 1) dashes.push(current)
  return dashes
}

/**
 * Gives each flow its lane among the flows sharing its ordered pair of regions, so
 * parallel flows fan out instead of drawing over each other.
 */
export function assignLanes(flows: readonly { id: string; from: string; to: string }[]): Map<string, number> {
  const used = new Map<string, number>()
  const lanes = new Map<string, number>()
  for (const flow of flows) {
    const key = `${flow.from}\u0000${flow.to}`
    const lane = used.get(key) ?? 0
    used.set(key, lane + 1)
    lanes.set(flow.id, lane)
  }
  return lanes
}
