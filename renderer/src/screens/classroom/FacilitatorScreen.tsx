/**
 * The facilitator's desk: every seat's position (or the whole game) on the map, who has
 * planned, and the lesson's controls: pause and resume, the turn timer, inject an event from
 * the data, move the tension track, undo the last quarter, end the game early, export the
 * debrief, and the presenter's screen for the projector.
 */
import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FacilitatorAction } from '../../../../app/protocol/contract'
import { gameText } from '../../i18n/i18n'
import { useSessionStore, useSession } from '../../session/SessionContext'
import { MapView } from '../../map/MapView'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { formatBn, formatNumber, quarterLabel } from '../game/format'
import type { QuarterReport, SeatView } from '../game/game-types'
import { mapFromView } from '../game/map-from-view'
import { downloadDebrief, type DebriefApi } from '../debrief/debrief-export'
import { TableHead } from '../../ui/TableHead'
import './classroom.css'

const TIMER_CHOICES = [null, 10, 45, 60, 90, 120, 180, 300] as const

interface Props {
  /** The debrief's export (the debrief's own call, not the session's). */
  debrief: DebriefApi
  onClose(): void
  onPresenter(): void
}

type Confirm = 'undo' | 'end-game' | null

const DebriefScreen = lazy(() => import('../debrief/DebriefScreen').then((m) => ({ default: m.DebriefScreen })))

