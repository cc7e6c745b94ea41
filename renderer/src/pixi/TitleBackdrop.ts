/**
 * The title screen's living backdrop: the race's regions as glowing nodes on a dark map
 * grid, chips flowing between them along arcs, and the "silicon curtain" itself as a
 * dashed barrier between the blocs. Draws only; knows no rules.
 */
import { type Application, Container, Graphics } from 'pixi.js'

/** A region node, placed in unit coordinates (0–1) of the screen. */
interface Node {
  id: string
  x: number
  y: number
  color: number
}

const NODES: Node[] = [
  { id: 'US', x: 0.16, y: 0.42, color: 0x4da3ff },
  { id: 'EU', x: 0.42, y: 0.3, color: 0x7cc4ff },
  { id: 'GULF', x: 0.52, y: 0.56, color: 0xe0b34a },
  { id: 'CN', x: 0.74, y: 0.4, color: 0xff5d5d },
  { id: 'TW', x: 0.8, y: 0.58, color: 0x5ee0b0 },
  { id: 'KR', x: 0.83, y: 0.34, color: 0x5ee0b0 },
  { id: 'JP', x: 0.9, y: 0.4, color: 0x7cc4ff },
  { id: 'SEA', x: 0.72, y: 0.72, color: 0xc9a0ff },
  { id: 'ROW', x: 0.3, y: 0.74, color: 0x8a93a8 },
]

const ROUTES: [string, string][] = [
  ['TW', 'US'],
  ['TW', 'CN'],
  ['KR', 'US'],
  ['KR', 'CN'],
  ['EU', 'TW'],
  ['JP', 'CN'],
  ['TW', 'SEA'],
  ['SEA', 'CN'],
  ['US', 'GULF'],
  ['US', 'ROW'],
  ['EU', 'CN'],
]

/** A chip in flight along a route, `t` from 0 to 1. */
interface Flow {
  route: number
  t: number
  speed: number
}

export class TitleBackdrop {
  private readonly grid = new Graphics()
  private readonly routes = new Graphics()
  private readonly nodes = new Graphics()
  private readonly flows = new Graphics()
  private readonly layer = new Container()
  private readonly inFlight: Flow[] = []
  private width = 1
  private height = 1
  private speed = 1

  /** `speed` 0 draws one still frame and stops the ticker (reduced motion or animation off). */
  constructor(
    private readonly app: Application,
    speed = 1,
  ) {
    this.layer.addChild(this.grid, this.routes, this.nodes, this.flows)
    app.stage.addChild(this.layer)
    // A fixed pattern, not Math.random: the backdrop looks the same on every start.
    for (let i = 0; i < ROUTES.length * 3; i++) {
      this.inFlight.push({ route: i % ROUTES.length, t: (i * 0.37) % 1, speed: 0.0016 + (i % 5) * 0.0004 })
    }
    this.resize(app.screen.width, app.screen.height)
    app.ticker.add((ticker) => this.update(ticker.deltaTime * this.speed))
    this.setSpeed(speed)
  }

  /** Animates at `speed` (1 = normal); 0 leaves one still frame and draws no more. */
  setSpeed(speed: number): void {
    this.speed = speed
    if (speed > 0) {
      this.app.ticker.start()
      return
    }
    this.app.ticker.stop()
    this.update(0)
    this.app.render()
  }

  /** Redraws the static layers for a new screen size. */
  resize(width: number, height: number): void {
    this.width = Math.max(1, width)
    this.height = Math.max(1, height)
    this.drawGrid()
    this.drawRoutes()
    this.drawNodes()
    if (this.speed === 0) {
      this.update(0)
      this.app.render()
    }
  }

  private at(node: Node): { x: number; y: number } {
    return { x: node.x * this.width, y: node.y * this.height }
  }

  private node(id: string): Node {
    const found = NODES.find((n) => n.id === id)
    if (found === undefined) throw new Error(`TitleBackdrop: unknown node ${id}`)
    return found
  }

  /** The arc's control point: bowed upward so routes read as flight paths. */
  private control(a: { x: number; y: number }, b: { x: number; y: number }): { x: number; y: number } {
    return { x: (a.x + b.x) / 2, y: Math.min(a.y, b.y) - Math.abs(a.x - b.x) * 0.18 }
  }

  private drawGrid(): void {
    const g = this.grid.clear()
    g.rect(0, 0, this.width, this.height).fill({ color: 0x070b16 })
    const step = Math.max(24, Math.round(Math.min(this.width, this.height) / 18))
    for (let x = 0; x <= this.width; x += step) g.moveTo(x, 0).lineTo(x, this.height)
    for (let y = 0; y <= this.height; y += step) g.moveTo(0, y).lineTo(this.width, y)
    g.stroke({ width: 1, color: 0x1b2440, alpha: 0.55 })
    // The curtain: a dashed barrier between the blocs.
    const cx = this.width * 0.62
    for (let y = this.height * 0.08; y < this.height * 0.92; y += 18) {
      g.moveTo(cx, y).lineTo(cx, Math.min(y + 10, this.height * 0.92))
    }
    g.stroke({ width: 3, color: 0xff5d5d, alpha: 0.55 })
  }

  private drawRoutes(): void {
    const g = this.routes.clear()
    for (const [from, to] of ROUTES) {
      const a = this.at(this.node(from))
      const b = this.at(this.node(to))
      const c = this.control(a, b)
      g.moveTo(a.x, a.y).quadraticCurveTo(c.x, c.y, b.x, b.y)
    }
    g.stroke({ width: 1.5, color: 0x3a4a78, alpha: 0.7 })
  }

  private drawNodes(): void {
    const g = this.nodes.clear()
    const r = Math.max(5, Math.min(this.width, this.height) * 0.012)
    for (const node of NODES) {
      const { x, y } = this.at(node)
      g.circle(x, y, r * 2.6).fill({ color: node.color, alpha: 0.12 })
      g.circle(x, y, r * 1.5).fill({ color: node.color, alpha: 0.25 })
      g.circle(x, y, r).fill({ color: node.color })
    }
  }

  private update(delta: number): void {
    const g = this.flows.clear()
    const size = Math.max(2, Math.min(this.width, this.height) * 0.005)
    for (const flow of this.inFlight) {
      flow.t = (flow.t + flow.speed * delta) % 1
      const route = ROUTES[flow.route]
      if (route === undefined) continue
      const a = this.at(this.node(route[0]))
      const b = this.at(this.node(route[1]))
      const c = this.control(a, b)
      const u = 1 - flow.t
      const x = u * u * a.x + 2 * u * flow.t * c.x + flow.t * flow.t * b.x
      const y = u * u * a.y + 2 * u * flow.t * c.y + flow.t * flow.t * b.y
      g.circle(x, y, size).fill({ color: 0xf4f7ff, alpha: 0.9 })
    }
  }
}
