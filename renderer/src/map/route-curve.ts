/**
 * Route geometry for flows and controls: a quadratic Bézier between two region markers,
 * bowed to one side so the two directions of a route never overlap, with parallel flows
 * fanned out into lanes. The world wraps east–west: a route that is shorter across the
 * map's edge (Taiwan → US over the Pacific) leaves at one edge and comes back at the
 * other, instead of crossing Asia, Africa and the Atlantic (`WrapFrame`, `wrappedEnd`,
 * `wrapPolyline`, `wrapPoint`). Pure, so the map and its tests share it; every function
 * works in any linear coordinates (world units or screen pixels).
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
export function routeCurve(a: Point, b: Point, lane = 0, bend = ROUTE_BEND): Curve {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length = Math.hypot(dx, dy) || 1
  // Left normal of the direction a → b (screen y grows downward).
  const nx = dy / length
  const ny = -dx / length
  const bow = length * bend + lane * LANE_SPACING
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

/** The shortest distance from `p` to a polyline. */
export function distanceToPolyline(p: Point, points: readonly Point[]): number {
  let best = Infinity
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point
    const b = points[i] as Point
    const dx = b.x - a.x
    const dy = b.y - a.y
    const lengthSq = dx * dx + dy * dy
    const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSq))
    best = Math.min(best, Math.hypot(p.x - a.x - dx * t, p.y - a.y - dy * t))
  }
  if (points.length === 1) best = Math.hypot(p.x - (points[0] as Point).x, p.y - (points[0] as Point).y)
  return best
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

/**
 * The world's east–west frame: its `left` and `right` edges, and `period`, the distance
 * after which it repeats (wider than the frame when the map shows less than the whole
 * globe: the stretch between is hidden). `period` 0: the world does not wrap.
 */
export interface WrapFrame {
  left: number
  right: number
  period: number
}

/**
 * Where a route from `a` should aim for `b`: `b` itself, or `b` one period east or west
 * when going round across the map's edge is the shorter way.
 */
export function wrappedEnd(a: Point, b: Point, frame?: WrapFrame): Point {
  if (frame === undefined || frame.period <= 0) return b
  const dx = b.x - a.x
  if (frame.period - Math.abs(dx) >= Math.abs(dx)) return b
  return { x: b.x - Math.sign(dx) * frame.period, y: b.y }
}

/** A route's point brought back into the frame, or null where it is in the hidden stretch. */
export function wrapPoint(p: Point, frame?: WrapFrame): Point | null {
  if (frame === undefined || frame.period <= 0) return p
  const k = Math.floor((p.x - frame.left) / frame.period)
  const x = p.x - k * frame.period
  return x <= frame.right + 1e-9 ? { x, y: p.y } : null
}

/**
 * The visible pieces of a route's polyline (in unwrapped coordinates): cut exactly at the
 * frame's edges and shifted back into it, the hidden stretch left out.
 */
export function wrapPolyline(points: readonly Point[], frame?: WrapFrame): Point[][] {
  if (frame === undefined || frame.period <= 0) return points.length > 1 ? [[...points]] : []
  const { left, period } = frame
  const width = frame.right - left
  const cellOf = (x: number): number => Math.floor((x - left) / period)
  const pieces: Point[][] = []
  let current: Point[] = []
  const flush = (): void => {
    if (current.length > 1) pieces.push(current)
    current = []
  }
  // A stretch that lies within one copy of the world, all visible or all hidden.
  const visit = (p: Point, q: Point): void => {
    const mid = (p.x + q.x) / 2
    const k = cellOf(mid)
    if (mid - left - k * period > width) return flush()
    const from = { x: p.x - k * period, y: p.y }
    const last = current[current.length - 1]
    if (last === undefined || Math.abs(last.x - from.x) > 1e-6 || Math.abs(last.y - from.y) > 1e-6) {
      flush()
      current.push(from)
    }
    current.push({ x: q.x - k * period, y: q.y })
  }
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1] as Point
    const q = points[i] as Point
    const lo = Math.min(p.x, q.x)
    const hi = Math.max(p.x, q.x)
    const cuts: number[] = []
    for (let k = cellOf(lo) - 1; k <= cellOf(hi) + 1; k++) {
      for (const edge of [left + k * period, left + k * period + width]) if (edge > lo && edge < hi) cuts.push((edge - p.x) / (q.x - p.x))
    }
    cuts.sort((x, y) => x - y)
    let from = p
    for (const t of [...cuts, 1]) {
      const to = t === 1 ? q : { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t }
      if (to.x !== from.x || to.y !== from.y) visit(from, to)
      from = to
    }
  }
  flush()
  return pieces
}

/**
 * Where to put a control's wall on a route, with the route's direction there: its middle;
 * when the middle is in the hidden stretch (a route across the map's edge), where the
 * route leaves the map on the exporter's side (`from`), else where it comes back. The
 * wall keeps `margin` from the frame's edges and `gap` from the walls already placed
 * (`taken`): it then takes the route's other end of the hidden stretch, or else slides
 * along the route (a wall that cannot keep clear stays at the best spot).
 */
export function wallPoint(curve: Curve, frame: WrapFrame | undefined, margin: number, taken: readonly Point[] = [], gap = 0): { at: Point; along: Point } {
  const steps = 64
  const half = steps / 2
  const spotAt = (i: number): { at: Point; along: Point } | null => {
    const at = wrapPoint(pointAt(curve, i / steps), frame)
    if (at === null || (frame !== undefined && (at.x < frame.left + margin || at.x > frame.right - margin))) return null
    return { at, along: tangentAt(curve, i / steps) }
  }
  const clear = (spot: { at: Point }): boolean => taken.every((p) => Math.hypot(p.x - spot.at.x, p.y - spot.at.y) >= gap)
  // Each direction's spots from the middle outwards: toward the exporter, then the destination.
  const runs = [-1, 1].map((order) => {
    const spots: { at: Point; along: Point }[] = []
    for (let i = half; i >= 0 && i <= steps; i += order) {
      const spot = spotAt(i)
      if (spot !== null) spots.push(spot)
    }
    return spots
  })
  const nearest = runs.flatMap((run) => run.slice(0, 1))
  for (const spot of [...nearest, ...runs.flat()]) if (clear(spot)) return spot
  return nearest[0] ?? { at: wrapPoint(pointAt(curve, 0.5), frame) ?? pointAt(curve, 0.5), along: tangentAt(curve, 0.5) }
}
