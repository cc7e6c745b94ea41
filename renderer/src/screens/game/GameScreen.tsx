/**
 * The in-game screen: the world map drawn from the seat's view, a HUD over it (quarter,
 * cash, action points, VP against par, tension, the turn timer), the order planner, the
 * quarter report, the chip dossier and the charts on the right, and the end screen.
 * Mounted by the menu (one person) or by the hot-seat session after each hand-off, keyed by
 * the seat, so nothing of one seat outlives its turn.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GameApi, GameInfo } from '../../../../app/protocol/contract'
import { useSound } from '../../audio/use-sound'
import { ChartsPanel } from '../../charts/ChartsPanel'
import { addGameTexts } from '../../i18n/i18n'
import type { MapHandle } from '../../map/map-handle'
import type { MapTarget } from '../../map/map-model'
import { MapView } from '../../map/MapView'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { DossierPanel } from './dossier/DossierPanel'
import { quarterLabel } from './format'
import type { LegalOrder, QuarterReport, Rules, SeatView, ViewBody } from './game-types'
import { EndTurnPanel, GameHud } from './GameHud'
import { GameOverPanel } from './GameOverPanel'
import { mapFromView } from './map-from-view'
import type { PlanContext } from './planner/order-forms'
import { PlanPanel } from './planner/PlanPanel'
import { usePlan } from './planner/use-plan'
import { ReportPanel } from './ReportPanel'
import { TurnClock } from './TurnClock'
import { fetchView, splitView, viewAfter } from './view-sync'
import './game.css'

type Phase = 'planning' | 'ending' | 'ai-thinking' | 'resolving'
type Side = 'report' | 'dossier' | 'charts' | null

interface Loaded {
  game: GameInfo
  rules: SeatView['rules']
  view: ViewBody
  texts: Record<string, string>
}

interface Props {
  api: GameApi
  seat: string
  onExit: () => void
  /** Hot-seat: ending the turn hands the computer on (the window stops acting for the seat first). */
  handOff?: boolean
  /** Called once this seat's turn has ended in a hot-seat game (by the button or the timer). */
  onTurnEnded?: () => void
  /** The seat's private briefing, shown once when the seat first sits down. */
  briefing?: string | null
  onBriefingSeen?: () => void
  /** Drawn over the screen (a campaign's tutorial). */
  overlay?: React.ReactNode
  /** The end screen's exit button (default "Back to menu"; a campaign says "Back to the campaign"). */
  exitLabel?: string
}

