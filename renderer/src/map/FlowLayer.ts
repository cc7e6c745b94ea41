/**
 * Flows between regions: each flow's route drawn once as a static line (thickness by
 * volume, colour by owner, dashed when grey-market), and goods moving along it as
 * particles. A route that is shorter across the map's edge (the world wraps east–west)
 * goes that way: Taiwan → US crosses the Pacific, leaving at the right edge and coming
 * back at the left. Particles live in one ParticleContainer per flow kind (circle wafers,
 * square chips, diamond compute), so 500 flows cost three draw calls and a loop that
 * only moves points along precomputed curves.
 */
import { Container, Graphics, Particle, ParticleContainer, type Renderer, type Texture } from 'pixi.js'
import type { Size } from './camera'
import type { FlowKind, MapFlow, MapModel } from './map-model'
import { ownerColour, type MapColours } from './palette'
import type { Point } from './camera'
import { assignLanes, dashPolyline, distanceToPolyline, pointAt, routeCurve, sampleCurve, type Curve, type WrapFrame, wrapPoint, wrapPolyline, wrappedEnd } from './route-curve'
import { polylinePath } from './draw/smooth-path'
import { fitParticleBudget, flowWidthPx } from './flow-budget'

const KINDS: readonly FlowKind[] = ['wafers', 'chips', 'compute']
/** World units per second at animation speed 1. */
const BASE_SPEED = 70
const TEXTURE_PX = 16
/** Spacing of trail particles, in t. */
const TRAIL_GAP = 0.012
/** Where particles wait while they cross the part of the globe the map does not show. */
const HIDDEN = { x: -1e6, y: -1e6 }

interface Mover {
  particle: Particle
  flow: number
  /** Position on the curve, 0–1. */
  t: number
  /** Head size in screen pixels. */
  size: number
}

interface Route {
  flow: MapFlow
  curve: Curve
  /** The route's visible polylines (world units), as drawn and hit-tested. */
  pieces: Point[][]
  /** t per second at speed 1. */
  rate: number
}

function kindTexture(renderer: Renderer, kind: FlowKind): Texture {
  const g = new Graphics()
  const c = TEXTURE_PX / 2
  g.circle(c, c, c).fill({ color: 0xffffff, alpha: 0.18 })
  if (kind === 'wafers') g.circle(c, c, c * 0.62).fill({ color: 0xffffff })
  if (kind === 'chips') g.roundRect(c * 0.42, c * 0.42, c * 1.16, c * 1.16, 1.5).fill({ color: 0xffffff })
  if (kind === 'compute') g.poly([c, c * 0.25, c * 1.75, c, c, c * 1.75, c * 0.25, c]).fill({ color: 0xffffff })
  const texture = renderer.generateTexture({ target: g, resolution: 3, antialias: true })
  g.destroy()
  return texture
}

/**
 * Not itself on the stage: `lines` is static (cached with the rest of the map by
 * WorldMap) and `particles` is drawn live every frame.
 */
export class FlowLayer {
  readonly lines = new Graphics({ label: 'flow-lines' })
  /** The hovered or selected flow's route, drawn over the lines (static, like them). */
  readonly highlightLine = new Graphics({ label: 'flow-highlight' })
  readonly particles = new Container({ label: 'flow-particles' })
  private readonly containers = new Map<FlowKind, ParticleContainer>()
  private readonly textures = new Map<FlowKind, Texture>()
  private routes: Route[] = []
  private movers: Mover[] = []
  private scaleNow = 1
  private frame: WrapFrame | undefined

  constructor(renderer: Renderer) {
    for (const kind of KINDS) {
      const texture = kindTexture(renderer, kind)
      this.textures.set(kind, texture)
      const container = new ParticleContainer({
        label: `flow-particles-${kind}`,
        texture,
        dynamicProperties: { position: true, vertex: false, rotation: false, uvs: false, color: false },
      })
      this.containers.set(kind, container)
      this.particles.addChild(container)
    }
  }