export function FacilitatorScreen({ debrief, onClose, onPresenter }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const ids = useId()
  const session = useSessionStore()
  const game = useSession((s) => s.game)
  const [viewAs, setViewAs] = useState('facilitator')
  const followed = useSession((s) => (s.seat !== null && s.seat.id === viewAs ? s.seat : null))
  const texts = useSession((s) => s.texts)
  const [eventId, setEventId] = useState('')
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [confirm, setConfirm] = useState<Confirm>(null)
  const [busy, setBusy] = useState(false)
  const [debriefOpen, setDebriefOpen] = useState(false)

  // The session follows the seat shown (every seat's, or one seat's as the facilitator may see it) and keeps it current.
  useEffect(() => {
    void session.follow(viewAs, { plays: false })
    return () => session.unfollow()
  }, [session, viewAs])
  const failure = followed?.failure ?? null
  useEffect(() => {
    if (failure !== null) setMessage({ kind: 'error', text: failure })
  }, [failure])
  const read = useMemo<SeatView | null>(() => (followed === null || followed.view === null || followed.rules === null ? null : { ...followed.view, rules: followed.rules }), [followed?.view, followed?.rules])
  const readReport = followed?.report ?? null
  // The map keeps showing the last seat read while the next one loads (no blank map between two seats).
  const [shown, setShown] = useState<{ view: SeatView; report: QuarterReport | null } | null>(null)
  if (read !== null && (shown === null || shown.view !== read || shown.report !== readReport)) setShown({ view: read, report: readReport })
  const view = shown?.view ?? null
  const report = shown?.report ?? null

  useEffect(() => {
    document.documentElement.dataset.ready = 'facilitator'
    return () => {
      if (document.documentElement.dataset.ready === 'facilitator') delete document.documentElement.dataset.ready
    }
  }, [])

  const act = async (action: FacilitatorAction, done: string): Promise<void> => {
    setBusy(true)
    try {
      const result = await session.facilitate(action)
      if (!result.ok) return setMessage({ kind: 'error', text: result.message })
      setMessage({ kind: 'ok', text: done })
    } finally {
      setBusy(false)
    }
  }

  const model = useMemo(() => (view === null ? null : mapFromView(view, texts, report)), [view, texts, report])
  const events = useMemo(
    () =>
      view === null
        ? []
        : Object.values(view.rules.events)
            .map((e) => ({ id: e.id, name: gameText(e.name, e.id), historical: e.historical }))
            .sort((a, b) => a.name.localeCompare(b.name)),
    [view],
  )
  const factionName = (id: string): string => gameText(`faction.${id}.name`, id)
  const eventName = events.find((e) => e.id === eventId)?.name ?? eventId

  return (
    <main className="facilitator map-screen" data-testid="facilitator">
      {model !== null && (
        <MapView
          model={model}
          heading={
            <div className="facilitator__heading">
              <strong className="facilitator__role">{t('classroom.facilitator.title')}</strong>
              <span>{game === null ? '' : quarterLabel(game.quarter)}</span>
              {game?.paused === true && <span className="facilitator__badge">{t('classroom.facilitator.pausedBadge')}</span>}
              {game?.over === true && <span className="facilitator__badge">{t('classroom.facilitator.overBadge')}</span>}
            </div>
          }
          toolbar={
            <>
              <label className="facilitator__view-as">
                <span>{t('classroom.facilitator.viewAs')}</span>
                <select className="ui-input" value={viewAs} onChange={(e) => setViewAs(e.target.value)} data-testid="view-as">
                  <option value="facilitator">{t('classroom.facilitator.everyone')}</option>
                  {game?.seats.map((s) => (
                    <option key={s.faction} value={s.faction}>
                      {factionName(s.faction)} — {s.name}
                    </option>
                  ))}
                </select>
              </label>
              <Button variant="ghost" onClick={onPresenter}>
                {t('classroom.handOff.presenter')}
              </Button>
              <Button variant="ghost" onClick={onClose} data-testid="facilitator-close">
                {t('classroom.facilitator.close')}
              </Button>
            </>
          }
        />
      )}
      <aside className="facilitator__controls ui-panel" aria-label={t('classroom.facilitator.controls')}>
        <h2>{t('classroom.facilitator.controls')}</h2>
        {message !== null && (
          <p className={message.kind === 'error' ? 'ui-field__error' : 'facilitator__done'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="facilitator-message">
            {message.text}
          </p>
        )}
        <div className="facilitator__row">
          {game?.paused === true ? (
            <Button variant="primary" disabled={busy} onClick={() => void act({ kind: 'resume' }, t('classroom.facilitator.resumed'))}>
              {t('classroom.facilitator.resume')}
            </Button>
          ) : (
            <Button disabled={busy || game?.over === true} onClick={() => void act({ kind: 'pause' }, t('classroom.facilitator.pausedDone'))}>
              {t('classroom.facilitator.pause')}
            </Button>
          )}
        </div>
        <div className="ui-field">
          <label htmlFor={`${ids}-timer`} className="ui-field__label">
            {t('classroom.facilitator.timer')}
          </label>
          <select
            id={`${ids}-timer`}
            className="ui-input"
            value={game?.turnSeconds ?? ''}
            disabled={busy || game?.over === true}
            onChange={(e) => {
              const seconds = e.target.value === '' ? null : Number(e.target.value)
              void act({ kind: 'set-timer', seconds }, t('classroom.facilitator.timerSet'))
            }}
          >
            {TIMER_CHOICES.map((s) => (
              <option key={s ?? 'off'} value={s ?? ''}>
                {s === null ? t('classroom.timer.off') : t('classroom.timer.seconds', { count: s })}
              </option>
            ))}
          </select>
        </div>
        <div className="ui-field">
          <label htmlFor={`${ids}-event`} className="ui-field__label">
            {t('classroom.facilitator.inject')}
          </label>
          <select id={`${ids}-event`} className="ui-input facilitator__event" value={eventId} onChange={(e) => setEventId(e.target.value)} data-testid="inject-event">
            <option value="">{t('classroom.facilitator.pickEvent')}</option>
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} {e.historical ? t('classroom.facilitator.historical') : t('classroom.facilitator.plausible')}
              </option>
            ))}
          </select>
          <Button disabled={busy || eventId === '' || game?.over === true} onClick={() => void act({ kind: 'inject-event', event: eventId }, t('classroom.facilitator.injected', { event: eventName }))} data-testid="inject-event-go">
            {t('classroom.facilitator.injectGo')}
          </Button>
        </div>
        <div className="ui-field">
          <span className="ui-field__label">{t('classroom.facilitator.tension', { tension: formatNumber(view?.tension ?? 0, false, 0) })}</span>
          <div className="facilitator__row" role="group" aria-label={t('classroom.facilitator.tensionGroup')}>
            {[-10, -5, 5, 10].map((delta) => (
              <Button key={delta} disabled={busy || game?.over === true} onClick={() => void act({ kind: 'adjust-tension', delta }, t('classroom.facilitator.tensionDone', { delta: formatNumber(delta, true, 0) }))}>
                {formatNumber(delta, true, 0)}
              </Button>
            ))}
          </div>
        </div>
        <div className="facilitator__row">
          <Button disabled={busy} onClick={() => setConfirm('undo')} data-testid="undo-quarter">
            {t('classroom.facilitator.undo')}
          </Button>
          <Button variant="danger" disabled={busy || game?.over === true} onClick={() => setConfirm('end-game')}>
            {t('classroom.facilitator.endGame')}
          </Button>
        </div>
        <div className="facilitator__row">
          <Button onClick={() => setDebriefOpen(true)} data-testid="open-debrief">
            {t('classroom.debrief.open')}
          </Button>
          <Button onClick={() => void downloadDebrief(debrief).then((r) => setMessage(r === null ? { kind: 'ok', text: t('classroom.debrief.exported') } : { kind: 'error', text: r }))} data-testid="export-debrief">
            {t('classroom.debrief.export')}
          </Button>
        </div>
        <h2>{t('classroom.facilitator.seats')}</h2>
        <table className="facilitator__seats" data-testid="facilitator-seats">
          <TableHead columns={[{ label: t('classroom.facilitator.seat') }, { label: t('classroom.facilitator.status') }, { label: t('classroom.facilitator.cash'), num: true }, { label: t('classroom.facilitator.vp'), num: true }]} />
          <tbody>
            {game?.seats.map((s) => {
              const f = view?.factions[s.faction]
              return (
                <tr key={s.faction}>
                  <th scope="row">
                    {factionName(s.faction)}
                    <span className="facilitator__who">{s.controller === 'ai' ? t('classroom.facilitator.ai') : s.name}</span>
                  </th>
                  <td>{s.controller === 'ai' ? '—' : s.ended ? t('classroom.handOff.planned') : t('classroom.handOff.toPlan')}</td>
                  <td className="num">{f?.private !== null && f?.private !== undefined ? formatBn(f.private.cashBn) : '—'}</td>
                  <td className="num">{f !== undefined ? `${formatNumber(f.public.vp)} / ${formatNumber(f.public.par)}` : '—'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </aside>
      <Dialog
        open={confirm !== null}
        title={confirm === 'undo' ? t('classroom.facilitator.undoTitle') : t('classroom.facilitator.endTitle')}
        onClose={() => setConfirm(null)}
        footer={
          <>
            <Button variant="ghost" onClick={() => setConfirm(null)}>
              {t('planner.form.cancel')}
            </Button>
            <Button
              variant={confirm === 'end-game' ? 'danger' : 'primary'}
              data-testid="confirm-action"
              onClick={() => {
                const action = confirm
                setConfirm(null)
                if (action === 'undo') void act({ kind: 'undo' }, t('classroom.facilitator.undone'))
                if (action === 'end-game') void act({ kind: 'end-game' }, t('classroom.facilitator.ended'))
              }}
            >
              {confirm === 'undo' ? t('classroom.facilitator.undo') : t('classroom.facilitator.endGame')}
            </Button>
          </>
        }
      >
        <p>{confirm === 'undo' ? t('classroom.facilitator.undoText') : t('classroom.facilitator.endText')}</p>
      </Dialog>
      {debriefOpen && (
        <Suspense fallback={null}>
          <DebriefScreen api={debrief} onClose={() => setDebriefOpen(false)} />
        </Suspense>
      )}
    </main>
  )
}
