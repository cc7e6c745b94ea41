/**
 * Site icons drawn with Graphics, centred on (x, y) within a badge of radius `r`: a
 * factory for fabs, a pinned package for packaging, a memory stack for HBM and a server
 * rack for data centres. Shapes differ, so kinds read without colour.
 */
import type { Graphics } from 'pixi.js'
import type { SiteKind } from '../map-model'

const BADGE = 0x0b1122

/** Draws the badge and the kind's glyph in `colour`. */
export function drawSiteGlyph(g: Graphics, kind: SiteKind, x: number, y: number, r: number, colour: number): void {
  g.circle(x, y, r + 1.5).fill({ color: 0x000000, alpha: 0.35 })
  g.circle(x, y, r).fill({ color: BADGE, alpha: 0.95 }).stroke({ width: 1.5, color: colour, alpha: 0.95 })
  const s = r / 8.5
  switch (kind) {
    case 'fab':
      // Saw-tooth factory roof with a chimney.
      g.poly([
        x - 5 * s, y + 4 * s,
        x - 5 * s, y - 1 * s,
        x - 2.5 * s, y - 3 * s,
        x - 2.5 * s, y - 1 * s,
        x, y - 3 * s,
        x, y - 1 * s,
        x + 2.5 * s, y - 3 * s,
        x + 2.5 * s, y - 5 * s,
        x + 4.5 * s, y - 5 * s,
        x + 4.5 * s, y + 4 * s,
      ]).fill({ color: colour })
      break
    case 'packaging':
      g.rect(x - 3.2 * s, y - 3.2 * s, 6.4 * s, 6.4 * s).fill({ color: colour })
      for (const d of [-2, 0, 2]) {
        g.moveTo(x + d * s, y - 5 * s).lineTo(x + d * s, y - 3.2 * s)
        g.moveTo(x + d * s, y + 3.2 * s).lineTo(x + d * s, y + 5 * s)
        g.moveTo(x - 5 * s, y + d * s).lineTo(x - 3.2 * s, y + d * s)
        g.moveTo(x + 3.2 * s, y + d * s).lineTo(x + 5 * s, y + d * s)
      }
      g.stroke({ width: 1 * s, color: colour })
      break
    case 'hbm':
      for (const dy of [-3.6, -0.6, 2.4]) g.roundRect(x - 4.5 * s, y + dy * s, 9 * s, 2.1 * s, 0.6 * s).fill({ color: colour })
      break
    case 'datacentre':
      for (const dy of [-4.2, -0.6, 3]) {
        g.roundRect(x - 4.2 * s, y + dy * s - 0.2 * s, 8.4 * s, 2.8 * s, 0.5 * s).fill({ color: colour })
        g.circle(x + 2.6 * s, y + dy * s + 1.2 * s, 0.6 * s).fill({ color: BADGE })
      }
      break
  }
}