  /** Rebuilds routes and particles for a model (static geometry is drawn by `redraw`). */
  setModel(model: MapModel, world: Size, colours: MapColours): void {
    const regions = new Map(model.regions.map((r) => [r.id, { x: r.x * world.width, y: r.y * world.height }]))
    const lanes = assignLanes(model.flows)
    this.frame = model.wrap === undefined ? undefined : { left: 0, right: world.width, period: world.width * model.wrap }
    this.routes = []
    for (const flow of model.flows) {
      const a = regions.get(flow.from)
      const to = regions.get(flow.to)
      if (a === undefined || to === undefined || flow.from === flow.to) continue
      const b = wrappedEnd(a, to, this.frame)
      const curve = routeCurve(a, b, lanes.get(flow.id) ?? 0)
      const length = Math.hypot(b.x - a.x, b.y - a.y) * 1.08
      this.routes.push({ flow, curve, pieces: wrapPolyline(sampleCurve(curve, 48), this.frame), rate: BASE_SPEED / Math.max(40, length) })
    }
    for (const container of this.containers.values()) {
      container.removeParticles()
    }
    this.movers = []
    const budget = fitParticleBudget(this.routes.map((r) => r.flow.volume))
    this.routes.forEach((route, index) => {
      const heads = budget.heads[index] ?? 1
      const size = 5 + (route.flow.volume / 100) * 5
      const tint = ownerColour(colours, route.flow.owner)
      const container = this.containers.get(route.flow.kind) as ParticleContainer
      const texture = this.textures.get(route.flow.kind) as Texture
      for (let h = 0; h < heads; h++) {
        // Spread heads evenly, offset per flow so routes do not pulse in step.
        const t0 = (h / heads + index * 0.137) % 1
        for (let k = 0; k <= budget.trail; k++) {
          const particle = new Particle({
            texture,
            anchorX: 0.5,
            anchorY: 0.5,
            tint,
            alpha: (route.flow.grey ? 0.7 : 1) * (k === 0 ? 1 : 0.45 / k),
          })
          container.addParticle(particle)
          this.movers.push({ particle, flow: index, t: (t0 - k * TRAIL_GAP + 1) % 1, size: k === 0 ? size : size * (1 - 0.22 * k) })
        }
      }
    })
    this.placeParticles(0, 0)
  }

  /** Redraws the static lines and resizes particles for a camera scale (screen px per world unit). */
  redraw(colours: MapColours, scale: number): void {
    this.scaleNow = scale
    const g = this.lines.clear()
    const px = 1 / scale
    for (const route of this.routes) {
      const colour = ownerColour(colours, route.flow.owner)
      const width = flowWidthPx(route.flow.volume) * px
      if (route.pieces.length > 1) this.drawEdgeChevrons(g, route.pieces, colour, px)
      for (const points of route.pieces) {
        if (route.flow.grey) {
          for (const dash of dashPolyline(points, 6 * px, 5 * px)) polylinePath(g, dash)
          g.stroke({ width, color: colour, alpha: 0.75, cap: 'round' })
        } else {
          polylinePath(g, points).stroke({ width: width + 3 * px, color: colour, alpha: 0.1, cap: 'round' })
          polylinePath(g, points).stroke({ width, color: colour, alpha: 0.5, cap: 'round' })
        }
      }
    }
    for (const mover of this.movers) {
      const s = mover.size / (TEXTURE_PX * scale)
      mover.particle.scaleX = s
      mover.particle.scaleY = s
    }
    for (const container of this.containers.values()) container.update()
  }

