/**
 * The world map as a Pixi display object with the open-games `AppScreen` lifecycle
 * (prepare / show / hide / update / resize / destroy). It draws a `MapModel` and answers
 * what is under a point; it decides nothing.
 *
 * Per-frame work is kept small: everything that does not move is rendered, antialiased,
 * into two textures (`CachedLayer`) — the map under the flows (sea, land, territories,
 * flow lines) and the banners over them (markers, names, site icons, walls, rings). A
 * frame draws those two sprites and the flow particles, with no multisampling of its own
 * (MapView turns it off). While the camera moves the sprites follow it; the textures are
 * rendered afresh when it rests, when their margin runs out, or when content changes. Strokes are re-tessellated for the new scale once a zoom settles.
 */
import { Container, Graphics, type Application, type Renderer } from 'pixi.js'
import { CachedLayer } from './CachedLayer'
import {
  type Camera,
  clampCamera,
  homeCamera,
  panBy as panCamera,
  type Point,
  screenToWorld,
  cameraScale,
  type Size,
  worldSize,
  worldToScreen,
  zoomAt,
} from './camera'
import { drawBackground } from './draw/background'
import { drawTerritories, drawTerritoryHighlight } from './draw/territories'
import { FlowLayer } from './FlowLayer'
import { hitTest } from './hit-test'
import { markerRadiusPx, siteOffset } from './map-layout'
import type { MapModel, MapRegion, MapTarget } from './map-model'
import type { MapColours } from './palette'
import { type Projector, RegionBanners } from './RegionBanners'

export interface WorldMapOptions {
  colours: MapColours
  /** The region's display name (translated by the caller). */
  nameOf(region: MapRegion): string
  /** 0 = still, 1 = normal, 2 = double speed. */
  animationSpeed: number
  /** The interface scale setting (1 = normal): banners grow with the rest of the UI. */
  uiScale?: number
}

/** Wait this long after the camera stops before rendering the caches afresh (and, after a zoom, redrawing strokes for the new scale). */
const SETTLE_MS = 140
/** Extra map rendered around the screen, so a drag needs no render until it runs out. */
const CACHE_MARGIN_PX = 192
/** A flow line reacts to the pointer within this many pixels of its edge. */
const FLOW_HIT_PX = 4

export class WorldMap extends Container {
  private readonly world = new Container({ label: 'world' })
  private readonly background = new Graphics({ label: 'background' })
  private readonly territories = new Graphics({ label: 'territories' })
  private readonly territoryHighlight = new Graphics({ label: 'territory-highlight' })
  private readonly flows: FlowLayer
  private readonly banners = new RegionBanners()
  /** Everything static under the flows, rendered into `cache` (never on the stage itself). */
  private readonly staticRoot = new Container({ label: 'static-root' })
  private readonly cache: CachedLayer
  /** Live particles, transformed like the world. */
  private readonly live = new Container({ label: 'live' })
  /** The banners, rendered into `bannerCache` above the particles. */
  private readonly bannerRoot = new Container({ label: 'banner-root' })
  private readonly bannerCache: CachedLayer
  private readonly renderer: Renderer
  private cacheDirty = true
  private bannerDirty = true
  /** The camera moved since the caches were rendered; ms since it last moved. */
  private cameraMoving = false
  private sinceCamera = 0
  /** Something visible changed since the last frame. */
  private changed = true
  private model: MapModel | null = null
  private options: WorldMapOptions | null = null
  private camera: Camera = { cx: 0, cy: 0, zoom: 1 }
  private screenSize: Size = { width: 1, height: 1 }
  private worldDims: Size = worldSize(2)
  private drawnScale = 0
  private layoutDirty = true
  private hovered: MapTarget | null = null
  private selected: MapTarget | null = null
  /** Called after the camera moves (pan, zoom, resize). */
  onCameraChange: ((camera: Camera) => void) | null = null

  constructor(app: Application) {
    super({ label: 'world-map' })
    this.renderer = app.renderer
    this.flows = new FlowLayer(app.renderer)
    this.world.addChild(this.background, this.territories, this.territoryHighlight, this.flows.lines, this.flows.highlightLine)
    this.staticRoot.addChild(this.world)
    this.live.addChild(this.flows.particles)
    this.bannerRoot.addChild(this.banners)
    this.cache = new CachedLayer(this.staticRoot, CACHE_MARGIN_PX, app.renderer.resolution, 'static-cache')
    this.bannerCache = new CachedLayer(this.bannerRoot, CACHE_MARGIN_PX, app.renderer.resolution, 'banner-cache')
    // Particles pass under the banners.
    this.addChild(this.cache.sprite, this.live, this.bannerCache.sprite)
    this.visible = false
  }

