/**
 * The world map screen part: the Pixi `WorldMap` inside React, with the DOM around it —
 * tooltip, zoom buttons, tension gauge, legend and regions list, and a side panel for the
 * selected region or site. Pan by drag or arrow keys, zoom by wheel, buttons or +/−.
 */
import type { Application } from 'pixi.js'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PixiStage } from '../pixi/PixiStage'
import { useSettings } from '../settings/SettingsContext'
import { IconButton } from '../ui/IconButton'
import type { MapHandle } from './map-handle'
import type { MapModel, MapTarget } from './map-model'
import { describeTarget, regionName, targetKey } from './map-texts'
import { MapLegend } from './MapLegend'
import { MapSidePanel } from './MapSidePanel'
import { resolveColours } from './palette'
import { TensionGauge } from './TensionGauge'
import { WorldMap } from './WorldMap'

export type { MapHandle }

interface Props {
  model: MapModel
  /** Shown at the left of the top bar. */
  heading?: React.ReactNode
  /** Extra buttons at the right of the top bar (e.g. settings). */
  toolbar?: React.ReactNode
  onSelect?(target: MapTarget | null): void
  onReady?(handle: MapHandle): void
}

const PAN_STEP_PX = 80
const ZOOM_STEP = 1.4

export function MapView({ model, heading, toolbar, onSelect, onReady }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const { settings, motion } = useSettings()
  const colours = useMemo(() => resolveColours(model.owners, settings.palette), [model.owners, settings.palette])
  const mapRef = useRef<WorldMap | null>(null)
  const viewportRef = useRef<HTMLDivElement>(null)
  const tooltipRef = useRef<HTMLDivElement>(null)
  const latest = useRef({ model, colours, speed: motion.speed, ui: settings.uiScale, onReady })
  latest.current = { model, colours, speed: motion.speed, ui: settings.uiScale, onReady }
  const [hovered, setHovered] = useState<MapTarget | null>(null)
  const [selected, setSelected] = useState<MapTarget | null>(null)
  const [zoom, setZoom] = useState(1)
  const [renderer, setRenderer] = useState('')
  const ids = { instructions: useId(), tooltip: useId() }

  const setup = useCallback((app: Application) => {
    const { model: m, colours: c, speed, ui } = latest.current
    app.stage.eventMode = 'none'
    const map = new WorldMap(app)
    map.prepare(m, { colours: c, nameOf: regionName, animationSpeed: speed, uiScale: ui })
    map.resize(app.screen.width, app.screen.height)
    map.onCameraChange = (camera) => setZoom(Math.round(camera.zoom * 100) / 100)
    app.stage.addChild(map)
    map.show()
    // Render on demand: a still map (animation off, nothing touched) draws no frames.
    app.ticker.remove(app.render, app)
    app.ticker.add((ticker) => {
      if (map.update(ticker.deltaMS)) app.render()
    })
    mapRef.current = map
    latest.current.onReady?.({
      renderer: app.renderer.name,
      screenPointOf: (id) => map.screenPointOf(id),
      screenPointOfSite: (regionId, siteId) => map.screenPointOfSite(regionId, siteId),
      screenPointOfFlow: (flowId) => map.screenPointOfFlow(flowId),
      screenPointOfControl: (barrierId) => map.screenPointOfControl(barrierId),
      zoom: () => map.cameraState.zoom,
      particleCount: () => map.particleCount,
    })
    return (width: number, height: number) => map.resize(width, height)
  }, [])

  useEffect(() => () => void (mapRef.current = null), [])
  useEffect(() => {
    const { colours: c, speed, ui } = latest.current
    mapRef.current?.prepare(model, { colours: c, nameOf: regionName, animationSpeed: speed, uiScale: ui })
    setSelected(null)
  }, [model])
  useEffect(() => mapRef.current?.setColours(colours), [colours])
  useEffect(() => mapRef.current?.setAnimationSpeed(motion.speed), [motion.speed])
  useEffect(() => mapRef.current?.setUiScale(settings.uiScale), [settings.uiScale])
  useEffect(() => mapRef.current?.setSelected(selected), [selected])
  useEffect(() => onSelect?.(selected), [selected, onSelect])

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const el = viewportRef.current
    if (el === null) return
    const onWheel = (event: WheelEvent): void => {
      event.preventDefault()
      const rect = el.getBoundingClientRect()
      mapRef.current?.zoomBy(Math.exp(-event.deltaY * 0.0015), { x: event.clientX - rect.left, y: event.clientY - rect.top })
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => el.removeEventListener('wheel', onWheel)
  }, [])

  const drag = useRef<{ x: number; y: number; moved: boolean; id: number } | null>(null)
  const local = (event: React.PointerEvent): { x: number; y: number } => {
    const rect = (viewportRef.current as HTMLDivElement).getBoundingClientRect()
    return { x: event.clientX - rect.left, y: event.clientY - rect.top }
  }
  const hoveredKey = useRef('')
  const hover = (target: MapTarget | null): void => {
    // Only a change of target redraws (the map re-renders its static cache for the ring).
    if (targetKey(target) === hoveredKey.current) return
    hoveredKey.current = targetKey(target)
    setHovered(target)
    mapRef.current?.setHovered(target)
  }

  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0) return
    drag.current = { ...local(event), moved: false, id: event.pointerId }
  }
  const onPointerMove = (event: React.PointerEvent<HTMLDivElement>): void => {
    const p = local(event)
    const d = drag.current
    if (d !== null && (d.moved || Math.hypot(p.x - d.x, p.y - d.y) > 4)) {
      if (!d.moved) event.currentTarget.setPointerCapture(d.id)
      mapRef.current?.panBy(p.x - d.x, p.y - d.y)
      drag.current = { ...p, moved: true, id: d.id }
      hover(null)
      return
    }
    hover(mapRef.current?.targetAt(p.x, p.y) ?? null)
    const tip = tooltipRef.current
    if (tip !== null) {
      const rect = event.currentTarget.getBoundingClientRect()
      const flipX = p.x > rect.width - 260
      tip.style.transform = `translate(${Math.round(flipX ? p.x - 16 : p.x + 16)}px, ${Math.round(p.y + 18)}px) translateX(${flipX ? '-100%' : '0'})`
    }
  }
  const onPointerUp = (event: React.PointerEvent<HTMLDivElement>): void => {
    const d = drag.current
    drag.current = null
    if (d === null || d.moved) return
    const p = local(event)
    setSelected(mapRef.current?.targetAt(p.x, p.y) ?? null)
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const map = mapRef.current
    if (map === null) return
    const actions: Record<string, () => void> = {
      ArrowLeft: () => map.panBy(PAN_STEP_PX, 0),
      ArrowRight: () => map.panBy(-PAN_STEP_PX, 0),
      ArrowUp: () => map.panBy(0, PAN_STEP_PX),
      ArrowDown: () => map.panBy(0, -PAN_STEP_PX),
      '+': () => map.zoomBy(ZOOM_STEP),
      '=': () => map.zoomBy(ZOOM_STEP),
      '-': () => map.zoomBy(1 / ZOOM_STEP),
      '0': () => map.resetView(),
      Escape: () => setSelected(null),
    }
    const action = actions[event.key]
    if (action === undefined) return
    event.preventDefault()
    action()
  }

  const tip = hovered === null ? null : describeTarget(model, hovered, t)
  return (
    <div className="map-view" data-testid="map-view" data-renderer={renderer} data-zoom={zoom} data-selected={targetKey(selected)}>
      <div
        ref={viewportRef}
        className={`map-viewport${hovered !== null ? ' map-viewport--pointing' : ''}`}
        data-testid="map-viewport"
        tabIndex={0}
        role="application"
        aria-roledescription="map"
        aria-label={t('map.label')}
        aria-describedby={`${ids.instructions} ${ids.tooltip}`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => hover(null)}
        onKeyDown={onKeyDown}
      >
        <PixiStage className="map-canvas" setup={setup} onReady={setRenderer} label={t('map.label')} antialias={false} />
        <div ref={tooltipRef} id={ids.tooltip} role="tooltip" className="map-tooltip" data-testid="map-tooltip" hidden={tip === null}>
          {tip !== null && (
            <>
              <strong className="map-tooltip__title">{tip.title}</strong>
              <span className="map-tooltip__detail">{tip.detail}</span>
              <span className="map-tooltip__hint">{t('map.tooltip.hint')}</span>
            </>
          )}
        </div>
      </div>
      <p id={ids.instructions} className="visually-hidden">
        {t('map.instructions')}
      </p>
      <header className="map-topbar">
        <div className="map-topbar__heading">{heading}</div>
        <TensionGauge tension={model.tension} />
        <div className="map-topbar__tools" role="toolbar" aria-label={t('map.label')}>
          <span className="map-zoom-level" aria-live="polite">
            {t('map.zoomLevel', { value: zoom.toFixed(1) })}
          </span>
          <IconButton label={t('map.zoomOut')} icon="−" onClick={() => mapRef.current?.zoomBy(1 / ZOOM_STEP)} />
          <IconButton label={t('map.zoomIn')} icon="+" onClick={() => mapRef.current?.zoomBy(ZOOM_STEP)} />
          <IconButton label={t('map.resetView')} icon="⤢" onClick={() => mapRef.current?.resetView()} />
          {toolbar}
        </div>
      </header>
      <MapLegend model={model} colours={colours} onOpenRegion={(region) => setSelected({ type: 'region', region })} />
      {selected !== null && (
        <MapSidePanel model={model} target={selected} colours={colours} onClose={() => setSelected(null)} onSelect={setSelected} />
      )}
    </div>
  )
}