export function GameScreen({ api, seat, onExit, handOff = false, onTurnEnded, briefing = null, onBriefingSeen, overlay = null, exitLabel }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const play = useSound()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [orders, setOrders] = useState<LegalOrder[]>([])
  const [report, setReport] = useState<QuarterReport | null>(null)
  const [side, setSide] = useState<Side>(null)
  const [phase, setPhase] = useState<Phase>('planning')
  const [aiProgress, setAiProgress] = useState<{ done: number; total: number } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [planOpen, setPlanOpen] = useState(true)
  const viewRef = useRef<ViewBody | null>(null)
  const rulesRef = useRef<Rules | null>(null)
  const turnEnded = useRef(false)

  /** Loads (or reloads, after the facilitator changed the game) the seat's view, legal orders and last report. */
  const reload = useCallback(
    async (live: () => boolean, first: boolean): Promise<void> => {
      const [game, view, legal, texts, last] = await Promise.all([
        api.getGame({}),
        // The ruleset is read once per game (it never changes); the view each time.
        fetchView(api, seat, rulesRef.current),
        api.getLegalOrders({ seat }),
        first ? api.getTexts({ language: 'en' }) : Promise.resolve(null),
        api.getReport({ seat }),
      ])
      if (!live()) return
      if (!game.ok || !view.ok || (texts !== null && !texts.ok)) {
        const failed = [game, view, texts].find((r) => r !== null && !r.ok)
        setError(failed !== undefined && failed !== null && !failed.ok ? failed.message : 'no game')
        return
      }
      if (game.value === null) {
        setError(t('game.noGame'))
        return
      }
      if (texts !== null && texts.ok) addGameTexts('en', texts.value)
      const { rules, body } = splitView(view.value)
      rulesRef.current = rules
      viewRef.current = body
      const info = game.value
      setLoaded((l) => ({ game: info, rules, view: body, texts: texts !== null && texts.ok ? texts.value : (l?.texts ?? {}) }))
      setOrders(legal.ok ? legal.value : [])
      setReport(last.ok ? last.value : null)
      if (first && last.ok && last.value !== null && handOff) setSide('report')
    },
    [api, seat, t, handOff],
  )

  // Load the game and follow its events.
  useEffect(() => {
    let live = true
    const isLive = (): boolean => live
    void reload(isLive, true)
    const offStatus = api.on('gameStatus', ({ game, phase: p, progress }) => {
      if (!live) return
      setLoaded((l) => (l === null ? l : { ...l, game }))
      setAiProgress(p === 'ai-thinking' ? (progress ?? null) : null)
      if (p !== 'planning') setPhase(p)
    })
    const offChanged = api.on('gameChanged', ({ game, reason }) => {
      if (!live) return
      setLoaded((l) => (l === null ? l : { ...l, game }))
      const mine = game.seats.find((s) => s.faction === seat)
      if (handOff && reason === 'timer' && mine?.ended === true && !turnEnded.current) {
        turnEnded.current = true
        onTurnEnded?.()
        return
      }
      if (reason !== 'pause' && reason !== 'resume' && reason !== 'set-timer' && reason !== 'timer') void reload(isLive, false)
    })
    const offResolved = api.on('quarterResolved', (payload) => {
      if (!live || payload.seat !== seat) return
      void (async () => {
        let body = viewAfter(viewRef.current, payload)
        if (body === null) {
          const fresh = await api.getView({ seat })
          if (!fresh.ok) return
          body = fresh.value
        }
        const [game, legal] = await Promise.all([api.getGame({}), api.getLegalOrders({ seat })])
        if (!live) return
        viewRef.current = body
        const next = body
        setLoaded((l) => (l === null ? l : { ...l, view: next, game: game.ok && game.value !== null ? game.value : l.game }))
        if (legal.ok) setOrders(legal.value)
        setReport(payload.report)
        setSide('report')
        setPhase('planning')
        play('quarterResolved')
      })()
    })
    return () => {
      live = false
      offStatus()
      offChanged()
      offResolved()
    }
  }, [api, seat, reload, handOff, onTurnEnded, play])

  const busy = phase !== 'planning'
  const over = loaded?.game.over === true || (loaded?.view.over ?? null) !== null
  const paused = loaded?.game.paused === true
  const locked = busy || over || paused
  const plan = usePlan(api, seat, loaded?.view.quarter ?? -1, locked)
  const planCtx = useMemo<PlanContext | null>(() => (loaded === null ? null : { seat, view: loaded.view, rules: loaded.rules, texts: loaded.texts }), [loaded, seat])

  const endTurn = useCallback(async () => {
    if (locked || loaded === null) return
    setPhase('ending')
    setSide(null)
    play('endTurn')
    const result = await api.endTurn(handOff ? { seat, handOff: true } : { seat })
    if (!result.ok) {
      setError(result.message)
      setPhase('planning')
      return
    }
    if (handOff) {
      turnEnded.current = true
      onTurnEnded?.()
      return
    }
    setLoaded((l) => (l === null ? l : { ...l, game: result.value }))
    // Other people still to play: wait for them (the quarterResolved event ends the wait).
  }, [api, locked, loaded, seat, handOff, onTurnEnded, play])

  // Enter or Ctrl+Enter ends the turn, unless focus is on a control that uses Enter itself.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Enter' || event.altKey || event.shiftKey) return
      const target = event.target as HTMLElement | null
      const tag = target?.tagName ?? ''
      if (!event.ctrlKey && (tag === 'BUTTON' || tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'A' || tag === 'SUMMARY')) return
      if (document.querySelector('[role="dialog"][aria-modal="true"]') !== null) return
      event.preventDefault()
      void endTurn()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [endTurn])

  const model = useMemo(() => (loaded === null ? null : mapFromView({ ...loaded.view, rules: loaded.rules }, loaded.texts, report)), [loaded, report])

  // The region panel and the side panels share the right side: opening one closes the other.
  const onMapSelect = useCallback((target: MapTarget | null) => {
    if (target !== null) setSide(null)
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
  const toggle = (panel: Exclude<Side, null>): void => setSide((s) => (s === panel ? null : panel))

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
  const seatInfo = loaded.game.seats.find((s) => s.faction === seat)
  return (
    <main className="game-screen map-screen" data-testid="game-screen" data-seat={seat} data-quarter={loaded.view.quarter} data-phase={phase}>
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
          <>
            {!over && seatInfo !== undefined && <TurnClock deadline={seatInfo.deadline} paused={paused} ended={seatInfo.ended} />}
            <Button variant="ghost" aria-pressed={side === 'dossier'} onClick={() => toggle('dossier')} data-testid="open-dossier">
              {t('game.panels.dossier')}
            </Button>
            <Button variant="ghost" aria-pressed={side === 'charts'} onClick={() => toggle('charts')} data-testid="open-charts">
              {t('game.panels.charts')}
            </Button>
            {!handOff && (
              <Button variant="ghost" onClick={onExit}>
                {exitLabel ?? t('game.menu')}
              </Button>
            )}
          </>
        }
      />
      {planCtx !== null && !over && <PlanPanel api={api} legal={orders} plan={plan} ctx={planCtx} locked={locked} open={planOpen} onToggle={() => setPlanOpen((o) => !o)} />}
      <EndTurnPanel
        phase={phase}
        waitingFor={loaded.game.waitingFor.filter((s) => s !== seat)}
        over={over}
        reportOpen={side === 'report'}
        onOpenReport={report === null ? null : () => toggle('report')}
        onEndTurn={() => void endTurn()}
        aiProgress={aiProgress}
      />
      {paused && (
        <p className="game-paused" role="status" data-testid="paused">
          {t('game.paused')}
        </p>
      )}
      {error !== null && (
        <p className="game-error" role="alert">
          {t('game.error', { message: error })}
        </p>
      )}
      {side === 'report' && report !== null && !over && <ReportPanel report={report} seat={seat} view={loaded.view} texts={loaded.texts} rules={loaded.rules} onClose={() => setSide(null)} />}
      {side === 'dossier' && <DossierPanel view={loaded.view} rules={loaded.rules} texts={loaded.texts} seat={seat} onClose={() => setSide(null)} />}
      {side === 'charts' && <ChartsPanel history={loaded.view.history} rules={loaded.rules} texts={loaded.texts} seat={seat} quarterLabel={quarterLabel} onClose={() => setSide(null)} />}
      {over && <GameOverPanel view={loaded.view} report={report} texts={loaded.texts} rules={loaded.rules} seat={seat} onExit={onExit} {...(exitLabel === undefined ? {} : { exitLabel })} />}
      {briefing !== null && loaded.view.quarter === loaded.view.startQuarter && !over && (
        <Dialog open title={t('game.briefing.title', { faction: loaded.texts[loaded.rules.factions[seat]?.name ?? ''] ?? seat })} onClose={() => onBriefingSeen?.()} footer={<Button variant="primary" onClick={() => onBriefingSeen?.()}>{t('game.briefing.start')}</Button>}>
          <p className="game-briefing" data-testid="seat-briefing">
            {loaded.texts[briefing] ?? briefing}
          </p>
        </Dialog>
      )}
      {overlay}
    </main>
  )
}