  /**
   * Where a route crosses the map's edge, a small chevron in the direction of travel just
   * inside the edge on both sides, so the line reads as going on round the globe.
   */
  private drawEdgeChevrons(g: Graphics, pieces: readonly Point[][], colour: number, px: number): void {
    const right = this.frame?.right ?? Infinity
    const onEdge = (p: Point): boolean => Math.abs(p.x) < 1e-6 || Math.abs(p.x - right) < 1e-6
    for (const piece of pieces) {
      for (const [end, inner] of [
        [piece[piece.length - 1], piece[piece.length - 2]],
        [piece[0], piece[1]],
      ] as const) {
        if (end === undefined || inner === undefined || !onEdge(end)) continue
        // Direction of travel at this end: out of the map at the last point, into it at the first.
        const leaving = end === piece[piece.length - 1]
        const dx = leaving ? end.x - inner.x : inner.x - end.x
        const dy = leaving ? end.y - inner.y : inner.y - end.y
        const length = Math.hypot(dx, dy) || 1
        const ux = dx / length
        const uy = dy / length
        const inset = (leaving ? -14 : 14) * px
        const tip = { x: end.x + ux * inset, y: end.y + uy * inset }
        const size = 5.5 * px
        g.moveTo(tip.x - ux * size - uy * size, tip.y - uy * size + ux * size)
          .lineTo(tip.x, tip.y)
          .lineTo(tip.x - ux * size + uy * size, tip.y - uy * size - ux * size)
          .stroke({ width: 2 * px, color: colour, alpha: 0.9, cap: 'round', join: 'round' })
      }
    }
  }

  /**
   * The flow whose line passes within `tolerancePx` screen pixels of a world point (beyond
   * half its width), the nearest if several; null if none.
   */
  flowAt(p: Point, tolerancePx: number): MapFlow | null {
    let best: MapFlow | null = null
    let bestDistance = Infinity
    const px = 1 / this.scaleNow
    for (const route of this.routes) {
      const reach = (flowWidthPx(route.flow.volume) / 2 + tolerancePx) * px
      for (const piece of route.pieces) {
        const d = distanceToPolyline(p, piece)
        if (d <= reach && d < bestDistance) {
          bestDistance = d
          best = route.flow
        }
      }
    }
    return best
  }

  /** A point on a flow's drawn line (world units): the middle of its longest visible piece. */
  pointOf(flowId: string): Point | null {
    const route = this.routes.find((r) => r.flow.id === flowId)
    const piece = route?.pieces.reduce<Point[] | null>((best, p) => (best === null || p.length > best.length ? p : best), null)
    return piece?.[Math.floor(piece.length / 2)] ?? null
  }

  /** Outlines the routes of the given flows (hovered, selected) over the other lines. */
  highlight(flowIds: readonly string[]): void {
    const g = this.highlightLine.clear()
    const px = 1 / this.scaleNow
    for (const route of this.routes) {
      if (!flowIds.includes(route.flow.id)) continue
      const width = flowWidthPx(route.flow.volume) * px
      for (const piece of route.pieces) polylinePath(g, piece)
      g.stroke({ width: width + 6 * px, color: 0xffffff, alpha: 0.22, cap: 'round' })
      for (const piece of route.pieces) polylinePath(g, piece)
      g.stroke({ width: Math.max(1.5 * px, width * 0.6), color: 0xffffff, alpha: 0.9, cap: 'round' })
    }
  }

  /** Recolours particles for a new palette (lines follow on `redraw`). */
  recolour(colours: MapColours): void {
    for (const mover of this.movers) {
      const route = this.routes[mover.flow]
      if (route !== undefined) mover.particle.tint = ownerColour(colours, route.flow.owner)
    }
    for (const container of this.containers.values()) container.update()
  }

  /** Advances the particles by `deltaMs` at `speed` (0 = still, 1 = normal, 2 = double). */
  tick(deltaMs: number, speed: number): void {
    if (speed <= 0) return
    this.placeParticles(deltaMs / 1000, speed)
  }

  private placeParticles(seconds: number, speed: number): void {
    for (const mover of this.movers) {
      const route = this.routes[mover.flow] as Route
      mover.t = (mover.t + seconds * speed * route.rate) % 1
      // A particle in the hidden stretch of a route across the map's edge is parked off the map.
      const p = wrapPoint(pointAt(route.curve, mover.t), this.frame) ?? HIDDEN
      mover.particle.x = p.x
      mover.particle.y = p.y
    }
  }

  /** Particles in flight (for the bench and tests). */
  get particleCount(): number {
    return this.movers.length
  }

  get scaleUsed(): number {
    return this.scaleNow
  }

  destroy(): void {
    this.lines.destroy()
    this.highlightLine.destroy()
    this.particles.destroy({ children: true })
    for (const texture of this.textures.values()) texture.destroy(true)
  }
}
