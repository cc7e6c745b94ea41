/**
 * The screen between two people at a hot-seat computer. It shows only public facts (the
 * quarter, who has planned, the timer) and names who is next: "Pass to China — Alice". Their
 * seat opens only when they confirm, with their code if one was set. The facilitator's desk
 * (with its own code) and the presenter's screen open from here; at the end of the game, the
 * results and the debrief.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { gameText } from '../../i18n/i18n'
import { useSessionStore, useSession } from '../../session/SessionContext'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { quarterLabel } from '../game/format'
import { clockText } from '../game/TurnClock'
import { downloadDebrief, type DebriefApi } from '../debrief/debrief-export'
import { codeComplete, nextSeat } from './hot-seat'
import './classroom.css'
import { CodeInput } from '../../ui/CodeInput'

interface Props {
  /** The debrief's export (the debrief's own call, not the session's). */
  debrief: DebriefApi
  onSeat(seat: string): void
  onFacilitator(): void
  onPresenter(): void
  onExit(): void
}

const DebriefScreen = lazy(() => import('../debrief/DebriefScreen').then((m) => ({ default: m.DebriefScreen })))

const factionName = (faction: string): string => gameText(`faction.${faction}.name`, faction)

export function HandOffScreen({ debrief, onSeat, onFacilitator, onPresenter, onExit }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const ids = useId()
  const session = useSessionStore()
  const [read, setRead] = useState(false)
  const known = useSession((s) => s.game)
  // Shown once read afresh here (the session keeps the game current after that).
  const game = read ? known : null
  const [code, setCode] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [facilitatorOpen, setFacilitatorOpen] = useState(false)
  const [facilitatorCode, setFacilitatorCode] = useState('')
  const [facilitatorProblem, setFacilitatorProblem] = useState<string | null>(null)
  const [debriefOpen, setDebriefOpen] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    let live = true
    void Promise.all([session.refreshGame(), session.loadTexts()]).then(([result]) => {
      if (live && result.ok) setRead(true)
    })
    return () => {
      live = false
    }
  }, [session])

  const next = game === null ? null : nextSeat(game)
  const ready = game !== null
  const nextFaction = next?.faction ?? null
  // Each new person (or the end) gets the heading focused, so a screen reader announces who is next.
  useEffect(() => {
    if (!ready) return
    document.documentElement.dataset.ready = nextFaction === null ? 'hand-off' : `hand-off:${nextFaction}`
    headingRef.current?.focus()
    return () => {
      if (document.documentElement.dataset.ready?.startsWith('hand-off') === true) delete document.documentElement.dataset.ready
    }
  }, [ready, nextFaction])

  const open = async (): Promise<void> => {
    if (next === null) return
    setBusy(true)
    setProblem(null)
    try {
      const claimed = await session.claimSeat(next.hasCode ? { seat: next.faction, code, handOff: true } : { seat: next.faction, handOff: true })
      if (!claimed.ok) {
        setProblem(claimed.code === 'seat/wrong_code' ? t('classroom.handOff.wrongCode') : claimed.message)
        setCode('')
        return
      }
      onSeat(next.faction)
    } finally {
      setBusy(false)
    }
  }

  const openFacilitator = async (): Promise<void> => {
    const claimed = await session.claimSeat(game?.facilitatorCode === true ? { seat: 'facilitator', code: facilitatorCode } : { seat: 'facilitator' })
    if (!claimed.ok) {
      setFacilitatorProblem(claimed.code === 'seat/wrong_code' ? t('classroom.handOff.wrongCode') : claimed.message)
      setFacilitatorCode('')
      return
    }
    setFacilitatorOpen(false)
    onFacilitator()
  }

  const people = game?.seats.filter((s) => s.controller === 'human') ?? []
  const codeId = `${ids}-code`
  const problemId = `${ids}-problem`
  return (
    <main className="hand-off menu-screen" data-testid="hand-off" data-next={next?.faction ?? ''}>
      <section className="hand-off__card ui-panel" aria-labelledby={`${ids}-title`}>
        {game === null ? (
          <p role="status">{t('classroom.handOff.loading')}</p>
        ) : game.over ? (
          <>
            <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1} className="hand-off__title">
              {t('classroom.handOff.over')}
            </h1>
            <p className="hand-off__lead">{t('classroom.handOff.overLead')}</p>
            <div className="hand-off__actions">
              <Button variant="primary" onClick={onPresenter} data-testid="show-results">
                {t('classroom.handOff.results')}
              </Button>
              <Button onClick={() => setDebriefOpen(true)} data-testid="open-debrief">
                {t('classroom.debrief.open')}
              </Button>
              <Button onClick={() => void downloadDebrief(debrief).then((r) => r !== null && setProblem(r))} data-testid="export-debrief">
                {t('classroom.debrief.export')}
              </Button>
            </div>
            {debriefOpen && (
              <Suspense fallback={null}>
                <DebriefScreen api={debrief} onClose={() => setDebriefOpen(false)} />
              </Suspense>
            )}
          </>
        ) : next === null ? (
          <p role="status" className="hand-off__lead">
            {t('classroom.handOff.resolving')}
          </p>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault()
              void open()
            }}
          >
            <p className="hand-off__quarter">{t('classroom.handOff.quarter', { quarter: quarterLabel(game.quarter) })}</p>
            <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1} className="hand-off__title" data-testid="hand-off-title">
              {t('classroom.handOff.passTo', { faction: factionName(next.faction), name: next.name })}
            </h1>
            <p className="hand-off__lead">{t('classroom.handOff.lead', { name: next.name })}</p>
            {game.turnSeconds !== null && <p className="hand-off__timer">{t('classroom.handOff.timer', { time: clockText(game.turnSeconds) })}</p>}
            {game.paused && (
              <p className="hand-off__paused" role="status">
                {t('classroom.handOff.paused')}
              </p>
            )}
            {next.hasCode && (
              <div className="ui-field hand-off__code">
                <label htmlFor={codeId} className="ui-field__label">
                  {t('classroom.handOff.code', { name: next.name })}
                </label>
                <CodeInput
                  id={codeId}
                  className="ui-input hand-off__code-input"
                  value={code}
                  aria-invalid={problem !== null}
                  aria-describedby={problem !== null ? problemId : undefined}
                  onDigits={setCode}
                  autoFocus
                />
              </div>
            )}
            {problem !== null && (
              <p id={problemId} className="ui-field__error" role="alert">
                {problem}
              </p>
            )}
            <Button type="submit" variant="primary" className="hand-off__go" disabled={busy || game.paused || (next.hasCode && !codeComplete(code))} data-testid="hand-off-confirm">
              {t('classroom.handOff.confirm', { name: next.name, faction: factionName(next.faction) })}
            </Button>
          </form>
        )}
        {game !== null && people.length > 0 && (
          <ul className="hand-off__people" aria-label={t('classroom.handOff.progress')}>
            {people.map((p) => (
              <li key={p.faction} className={p.ended ? 'hand-off__done' : p.faction === next?.faction ? 'hand-off__next' : undefined}>
                <span aria-hidden="true">{p.ended ? '✓' : p.faction === next?.faction ? '▶' : '·'}</span> {factionName(p.faction)} — {p.name}
                <span className="visually-hidden">{p.ended ? t('classroom.handOff.planned') : t('classroom.handOff.toPlan')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <footer className="hand-off__footer">
        <Button variant="ghost" onClick={() => setFacilitatorOpen(true)} data-testid="open-facilitator">
          {t('classroom.handOff.facilitator')}
        </Button>
        <Button variant="ghost" onClick={onPresenter} data-testid="open-presenter">
          {t('classroom.handOff.presenter')}
        </Button>
        <Button variant="ghost" onClick={onExit}>
          {t('classroom.handOff.menu')}
        </Button>
      </footer>
      <Dialog
        open={facilitatorOpen}
        title={t('classroom.handOff.facilitatorTitle')}
        onClose={() => setFacilitatorOpen(false)}
        footer={
          <Button variant="primary" disabled={game?.facilitatorCode === true && !codeComplete(facilitatorCode)} onClick={() => void openFacilitator()} data-testid="facilitator-confirm">
            {t('classroom.handOff.facilitatorOpen')}
          </Button>
        }
      >
        {game?.facilitatorCode === true ? (
          <div className="ui-field">
            <label htmlFor={`${ids}-fcode`} className="ui-field__label">
              {t('classroom.handOff.facilitatorCode')}
            </label>
            <CodeInput id={`${ids}-fcode`} value={facilitatorCode} onDigits={setFacilitatorCode} onComplete={() => void openFacilitator()} />
          </div>
        ) : (
          <p>{t('classroom.handOff.facilitatorNoCode')}</p>
        )}
        {facilitatorProblem !== null && (
          <p className="ui-field__error" role="alert">
            {facilitatorProblem}
          </p>
        )}
      </Dialog>
    </main>
  )
}
