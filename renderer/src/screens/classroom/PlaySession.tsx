/**
 * Playing a started or loaded game. One person: straight to their seat. Several people at one
 * computer (or any codes set): a hot-seat session. Between two people a hand-off screen names
 * who is next and shows nothing of anyone's plans; the next seat's view loads only after they
 * confirm (with their code, if set). The game screen is keyed by the seat and unmounted at
 * each hand-off, so nothing of the previous seat stays in the DOM, the canvas or React state.
 * The facilitator's desk and the presenter's screen open from the hand-off screen.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import type { GameInfo, ScenarioSummary } from '../../../../app/protocol/contract'
import { useTranslation } from 'react-i18next'
import { useSessionStore } from '../../session/SessionContext'
import { Button } from '../../ui/Button'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { HandOffScreen } from './HandOffScreen'
import { isHotSeat } from './hot-seat'
import type { DebriefApi } from '../debrief/debrief-export'

const GameScreen = lazy(() => import('../game/GameScreen').then((m) => ({ default: m.GameScreen })))
const FacilitatorScreen = lazy(() => import('./FacilitatorScreen').then((m) => ({ default: m.FacilitatorScreen })))
const PresenterScreen = lazy(() => import('./PresenterScreen').then((m) => ({ default: m.PresenterScreen })))

type Mode =
  | { kind: 'loading' }
  | { kind: 'single'; seat: string }
  | { kind: 'hand-off' }
  | { kind: 'seat'; seat: string }
  | { kind: 'facilitator' }
  | { kind: 'presenter' }
  | { kind: 'failed'; message: string }

interface Props {
  /** The debrief's export (the debrief's own call, not the session's). */
  debrief: DebriefApi
  /** The seat the menu claimed for this window (one-person games), or null. */
  seat: string | null
  onExit(): void
}

export function PlaySession({ debrief, seat, onExit }: Props): React.JSX.Element {
  const session = useSessionStore()
  const [mode, setMode] = useState<Mode>({ kind: 'loading' })
  const [scenario, setScenario] = useState<ScenarioSummary | null>(null)
  /** Seats that have read their briefing (kept for the session, not the seat's secrets). */
  const [briefed, setBriefed] = useState<ReadonlySet<string>>(new Set())

  useEffect(() => {
    let live = true
    void (async () => {
      const game = await session.refreshGame()
      if (!live) return
      if (!game.ok || game.value === null) return setMode({ kind: 'failed', message: game.ok ? 'No game is running.' : game.message })
      const info: GameInfo = game.value
      const played = await session.scenarioOf(info)
      if (!live) return
      setScenario(played)
      if (!isHotSeat(info) && seat !== null) return setMode({ kind: 'single', seat })
      if (!isHotSeat(info)) {
        // Resuming a one-person game (e.g. after a reload): this window takes that person's seat again.
        const person = info.seats.find((s) => s.controller === 'human')
        const claimed = person === undefined ? null : await session.claimSeat({ seat: person.faction })
        if (!live) return
        if (person !== undefined && claimed?.ok === true) return setMode({ kind: 'single', seat: person.faction })
      }
      // A hot-seat window holds no seat between people.
      if (seat !== null) await session.releaseSeat()
      if (live) setMode({ kind: 'hand-off' })
    })()
    return () => {
      live = false
    }
  }, [session, seat])

  const toHandOff = useCallback(() => setMode({ kind: 'hand-off' }), [])
  const briefingOf = (faction: string): string | null => (briefed.has(faction) ? null : (scenario?.seats.find((s) => s.faction === faction)?.briefing ?? null))

  switch (mode.kind) {
    case 'loading':
      return <main className="menu-screen" aria-busy="true" />
    case 'failed':
      return (
        <main className="menu-screen">
          <p role="alert">{mode.message}</p>
        </main>
      )
    case 'single':
      return (
        <Loaded onBack={onExit}>
          <GameScreen
            seat={mode.seat}
            onExit={onExit}
            briefing={briefingOf(mode.seat)}
            onBriefingSeen={() => setBriefed((b) => new Set(b).add(mode.seat))}
          />
        </Loaded>
      )
    case 'hand-off':
      return (
        <HandOffScreen
          debrief={debrief}
          onSeat={(next) => setMode({ kind: 'seat', seat: next })}
          onFacilitator={() => setMode({ kind: 'facilitator' })}
          onPresenter={() => setMode({ kind: 'presenter' })}
          onExit={onExit}
        />
      )
    case 'seat':
      return (
        <Loaded onBack={onExit}>
          <GameScreen
            key={mode.seat}
            seat={mode.seat}
            handOff
            onTurnEnded={toHandOff}
            onExit={() => void session.releaseSeat().then(toHandOff)}
            briefing={briefingOf(mode.seat)}
            onBriefingSeen={() => setBriefed((b) => new Set(b).add(mode.seat))}
          />
        </Loaded>
      )
    case 'facilitator':
      return (
        <Loaded onBack={onExit}>
          <FacilitatorScreen debrief={debrief} onClose={() => void session.releaseSeat().then(toHandOff)} onPresenter={() => setMode({ kind: 'presenter' })} />
        </Loaded>
      )
    case 'presenter':
      return (
        <Loaded onBack={onExit}>
          <PresenterScreen onClose={toHandOff} />
        </Loaded>
      )
  }
}

/** A lazily loaded screen: nothing while it arrives, and a way back if it cannot (an interrupted download, a changed build). */
function Loaded({ children, onBack }: { children: React.ReactNode; onBack(): void }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <ErrorBoundary
      fallback={
        <main className="menu-screen game-screen--message">
          <p role="alert">{t('game.screenFailed')}</p>
          <Button onClick={() => window.location.reload()}>{t('game.reload')}</Button>
          <Button variant="ghost" onClick={onBack}>
            {t('game.backToMenu')}
          </Button>
        </main>
      }
    >
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  )
}
