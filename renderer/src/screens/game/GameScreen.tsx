/**
 * The in-game screen: the world map drawn from the seat's view, a HUD over it (quarter,
 * cash, action points, VP against par, tension, End turn), the quarter report after each
 * resolution and a game-over panel. Mounted by the main menu after `newGame` + `claimSeat`.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LegalOrder, QuarterReport, SeatView } from './game-types'
import type { GameApi, GameInfo } from '../../../../app/protocol/contract'
import { addGameTexts } from '../../i18n/i18n'
import type { MapHandle } from '../../map/map-handle'
import type { MapTarget } from '../../map/map-model'
import { MapView } from '../../map/MapView'
import { Button } from '../../ui/Button'
import { EndTurnPanel, GameHud } from './GameHud'
import { GameOverPanel } from './GameOverPanel'
import { mapFromView } from './map-from-view'
import { PlanPanel } from './planner/PlanPanel'
import type { PlanContext } from './planner/order-forms'
import { usePlan } from './planner/use-plan'
import { ReportPanel } from './ReportPanel'
import { splitView, viewAfter } from './view-sync'
import './game.css'

type Phase = 'planning' | 'ending' | 'ai-thinking' | 'resolving'
type ViewBody = Omit<SeatView, 'rules'>

interface Loaded {
  game: GameInfo
  rules: SeatView['rules']
  view: ViewBody
  texts: Record<string, string>
}

export function GameScreen(props: { api: GameApi; seat: string; onExit: () => void }): React.JSX.Element {
  const { api, seat, onExit } = props
  const { t } = useTranslation()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [orders, setOrders] = useState<LegalOrder[]>([])
  const [report, setReport] = useState<QuarterReport | null>(null)
  const [reportOpen, setReportOpen] = useState(false)
  const [phase, setPhase] = useState<Phase>('planning')
  const [error, setError] = useState<string | null>(null)
  const viewRef = useRef<ViewBody | null>(null)

  // Load the game, the seat's view, its legal orders and the game texts; follow events.
  useEffect(() => {
    let live = true
    const load = async (): Promise<void> => {
      const [game, view, legal, texts] = await Promise.all([api.getGame({}), api.getView({ seat }), api.getLegalOrders({ seat }), api.getTexts({ language: 'en' })])
      if (!live) return
      if (!game.ok || !view.ok || !texts.ok) {
        const failed = [game, view, texts].find((r) => !r.ok)
        setError(failed !== undefined && !failed.ok ? failed.message : 'no game')
        return
      }
      if (game.value === null) {
        setError(t('game.noGame'))
        return
      }
      addGameTexts('en', texts.value)
      const { rules, body } = splitView(view.value)
      viewRef.current = body
      setLoaded({ game: game.value, rules, view: body, texts: texts.value })
      if (legal.ok) setOrders(legal.value)
      const last = await api.getReport({ seat })
      if (live && last.ok && last.value !== null) setReport(last.value)
    }
    void load()
    const offStatus = api.on('gameStatus', ({ game, phase: p }) => {
      if (!live) return
      setLoaded((l) => (l === null ? l : { ...l, game }))
      if (p !== 'planning') setPhase(p)
    })
    const offResolved = api.on('quarterResolved', (payload) => {
      if (!live || payload.seat !== seat) return
      void (async () => {
        let body = viewAfter(viewRef.current, payload)
        if (body === null) {
          const fresh = await api.getView({ seat })
          if (!fresh.ok) return
          body = splitView(fresh.value).body
        }
        const [game, legal] = await Promise.all([api.getGame({}), api.getLegalOrders({ seat })])
        if (!live) return
        viewRef.current = body
        const next = body
        setLoaded((l) => (l === null ? l : { ...l, view: next, game: game.ok && game.value !== null ? game.value : l.game }))
        if (legal.ok) setOrders(legal.value)
        setReport(payload.report)
        setReportOpen(true)
        setPhase('planning')
      })()
    })
    return () => {
      live = false
      offStatus()
      offResolved()
    }
  }, [api, seat, t])

  const busy = phase !== 'planning'
  const endTurn = useCallback(async () => {
    if (busy || loaded === null || loaded.game.over) return
    setPhase('ending')
    setReportOpen(false)
    const result = await api.endTurn({ seat })
    if (!result.ok) {
      setError(result.message)
      setPhase('planning')
      return
    }
    setLoaded((l) => (l === null ? l : { ...l, game: result.value }))
    // Other people still to play: wait for them (the quarterResolved event ends the wait).
  }, [api, busy, loaded, seat])

  // Enter or Ctrl+Enter ends the turn, unless focus is on a control that uses Enter itself.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Enter' || event.altKey || event.shiftKey) return
      const target = event.target as HTMLElement | null
      const tag = target?.tagName ?? ''
      if (!event.ctrlKey && (tag === 'BUTTON' || tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'A')) return
      if (document.querySelector('[role="dialog"][aria-modal="true"]') !== null) return
      event.preventDefault()
      void endTurn()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [endTurn])

  const locked = busy || loaded?.game.over === true
  const plan = usePlan(api, seat, loaded?.view.quarter ?? -1, locked)
  const [planOpen, setPlanOpen] = useState(true)
  const planCtx = useMemo<PlanContext | null>(() => (loaded === null ? null : { seat, view: loaded.view, rules: loaded.rules, texts: loaded.texts }), [loaded, seat])

  const model = useMemo(() => (loaded === null ? null : mapFromView({ ...loaded.view, rules: loaded.rules }, loaded.texts, report)), [loaded, report])

  // The region panel and the report share the right side: opening one closes the other.
  const onMapSelect = useCallback((target: MapTarget | null) => {
    if (target !== null) setReportOpen(false)
  }, [])
  const onMapReady = useCallback((handle: MapHandle) => {
    // The same test handle the map harness exposes: browser tests find regions on the canvas.
    window.__scMap = handle
    document.documentElement.dataset.ready = 'game'
  }, [])
  useEffect(
    () => () => {
      if (document.documentElement.dataset.ready === 'game') delete document.documentElement.dataset.ready
      delete window.__scMap
    },
    [],
  )

  if (error !== null && loaded === null) {
    return (
      <main className="game-screen game-screen--message" data-testid="game-screen">
        <p role="alert">{t('game.loadFailed', { message: error })}</p>
        <Button onClick={onExit}>{t('game.backToMenu')}</Button>
      </main>
    )
  }
  if (loaded === null || model === null) {
    return (
      <main className="game-screen game-screen--message" data-testid="game-screen" aria-busy="true">
        <p role="status">{t('game.loading')}</p>
      </main>
    )
  }

  const faction = loaded.view.factions[seat]
  const over = loaded.game.over
  return (
    <main className="game-screen map-screen" data-testid="game-screen" data-quarter={loaded.view.quarter} data-phase={phase}>
      <MapView
        model={model}
        onReady={onMapReady}
        onSelect={onMapSelect}
        heading={
          <GameHud
            seatName={loaded.texts[loaded.rules.factions[seat]?.name ?? ''] ?? seat}
            quarter={loaded.view.quarter}
            played={loaded.view.quarter - loaded.view.startQuarter}
            length={loaded.view.endQuarter - loaded.view.startQuarter + 1}
            faction={faction?.private ?? null}
          />
        }
        toolbar={
          <Button variant="ghost" onClick={onExit}>
            {t('game.menu')}
          </Button>
        }
      />
      {planCtx !== null && !over && <PlanPanel api={api} legal={orders} plan={plan} ctx={planCtx} locked={locked} open={planOpen} onToggle={() => setPlanOpen((o) => !o)} />}
      <EndTurnPanel phase={phase} waitingFor={loaded.game.waitingFor.filter((s) => s !== seat)} over={over}
        reportOpen={reportOpen}
        onOpenReport={report === null ? null : () => setReportOpen((o) => !o)}
        onEndTurn={() => void endTurn()}
      />
      {error !== null && (
        <p className="game-error" role="alert">
          {t('game.error', { message: error })}
        </p>
      )}
      {reportOpen && report !== null && !over && (
        <ReportPanel report={report} seat={seat} view={loaded.view} texts={loaded.texts} rules={loaded.rules} onClose={() => setReportOpen(false)} />
      )}
      {over && <GameOverPanel view={loaded.view} report={report} texts={loaded.texts} rules={loaded.rules} seat={seat} onExit={onExit} />}
    </main>
  )
}
