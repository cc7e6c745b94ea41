/**
 * The presenter's screen for the projector: the shared map from the public view (no seat's
 * secrets: any window may show it), the tension gauge, the last quarter's headlines and who is
 * still planning; at the end of the game, the results and the charts of the whole game.
 */
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { gameText } from '../../i18n/i18n'
import { MapView } from '../../map/MapView'
import { useSessionStore, useSession } from '../../session/SessionContext'
import { Button } from '../../ui/Button'
import { quarterLabel } from '../game/format'
import type { SeatView } from '../game/game-types'
import { GameOverPanel } from '../game/GameOverPanel'
import { mapFromView } from '../game/map-from-view'
import { reportLines } from '../game/report-lines'
import './classroom.css'

const PRESENTER = 'presenter'

export function PresenterScreen({ onClose }: { onClose(): void }): React.JSX.Element {
  const { t } = useTranslation()
  const session = useSessionStore()
  const game = useSession((s) => s.game)
  const followed = useSession((s) => (s.seat !== null && s.seat.id === PRESENTER ? s.seat : null))
  const texts = useSession((s) => s.texts)
  // The session follows the public view and reads it again as quarters resolve and the facilitator changes the game.
  useEffect(() => {
    void session.follow(PRESENTER, { plays: false })
    return () => session.unfollow()
  }, [session])
  const view = useMemo<SeatView | null>(() => (followed === null || followed.view === null || followed.rules === null ? null : { ...followed.view, rules: followed.rules }), [followed?.view, followed?.rules])
  const report = followed?.report ?? null
  useEffect(() => {
    document.documentElement.dataset.ready = 'presenter'
    return () => {
      if (document.documentElement.dataset.ready === 'presenter') delete document.documentElement.dataset.ready
    }
  }, [])

  const model = useMemo(() => (view === null ? null : mapFromView(view, texts, report)), [view, texts, report])
  const lines = useMemo(() => (view === null || report === null ? null : reportLines(report, PRESENTER, view, view.rules, texts)), [view, report, texts])
  if (view === null || model === null || game === null) return <main className="presenter menu-screen" aria-busy="true" data-testid="presenter" />
  const { rules, ...body } = view
  const planning = game.seats.filter((s) => s.controller === 'human' && !s.ended)
  return (
    <main className="presenter map-screen" data-testid="presenter">
      <MapView
        model={model}
        heading={
          <div className="presenter__heading">
            <strong className="presenter__quarter">{quarterLabel(game.quarter)}</strong>
            <span>{gameText(rules.scenarios[game.scenarioId]?.name, game.scenarioId)}</span>
          </div>
        }
        toolbar={
          <Button variant="ghost" onClick={onClose} data-testid="presenter-close">
            {t('classroom.presenter.close')}
          </Button>
        }
      />
      {!game.over && (
        <aside className="presenter__news ui-panel" aria-label={t('classroom.presenter.headlines')}>
          <h2>{t('classroom.presenter.headlines')}</h2>
          {lines === null || (lines.events.length === 0 && lines.policies.length === 0) ? (
            <p className="presenter__quiet">{t('classroom.presenter.quiet')}</p>
          ) : (
            <ul className="presenter__headlines">
              {lines.policies.map((p, i) => (
                <li key={`p${i}`}>{p.change === 'enacted' ? t('game.report.enacted', { policy: p.policy, by: p.by }) : t('game.report.repealed', { policy: p.policy, by: p.by })}</li>
              ))}
              {lines.events.map((e, i) => (
                <li key={`e${i}`}>
                  <strong>{e.name}</strong>
                  {e.description !== null && e.description !== '' && <span className="presenter__text"> — {e.description}</span>}
                </li>
              ))}
            </ul>
          )}
          {lines !== null && <p className="presenter__tension">{t('game.report.tension', { from: lines.tension.from, to: lines.tension.to })}</p>}
          {planning.length > 0 && <p className="presenter__planning">{t('classroom.presenter.planning', { names: planning.map((s) => s.name).join(', ') })}</p>}
          {game.paused && <p className="presenter__paused">{t('game.paused')}</p>}
        </aside>
      )}
      {game.over && <GameOverPanel view={body} report={report} texts={texts} rules={rules} seat={PRESENTER} onExit={onClose} exitLabel={t('classroom.presenter.backToHandOff')} />}
    </main>
  )
}
