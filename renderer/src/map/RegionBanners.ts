/**
 * The map's screen-space overlay: each region's marker, name plate and row of site icons
 * (constant size at every zoom, like a Civilization city banner), controls in force (a
 * thin solid line along the route with a wall across it), and the hover/selection rings.
 * Redrawn when the camera moves, which is rare next to the per-frame flow animation.
 */
import { Container, Graphics, Text, TextStyle } from 'pixi.js'
import type { Point } from './camera'
import type { MapBarrier, MapModel, MapRegion, MapTarget } from './map-model'
import { labelOffset, LABEL_HEIGHT_PX, markerRadiusPx, SITE_RADIUS_PX, siteOffset } from './map-layout'
import { ownerColour, type MapColours } from './palette'
import { drawSiteGlyph } from './draw/site-glyphs'
import { drawLock, drawWall } from './draw/barrier-glyph'
import { polylinePath } from './draw/smooth-path'
import { distanceToPolyline, routeCurve, sampleCurve, wallPoint, wrappedEnd, wrapPolyline } from './route-curve'

/** Control routes bow half as much as flows: between the two directions of travel. */
const BARRIER_BEND = 0.09

const FONT = 'Inter, "Segoe UI", "DejaVu Sans", sans-serif'
const nameStyle = (ui: number): TextStyle => new TextStyle({ fontFamily: FONT, fontSize: 11 * ui, fontWeight: '700', letterSpacing: 1.2 * ui, fill: 0xe8ecf8 })
const codeStyle = (ui: number): TextStyle => new TextStyle({ fontFamily: FONT, fontSize: 10 * ui, fontWeight: '800', fill: 0x070b16 })

/** A control's wall and route line as drawn (screen pixels). */
interface WallSpot {
  barrier: MapBarrier
  at: Point
  along: Point
  half: number
  pieces: Point[][]
}

/** Projects unit points to screen pixels and says how many pixels the world is tall. */
export interface Projector {
  toScreen(x: number, y: number): Point
  pxPerWorldHeight: number
  /** The interface scale setting: banners grow with the rest of the interface. */
  ui: number
}

export class RegionBanners extends Container {
  private readonly shapes = new Graphics()
  private readonly highlight = new Graphics()
  private readonly names = new Map<string, Text>()
  private readonly codes = new Map<string, Text>()
  private model: MapModel | null = null
  /** Where each control's wall and line were drawn at the last layout (screen pixels), for hit-testing. */
  private walls: WallSpot[] = []

  constructor() {
    super({ label: 'region-banners' })
    this.addChild(this.shapes, this.highlight)
  }

  /** Creates the texts for a model's regions, at interface scale `ui`. */
  setModel(model: MapModel, nameOf: (region: MapRegion) => string, ui = 1): void {
    this.model = model
    const names = nameStyle(ui)
    const codes = codeStyle(ui)
    for (const text of [...this.names.values(), ...this.codes.values()]) text.destroy()
    this.names.clear()
    this.codes.clear()
    for (const region of model.regions) {
      const name = new Text({ text: nameOf(region).toUpperCase(), style: names, anchor: 0.5 })
      const code = new Text({ text: region.short, style: codes, anchor: 0.5 })
      this.names.set(region.id, name)
      this.codes.set(region.id, code)
      this.addChild(name, code)
    }
  }