  /** Takes a model and how to draw it; call before `show`. */
  prepare(model: MapModel, options: WorldMapOptions): void {
    const keepCamera = this.model !== null && this.model.aspect === model.aspect
    this.model = model
    this.options = options
    this.worldDims = worldSize(model.aspect)
    if (!keepCamera) this.camera = homeCamera(this.worldDims)
    this.flows.setModel(model, this.worldDims, options.colours)
    this.banners.setModel(model, options.nameOf, options.uiScale ?? 1)
    this.hovered = null
    this.selected = null
    this.applyCamera()
    this.redrawStatic()
  }

  /** Changes the palette: redraws everything coloured. */
  setColours(colours: MapColours): void {
    if (this.options === null) return
    this.options = { ...this.options, colours }
    this.flows.recolour(colours)
    this.redrawStatic()
  }

  setAnimationSpeed(speed: number): void {
    if (this.options !== null) this.options = { ...this.options, animationSpeed: speed }
  }

  /** Redraws the banners at a new interface scale. */
  setUiScale(uiScale: number): void {
    if (this.options === null || this.model === null || this.options.uiScale === uiScale) return
    this.options = { ...this.options, uiScale }
    this.banners.setModel(this.model, this.options.nameOf, uiScale)
    this.layoutDirty = true
  }

  show(): void {
    this.visible = true
    this.changed = true
  }

  hide(): void {
    this.visible = false
  }

  /**
   * Per frame: moves particles, redraws strokes once a zoom has settled, refreshes the
   * caches. Answers whether anything on screen changed, so the caller can skip rendering
   * a still map (no flows moving, nothing touched): it then costs nothing while idle.
   */
  update(deltaMs: number): boolean {
    if (!this.visible || this.options === null) return false
    let changed = this.changed
    this.changed = false
    if (this.options.animationSpeed > 0 && this.flows.particleCount > 0) {
      this.flows.tick(deltaMs, this.options.animationSpeed)
      changed = true
    }
    if (this.cameraMoving) {
      this.sinceCamera += deltaMs
      const scale = this.scale_()
      const covered = this.cache.follow(this.camera, scale) && this.bannerCache.follow(this.camera, scale)
      if (this.sinceCamera >= SETTLE_MS) {
        this.cameraMoving = false
        if (scale !== this.drawnScale) this.redrawStatic()
        else this.layoutDirty = true
      } else if (!covered) {
        // Out of margin mid-gesture: render afresh now (strokes are redrawn once it rests).
        this.layoutDirty = true
      }
    }
    if (this.layoutDirty) this.relayout()
    if (this.cacheDirty) this.renderCache()
    if (this.bannerDirty) this.renderBanners()
    return changed || this.changed
  }

  /** Follows the canvas size (CSS pixels). */
  resize(width: number, height: number): void {
    this.screenSize = { width: Math.max(1, width), height: Math.max(1, height) }
    this.changed = true
    this.cache.resize(this.screenSize, this.renderer.resolution)
    this.bannerCache.resize(this.screenSize, this.renderer.resolution)
    this.camera = clampCamera(this.camera, this.screenSize, this.worldDims)
    this.applyCamera()
    this.redrawStatic()
  }

  get cameraState(): Camera {
    return { ...this.camera }
  }

  /** Zooms by `factor` around a screen point (the centre by default). */
  zoomBy(factor: number, anchor?: Point): void {
    const at = anchor ?? { x: this.screenSize.width / 2, y: this.screenSize.height / 2 }
    this.setCamera(zoomAt(this.camera, factor, at, this.screenSize, this.worldDims))
  }

  /** Drags the view by screen pixels. */
  panBy(dx: number, dy: number): void {
    this.setCamera(panCamera(this.camera, dx, dy, this.screenSize, this.worldDims))
  }

  resetView(): void {
    this.setCamera(homeCamera(this.worldDims))
  }

  /** What is under a screen point (CSS pixels relative to the canvas). */
  targetAt(x: number, y: number): MapTarget | null {
    if (this.model === null) return null
    const worldPoint = screenToWorld({ x, y }, this.camera, this.screenSize, this.worldDims)
    const unit = { x: worldPoint.x / this.worldDims.width, y: worldPoint.y / this.worldDims.height }
    const projector = this.projector()
    const context = { toScreen: projector.toScreen, unit, pxPerWorldHeight: projector.pxPerWorldHeight, ui: projector.ui }
    // Banners (sites, markers) first, then controls' walls and lines, then flow lines, then territories.
    const banner = hitTest(this.model, { x, y }, { ...context, territories: false })
    if (banner !== null) return banner
    const barrier = this.banners.barrierAt({ x, y }, projector.ui)
    const exporter = this.model.regions.find((r) => r.id === barrier?.from)
    const destination = this.model.regions.find((r) => r.id === barrier?.to)
    if (barrier !== null && exporter !== undefined && destination !== undefined) return { type: 'control', region: exporter, to: destination, barrier }
    const flow = this.flows.flowAt(worldPoint, FLOW_HIT_PX)
    const from = flow === null ? undefined : this.model.regions.find((r) => r.id === flow.from)
    const to = flow === null ? undefined : this.model.regions.find((r) => r.id === flow.to)
    if (flow !== null && from !== undefined && to !== undefined) return { type: 'flow', region: from, to, flow }
    return hitTest(this.model, { x, y }, context)
  }

