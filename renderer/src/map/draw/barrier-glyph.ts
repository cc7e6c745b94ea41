/**
 * A control in force drawn as a wall across a route: a thick bar in the barrier colour
 * with hazard stripes and posts at both ends; and a padlock for a control around a region.
 * Sizes are in screen pixels (the overlay is not zoomed).
 */
import type { Graphics } from 'pixi.js'
import type { Point } from '../camera'

/** A wall centred on `at`, across the direction `along` (unit vector), `half` pixels each side. */
export function drawWall(g: Graphics, at: Point, along: Point, half: number, colour: number, stripe: number, ui = 1): void {
  const nx = -along.y
  const ny = along.x
  const thick = 3 * ui
  const a = { x: at.x - nx * half, y: at.y - ny * half }
  const b = { x: at.x + nx * half, y: at.y + ny * half }
  const corners = (w: number): number[] => [
    a.x - along.x * w, a.y - along.y * w,
    b.x - along.x * w, b.y - along.y * w,
    b.x + along.x * w, b.y + along.y * w,
    a.x + along.x * w, a.y + along.y * w,
  ]
  g.poly(corners(thick + 2)).fill({ color: 0x000000, alpha: 0.45 })
  g.poly(corners(thick)).fill({ color: colour })
  // Hazard stripes every 7 px along the wall.
  const steps = Math.max(2, Math.floor((2 * half) / (6 * ui)))
  for (let i = 0; i < steps; i++) {
    const t = (i + 0.5) / steps
    const cx = a.x + (b.x - a.x) * t
    const cy = a.y + (b.y - a.y) * t
    g.moveTo(cx - along.x * thick + nx * 2, cy - along.y * thick + ny * 2)
    g.lineTo(cx + along.x * thick - nx * 2, cy + along.y * thick - ny * 2)
  }
  g.stroke({ width: 2, color: stripe, alpha: 0.85 })
  for (const end of [a, b]) g.circle(end.x, end.y, thick + 1).fill({ color: colour }).stroke({ width: 1.5, color: stripe })
}

/** A padlock centred on (x, y), `size` pixels tall. */
export function drawLock(g: Graphics, x: number, y: number, size: number, colour: number): void {
  const w = size * 0.8
  g.circle(x, y, size * 0.78).fill({ color: 0x0b1122, alpha: 0.95 }).stroke({ width: 1.5, color: colour })
  g.roundRect(x - w / 2, y - size * 0.1, w, size * 0.55, 1.5).fill({ color: colour })
  // moveTo first: an arc otherwise joins the pen's last position with a stray line.
  g.moveTo(x - w * 0.32, y - size * 0.1).arc(x, y - size * 0.1, w * 0.32, Math.PI, 0).stroke({ width: 1.6, color: colour })
}