  /** Redraws the overlay for the current camera. */
  layout(project: Projector, colours: MapColours): void {
    const model = this.model
    if (model === null) return
    const ui = project.ui
    const g = this.shapes.clear()
    // Controls in force: a thin solid line along the controlled route (the way its flows
    // go, across the map's edge where that is shorter) and a wall across it, so they never
    // read as the dashed lines of the grey market.
    const left = project.toScreen(0, 0).x
    const right = project.toScreen(1, 0).x
    const frame = model.wrap === undefined ? undefined : { left, right, period: (right - left) * model.wrap }
    const walls: WallSpot[] = []
    for (const barrier of model.barriers) {
      if (barrier.from === undefined || barrier.to === undefined) continue
      const from = model.regions.find((r) => r.id === barrier.from)
      const to = model.regions.find((r) => r.id === barrier.to)
      if (from === undefined || to === undefined) continue
      const a = project.toScreen(from.x, from.y)
      const b = wrappedEnd(a, project.toScreen(to.x, to.y), frame)
      const curve = routeCurve(a, b, 0, BARRIER_BEND)
      const ra = markerRadiusPx(from.radius, project.pxPerWorldHeight, ui) + 4 * ui
      const rb = markerRadiusPx(to.radius, project.pxPerWorldHeight, ui) + 4 * ui
      const points = sampleCurve(curve, 64).filter((p) => Math.hypot(p.x - a.x, p.y - a.y) > ra && Math.hypot(p.x - b.x, p.y - b.y) > rb)
      const pieces = wrapPolyline(points, frame)
      for (const piece of pieces) polylinePath(g, piece)
      g.stroke({ width: 3.5 * ui, color: 0x050810, alpha: 0.5, cap: 'round' })
      for (const piece of pieces) polylinePath(g, piece)
      g.stroke({ width: 1.6 * ui, color: colours.barrier, alpha: 0.8, cap: 'round' })
      const length = Math.hypot(b.x - a.x, b.y - a.y)
      const half = Math.min(20, Math.max(11, length * 0.04)) * (0.7 + barrier.strength / 300) * ui
      walls.push({ ...wallPoint(curve, frame, half + 4 * ui, walls.map((w) => w.at), 2.2 * half), half, barrier, pieces })
    }
    this.walls = walls
    // Walls over every route line.
    for (const wall of walls) drawWall(g, wall.at, wall.along, wall.half, colours.barrier, colours.barrierStripe, ui)
    for (const region of model.regions) {
      const centre = project.toScreen(region.x, region.y)
      const r = markerRadiusPx(region.radius, project.pxPerWorldHeight, ui)
      const colour = colours.alignments[region.alignment]
      g.circle(centre.x, centre.y, r + 5 * ui).fill({ color: colour, alpha: 0.18 })
      g.circle(centre.x, centre.y, r + 1.5).fill({ color: 0x050810, alpha: 0.9 })
      g.circle(centre.x, centre.y, r).fill({ color: colour })
      g.circle(centre.x, centre.y, r - 2.5).stroke({ width: 1, color: 0xffffff, alpha: 0.35 })
      const name = this.names.get(region.id)
      const label = labelOffset(r, ui, region.labelSide)
      if (name !== undefined) {
        const w = name.width + 14 * ui
        // The plate's left edge, from the edge it is anchored by.
        const left = centre.x + label.x - (w / 2) * (1 + label.align)
        name.position.set(Math.round(left + w / 2), Math.round(centre.y + label.y))
        g.roundRect(left, centre.y + label.y - (LABEL_HEIGHT_PX * ui) / 2, w, LABEL_HEIGHT_PX * ui, 4 * ui)
          .fill({ color: 0x0b1122, alpha: 0.88 })
          .stroke({ width: 1, color: colour, alpha: 0.8 })
      }
      this.codes.get(region.id)?.position.set(Math.round(centre.x), Math.round(centre.y))
      region.sites.forEach((site, i) => {
        const at = siteOffset(i, region.sites.length, r, ui, region.labelSide)
        drawSiteGlyph(g, site.kind, centre.x + at.x, centre.y + at.y, SITE_RADIUS_PX * ui, ownerColour(colours, site.owner))
      })
      if (model.barriers.some((b) => b.region === region.id)) drawLock(g, centre.x + r * 0.9, centre.y - r * 0.9, 10 * ui, colours.barrier)
    }
    // Text sits over the shapes.
    this.setChildIndex(this.shapes, 0)
  }

  /**
   * The control whose wall (or, less eagerly, route line) is under a screen point, as laid
   * out last; null if none.
   */
  barrierAt(p: Point, ui = 1): MapBarrier | null {
    for (const wall of this.walls) {
      if (Math.hypot(p.x - wall.at.x, p.y - wall.at.y) <= wall.half + 4 * ui) return wall.barrier
    }
    for (const wall of this.walls) {
      if (wall.pieces.some((piece) => distanceToPolyline(p, piece) <= 3 * ui)) return wall.barrier
    }
    return null
  }

  /** Where a control's wall stands on screen (as laid out last), or null. */
  wallOf(barrierId: string): Point | null {
    return this.walls.find((w) => w.barrier.id === barrierId)?.at ?? null
  }

  /** Draws rings around the hovered and selected targets. */
  mark(project: Projector, hovered: MapTarget | null, selected: MapTarget | null): void {
    const g = this.highlight.clear()
    for (const [target, alpha] of [
      [selected, 1],
      [hovered, 0.75],
    ] as const) {
      if (target === null) continue
      const centre = project.toScreen(target.region.x, target.region.y)
      const r = markerRadiusPx(target.region.radius, project.pxPerWorldHeight, project.ui)
      if (target.type === 'region') {
        g.circle(centre.x, centre.y, r + 4 * project.ui).stroke({ width: 2, color: 0xffffff, alpha })
      } else if (target.type === 'flow' || target.type === 'control') {
        // Both ends of the route (the route itself is outlined with the flow lines).
        for (const end of [target.region, target.to]) {
          const at = project.toScreen(end.x, end.y)
          g.circle(at.x, at.y, markerRadiusPx(end.radius, project.pxPerWorldHeight, project.ui) + 4 * project.ui).stroke({ width: 2, color: 0xffffff, alpha: alpha * 0.8 })
        }
      } else {
        const index = target.region.sites.indexOf(target.site)
        const at = siteOffset(index, target.region.sites.length, r, project.ui, target.region.labelSide)
        g.circle(centre.x + at.x, centre.y + at.y, (SITE_RADIUS_PX + 3) * project.ui).stroke({ width: 2, color: 0xffffff, alpha })
      }
    }
  }
}
