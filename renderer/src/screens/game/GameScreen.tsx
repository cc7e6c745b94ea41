/**
 * The in-game screen: the world map drawn from the seat's view, a HUD over it (quarter,
 * cash, action points, VP against par, tension, the turn timer), the order planner, the
 * quarter report, the chip dossier and the charts on the right, and the end screen.
 * Mounted by the menu (one person) or by the hot-seat session after each hand-off, keyed by
 * the seat, so nothing of one seat outlives its turn.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSound } from '../../audio/use-sound'
import { ChartsPanel } from '../../charts/ChartsPanel'
import type { MapHandle } from '../../map/map-handle'
import type { MapTarget } from '../../map/map-model'
import { MapView } from '../../map/MapView'
import { isLocked, NO_GAME } from '../../session/session-store'
import { useSessionStore, useSession } from '../../session/SessionContext'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { DossierPanel } from './dossier/DossierPanel'
import { quarterLabel } from './format'
import { EndTurnPanel, GameHud } from './GameHud'
import { GameOverPanel } from './GameOverPanel'
import { mapFromView } from './map-from-view'
import type { PlanContext } from './planner/order-forms'
import { PlanPanel } from './planner/PlanPanel'
import { ReportPanel } from './ReportPanel'
import { TurnClock } from './TurnClock'
import './game.css'

type Side = 'report' | 'dossier' | 'charts' | null

interface Props {
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

export function GameScreen({ seat, onExit, handOff = false, onTurnEnded, briefing = null, onBriefingSeen, overlay = null, exitLabel }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const play = useSound()
  const session = useSessionStore()
  const game = useSession((s) => s.game)
  const followed = useSession((s) => (s.seat !== null && s.seat.id === seat ? s.seat : null))
  const phase = useSession((s) => s.phase)
  const aiProgress = useSession((s) => s.aiProgress)
  const texts = useSession((s) => s.texts)
  const locked = useSession(isLocked)
  const [side, setSide] = useState<Side>(null)
  const [error, setError] = useState<string | null>(null)
  const [planOpen, setPlanOpen] = useState(true)
  const turnEnded = useRef(false)

  // The session follows this seat while the screen shows it, and drops it when the screen goes (a hot-seat hand-off keeps nothing).
  useEffect(() => {
    let live = true
    void session.follow(seat, { plays: true }).then(() => {
      // A hot-seat person sits down to the report of the quarter they missed.
      if (live && handOff && (session.state.getState().seat?.report ?? null) !== null) setSide('report')
    })
    return () => {
      live = false
      session.unfollow()
    }
  }, [session, seat, handOff])

  // Each quarter resolved for this seat opens its report.
  const resolved = followed?.resolved ?? 0
  const seenResolved = useRef(0)
  useEffect(() => {
    if (resolved < seenResolved.current) seenResolved.current = resolved
    if (resolved === seenResolved.current) return
    seenResolved.current = resolved
    setSide('report')
    play('quarterResolved')
  }, [resolved, play])

  // Hot-seat: once this seat's turn has ended (the person's time ran out), the computer goes to the next person.
  const mineEnded = game?.seats.find((s) => s.faction === seat)?.ended === true
  useEffect(() => {
    if (!handOff || !mineEnded || turnEnded.current) return
    turnEnded.current = true
    onTurnEnded?.()
  }, [handOff, mineEnded, onTurnEnded])

  const view = followed?.view ?? null
  const rules = followed?.rules ?? null
  const report = followed?.report ?? null
  const over = game?.over === true || (view?.over ?? null) !== null
  const paused = game?.paused === true
  const planCtx = useMemo<PlanContext | null>(() => (view === null || rules === null ? null : { seat, view, rules, texts }), [view, rules, texts, seat])

  const endTurn = useCallback(async () => {
    if (locked || view === null) return
    setSide(null)
    play('endTurn')
    const result = await session.endTurn({ handOff })
    if (!result.ok) {
      setError(result.message)
      return
    }
    if (handOff && !turnEnded.current) {
      turnEnded.current = true
      onTurnEnded?.()
    }
  }, [session, locked, view, handOff, onTurnEnded, play])

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

  const model = useMemo(() => (view === null || rules === null ? null : mapFromView({ ...view, rules }, texts, report)), [view, rules, texts, report])

  // The region panel and the side panels share the right side: opening one closes the other.
  const onMapSelect = useCallback((target: MapTarget | null) => {
    if (target !== null) setSide(null)
  }, [])
  const onMapReady = useCallback((handle: MapHandle) => {
    // The same test handle the map harness exposes (test builds only): browser tests find regions on the canvas.
    if (__SC_TEST_HOOKS__) window.__scMap = handle
    document.documentElement.dataset.ready = 'game'
  }, [])
  useEffect(
    () => () => {
      if (document.documentElement.dataset.ready === 'game') delete document.documentElement.dataset.ready
      if (__SC_TEST_HOOKS__) delete window.__scMap
    },
    [],
  )
  const toggle = (panel: Exclude<Side, null>): void => setSide((s) => (s === panel ? null : panel))

  const failure = followed?.failure ?? null
  if (failure !== null && view === null) {
    return (
      <main className="game-screen game-screen--message" data-testid="game-screen">
        <p role="alert">{t('game.loadFailed', { message: failure === NO_GAME ? t('game.noGame') : failure })}</p>
        <Button onClick={onExit}>{t('game.backToMenu')}</Button>
      </main>
    )
  }
  if (view === null || rules === null || game === null || model === null) {
    return (
      <main className="game-screen game-screen--message" data-testid="game-screen" aria-busy="true">
        <p role="status">{t('game.loading')}</p>
      </main>
    )
  }

  const faction = view.factions[seat]
  const seatInfo = game.seats.find((s) => s.faction === seat)
  const shownError = error ?? failure
  return (
    <main className="game-screen map-screen" data-testid="game-screen" data-seat={seat} data-quarter={view.quarter} data-phase={phase}>
      <MapView
        model={model}
        onReady={onMapReady}
        onSelect={onMapSelect}
        heading={
          <GameHud
            seatName={texts[rules.factions[seat]?.name ?? ''] ?? seat}
            quarter={view.quarter}
            played={view.quarter - view.startQuarter}
            length={view.endQuarter - view.startQuarter + 1}
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
      {planCtx !== null && !over && <PlanPanel ctx={planCtx} open={planOpen} onToggle={() => setPlanOpen((o) => !o)} />}
      <EndTurnPanel
        phase={phase}
        waitingFor={game.waitingFor.filter((s) => s !== seat)}
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
      {shownError !== null && (
        <p className="game-error" role="alert">
          {t('game.error', { message: shownError })}
        </p>
      )}
      {side === 'report' && report !== null && !over && <ReportPanel report={report} seat={seat} view={view} texts={texts} rules={rules} onClose={() => setSide(null)} />}
      {side === 'dossier' && <DossierPanel view={view} rules={rules} texts={texts} seat={seat} onClose={() => setSide(null)} />}
      {side === 'charts' && <ChartsPanel history={view.history} rules={rules} texts={texts} seat={seat} quarterLabel={quarterLabel} onClose={() => setSide(null)} />}
      {over && <GameOverPanel view={view} report={report} texts={texts} rules={rules} seat={seat} onExit={onExit} {...(exitLabel === undefined ? {} : { exitLabel })} />}
      {briefing !== null && view.quarter === view.startQuarter && !over && (
        <Dialog open title={t('game.briefing.title', { faction: texts[rules.factions[seat]?.name ?? ''] ?? seat })} onClose={() => onBriefingSeen?.()} footer={<Button variant="primary" onClick={() => onBriefingSeen?.()}>{t('game.briefing.start')}</Button>}>
          <p className="game-briefing" data-testid="seat-briefing">
            {texts[briefing] ?? briefing}
          </p>
        </Dialog>
      )}
      {overlay}
    </main>
  )
}