  /** Where a region's marker is on screen, or null. */
  screenPointOf(regionId: string): Point | null {
    const region = this.model?.regions.find((r) => r.id === regionId)
    return region === undefined ? null : this.projector().toScreen(region.x, region.y)
  }

  /** Where a site's icon is on screen, or null. */
  screenPointOfSite(regionId: string, siteId: string): Point | null {
    const region = this.model?.regions.find((r) => r.id === regionId)
    const index = region?.sites.findIndex((site) => site.id === siteId) ?? -1
    if (region === undefined || index < 0) return null
    const projector = this.projector()
    const centre = projector.toScreen(region.x, region.y)
    const offset = siteOffset(index, region.sites.length, markerRadiusPx(region.radius, projector.pxPerWorldHeight, projector.ui), projector.ui, region.labelSide)
    return { x: centre.x + offset.x, y: centre.y + offset.y }
  }

  /** The centre of a control's wall on screen, or null. */
  screenPointOfControl(barrierId: string): Point | null {
    return this.banners.wallOf(barrierId)
  }

  /** A point on a flow's line on screen, or null. */
  screenPointOfFlow(flowId: string): Point | null {
    const p = this.flows.pointOf(flowId)
    return p === null ? null : worldToScreen(p, this.camera, this.screenSize, this.worldDims)
  }

  setHovered(target: MapTarget | null): void {
    this.hovered = target
    this.markTargets()
  }

  setSelected(target: MapTarget | null): void {
    this.selected = target
    this.markTargets()
  }

  /** Particles in flight. */
  get particleCount(): number {
    return this.flows.particleCount
  }

  override destroy(): void {
    this.onCameraChange = null
    this.flows.destroy()
    this.staticRoot.destroy({ children: true })
    this.bannerRoot.destroy({ children: true })
    this.cache.destroy()
    this.bannerCache.destroy()
    super.destroy({ children: true })
  }

  private setCamera(camera: Camera): void {
    this.camera = camera
    this.applyCamera()
    // The cached layers follow in update() until the camera rests.
    this.cameraMoving = true
    this.sinceCamera = 0
    this.onCameraChange?.(this.cameraState)
  }

  private scale_(): number {
    return cameraScale(this.camera, this.screenSize, this.worldDims)
  }

  private projector(): Projector {
    const dims = this.worldDims
    const camera = this.camera
    const screen = this.screenSize
    return {
      toScreen: (x, y) => worldToScreen({ x: x * dims.width, y: y * dims.height }, camera, screen, dims),
      pxPerWorldHeight: this.scale_() * dims.height,
      ui: this.options?.uiScale ?? 1,
    }
  }

  private applyCamera(): void {
    const s = this.scale_()
    this.changed = true
    for (const layer of [this.world, this.live]) {
      layer.scale.set(s)
      layer.position.set(this.screenSize.width / 2 - this.camera.cx * s, this.screenSize.height / 2 - this.camera.cy * s)
    }
  }

  private relayout(): void {
    if (this.options === null) return
    this.banners.layout(this.projector(), this.options.colours)
    this.markTargets()
    this.layoutDirty = false
  }

  private markTargets(): void {
    const projector = this.projector()
    this.banners.mark(projector, this.hovered, this.selected)
    const territory = (target: MapTarget | null): MapRegion | null => (target === null || target.type === 'flow' || target.type === 'control' ? null : target.region)
    drawTerritoryHighlight(this.territoryHighlight, territory(this.hovered) ?? territory(this.selected), this.worldDims, this.scale_())
    this.flows.highlight([this.hovered, this.selected].flatMap((target) => (target?.type === 'flow' ? [target.flow.id] : [])))
    this.cacheDirty = true
    this.bannerDirty = true
  }

  private renderBanners(): void {
    this.changed = true
    this.bannerCache.render(this.renderer, this.camera, this.scale_())
    this.bannerDirty = false
  }

  private renderCache(): void {
    this.changed = true
    this.cache.render(this.renderer, this.camera, this.scale_())
    this.cacheDirty = false
  }

  private redrawStatic(): void {
    if (this.model === null || this.options === null) return
    const scale = this.scale_()
    drawBackground(this.background, this.model, this.worldDims, scale)
    drawTerritories(this.territories, this.model, this.options.colours, this.worldDims, scale)
    this.flows.redraw(this.options.colours, scale)
    this.drawnScale = scale
    this.relayout()
  }
}
