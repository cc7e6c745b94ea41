/**
 * The presenter's screen for the projector: the shared map from the public view (no seat's
 * secrets: any window may show it), the tension gauge, the last quarter's headlines and who is
 * still planning; at the end of the game, the results and the charts of the whole game.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GameApi, GameInfo } from '../../../../app/protocol/contract'
import { gameText } from '../../i18n/i18n'
import { MapView } from '../../map/MapView'
import { Button } from '../../ui/Button'
import { quarterLabel } from '../game/format'
import type { QuarterReport, Rules, SeatView } from '../game/game-types'
import { GameOverPanel } from '../game/GameOverPanel'
import { mapFromView } from '../game/map-from-view'
import { reportLines } from '../game/report-lines'
import { fetchView } from '../game/view-sync'
import { useGameTexts } from './use-game-texts'
import './classroom.css'

const PRESENTER = 'presenter'

export function PresenterScreen({ api, onClose }: { api: GameApi; onClose(): void }): React.JSX.Element {
  const { t } = useTranslation()
  const [game, setGame] = useState<GameInfo | null>(null)
  const [view, setView] = useState<SeatView | null>(null)
  const [report, setReport] = useState<QuarterReport | null>(null)
  const texts = useGameTexts(api)
  // The public ruleset, read once (it never changes during a game).
  const rulesRef = useRef<Rules | null>(null)

  const load = useCallback(async () => {
    const [g, v, r] = await Promise.all([api.getGame({}), fetchView(api, PRESENTER, rulesRef.current), api.getReport({ seat: PRESENTER })])
    if (v.ok) rulesRef.current = v.value.rules
    if (g.ok) setGame(g.value)
    if (v.ok) setView(v.value)
    setReport(r.ok ? r.value : null)
  }, [api])
  useEffect(() => {
    void load()
    const offStatus = api.on('gameStatus', ({ game: g, phase }) => {
      setGame(g)
      if (phase === 'planning') void load()
    })
    const offChanged = api.on('gameChanged', () => void load())
    return () => {
      offStatus()
      offChanged()
    }
  }, [api, load])
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
