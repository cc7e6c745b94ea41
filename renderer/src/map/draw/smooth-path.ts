/** Closed Catmull–Rom splines through polygon points, so coastlines read as drawn, not plotted. */
import type { Graphics } from 'pixi.js'
import type { Point } from '../camera'

/** Adds a smooth closed path through `points` to `g` (call fill/stroke after). */
export function smoothClosedPath(g: Graphics, points: readonly Point[]): Graphics {
  const n = points.length
  if (n < 3) return g
  const at = (i: number): Point => points[((i % n) + n) % n] as Point
  g.moveTo(at(0).x, at(0).y)
  for (let i = 0; i < n; i++) {
    const p0 = at(i - 1)
    const p1 = at(i)
    const p2 = at(i + 1)
    const p3 = at(i + 2)
    g.bezierCurveTo(
      p1.x + (p2.x - p0.x) / 6,
      p1.y + (p2.y - p0.y) / 6,
      p2.x - (p3.x - p1.x) / 6,
      p2.y - (p3.y - p1.y) / 6,
      p2.x,
      p2.y,
    )
  }
  return g.closePath()
}

/** Adds an open polyline to `g`. */
export function polylinePath(g: Graphics, points: readonly Point[]): Graphics {
  const first = points[0]
  if (first === undefined) return g
  g.moveTo(first.x, first.y)
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point
    g.lineTo(p.x, p.y)
  }
  return g
}
