/**
 * The end screen, full-screen over the map: who won and why (the scenario's end or the
 * crisis, the score against par, the margin), every faction's standing, its objectives with
 * the final quarter's points and its best and worst quarters, the whole game's charts, and
 * the way back to the menu. A modal dialog: focus starts on it and Tab stays inside.
 */
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuarterReport, SeatView } from './game-types'
import { useSound } from '../../audio/use-sound'
import { GameChartsLoader } from '../../charts/ChartsPanel'
import { Button } from '../../ui/Button'
import { trapTab } from '../../ui/Dialog'
import { formatNumber, quarterLabel } from './format'
import { finale, type Standing } from './game-over-model'
import { TableHead } from '../../ui/TableHead'
import './game-over.css'

interface Props {
  view: Omit<SeatView, 'rules'>
  report: QuarterReport | null
  rules: SeatView['rules']
  texts: Record<string, string>
  seat: string
  onExit(): void
  /** The exit button's text (default "Back to menu"). */
  exitLabel?: string
}

export function GameOverPanel({ view, report, rules, texts, seat, onExit, exitLabel }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const play = useSound()
  const end = finale(view, report, rules, texts, seat)
  const titleId = useId()
  const root = useRef<HTMLElement>(null)
  useEffect(() => root.current?.querySelector<HTMLButtonElement>('.finale__exit')?.focus(), [])

  const onKeyDown = (event: React.KeyboardEvent): void => trapTab(event, root.current)

  const youWon = end !== null && end.winner === seat
  const crisis = end?.reason === 'crisis'
  // A facilitator's stop (`stopped`), where the engine has it.
  const reason: string | undefined = end?.reason
  const stopped = reason === 'stopped'
  const verdict = end === null || end.winner === null ? t('game.over.noWinner') : t('game.over.winner', { winner: end.winnerName })
  const why =
    end === null
      ? ''
      : crisis
        ? end.tension >= end.crisisTension
          ? t('game.over.crisisWhy', { quarter: quarterLabel(end.quarter), tension: formatNumber(end.tension, false, 0), crisis: end.crisisTension, penalty: end.crisisPenaltyVp })
          : t('game.over.crisisCalled', { quarter: quarterLabel(end.quarter), penalty: end.crisisPenaltyVp })
        : stopped
          ? t('game.over.stoppedWhy', { quarter: quarterLabel(end.quarter) })
          : end.quarter < view.endQuarter
            ? t('game.over.endEarly', { quarter: quarterLabel(end.quarter) })
            : t('game.over.endWhy', { quarter: quarterLabel(end.quarter) })
  const winnerStanding = end?.standings.find((s) => s.winner) ?? null
  const howWon =
    winnerStanding === null
      ? t('game.over.scoreRule')
      : end?.margin !== null && end?.margin !== undefined && end.runnerUpName !== null
        ? t('game.over.winnerMargin', { winner: winnerStanding.name, score: formatNumber(winnerStanding.score, true), vp: formatNumber(winnerStanding.vp), par: formatNumber(winnerStanding.par), margin: formatNumber(end.margin), runnerUp: end.runnerUpName })
        : t('game.over.winnerScore', { winner: winnerStanding.name, score: formatNumber(winnerStanding.score, true), vp: formatNumber(winnerStanding.vp), par: formatNumber(winnerStanding.par) })
  const you = end?.standings.find((s) => s.you) ?? null

  return (
    <section
      ref={root}
      className={`finale${crisis ? ' finale--crisis' : ''}${youWon ? ' finale--victory' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      data-testid="game-over"
      onKeyDown={onKeyDown}
    >
      <div className="finale__inner">
        <header className="finale__hero">
          <p className="finale__eyebrow">{youWon ? t('game.over.victory') : crisis ? t('game.over.crisisEyebrow') : t('game.over.finalEyebrow', { quarter: quarterLabel(end?.quarter ?? view.quarter) })}</p>
          <h2 id={titleId} className="finale__title">
            {t('game.over.title')}
          </h2>
          <p className="finale__verdict" data-testid="game-over-verdict">
            {verdict}
          </p>
          <p className="finale__why">
            {why} {howWon}
          </p>
          {you !== null && (
            <p className="finale__you" data-testid="game-over-you">
              {t('game.over.yourPlace', { rank: you.rank, count: end?.standings.length ?? 0, score: formatNumber(you.score, true), vp: formatNumber(you.vp), par: formatNumber(you.par) })}
            </p>
          )}
        </header>

        <div className="finale__grid">
          <section className="finale__card" aria-labelledby={`${titleId}-standings`}>
            <h3 id={`${titleId}-standings`}>{t('game.over.standings')}</h3>
            <table className="finale__table" data-testid="game-over-standings">
              <TableHead columns={[{ label: t('game.over.rank'), num: true }, { label: t('game.over.faction') }, { label: t('game.over.vp'), num: true }, { label: t('game.over.par'), num: true }, { label: t('game.over.score'), num: true }]} />
              <tbody>
                {(end?.standings ?? []).map((s) => (
                  <tr key={s.id} className={`${s.you ? 'game-over__you' : ''}${s.winner ? ' finale__winner-row' : ''}`}>
                    <td className="num">{s.rank}</td>
                    <th scope="row">
                      {s.name}
                      {s.winner && <span className="finale__tag finale__tag--winner">{t('game.over.winnerTag')}</span>}
                      {s.you && <span className="finale__tag">{t('game.over.youTag')}</span>}
                      {!s.seated && <span className="finale__tag finale__tag--muted">{t('game.over.notSeated')}</span>}
                    </th>
                    <td className="num">{formatNumber(s.vp)}</td>
                    <td className="num">{formatNumber(s.par)}</td>
                    <td className={`num ${s.score >= 0 ? 'pos' : 'neg'}`}>{formatNumber(s.score, true)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="finale__note">{t('game.over.scoreRule')}</p>
          </section>

          <section className="finale__card finale__card--charts" aria-labelledby={`${titleId}-charts`}>
            <h3 id={`${titleId}-charts`}>{t('game.over.charts')}</h3>
            <GameChartsLoader history={view.history} rules={rules} texts={texts} seat={seat} quarterLabel={quarterLabel} height={300} initialChart="vp" />
          </section>
        </div>

        <section className="finale__objectives" aria-labelledby={`${titleId}-objectives`}>
          <h3 id={`${titleId}-objectives`}>{t('game.over.objectives')}</h3>
          <p className="finale__note">{t('game.over.objectivesNote', { quarter: quarterLabel(end?.quarter ?? view.quarter) })}</p>
          <div className="finale__factions">
            {(end?.standings ?? []).map((s) => (
              <FactionCard key={s.id} standing={s} />
            ))}
          </div>
        </section>

        <footer className="finale__footer">
          <Button
            variant="primary"
            className="finale__exit"
            onClick={() => {
              play('click')
              onExit()
            }}
          >
            {exitLabel ?? t('game.backToMenu')}
          </Button>
        </footer>
      </div>
    </section>
  )
}

function FactionCard({ standing: s }: { standing: Standing }): React.JSX.Element {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <article className={`finale__faction${s.you ? ' finale__faction--you' : ''}${s.winner ? ' finale__faction--winner' : ''}`} aria-labelledby={headingId} data-testid={`game-over-faction-${s.id}`}>
      <header>
        <h4 id={headingId}>
          {s.rank}. {s.name}
        </h4>
        <span className={s.score >= 0 ? 'pos' : 'neg'}>{formatNumber(s.score, true)}</span>
      </header>
      {s.objectives.length === 0 ? (
        <p className="finale__note">{t('game.over.noObjectives')}</p>
      ) : (
        <table className="finale__table finale__table--small">
          <TableHead columns={[{ label: t('game.over.objective') }, { label: t('game.over.weight'), num: true }, { label: t('game.over.lastQuarter'), num: true }]} />
          <tbody>
            {s.objectives.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.name}</th>
                <td className="num">{formatNumber(o.weight, false, 2)}</td>
                <td className={`num ${o.lastQuarter === null ? '' : o.lastQuarter >= 0 ? 'pos' : 'neg'}`}>{o.lastQuarter === null ? '—' : formatNumber(o.lastQuarter, true, 2)}</td>
              </tr>
            ))}
            {s.crisisPenalty !== null && (
              <tr>
                <th scope="row">{t('game.over.crisisPenalty')}</th>
                <td />
                <td className="num neg">{formatNumber(s.crisisPenalty, true, 2)}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      <dl className="finale__facts">
        <div>
          <dt>{t('game.over.totalVp')}</dt>
          <dd>{t('game.over.vpOfPar', { vp: formatNumber(s.vp), par: formatNumber(s.par) })}</dd>
        </div>
        {s.best !== null && (
          <div>
            <dt>{t('game.over.bestQuarter')}</dt>
            <dd>
              {quarterLabel(s.best.quarter)} ({formatNumber(s.best.gained, true)})
            </dd>
          </div>
        )}
        {s.worst !== null && s.perQuarter.length > 1 && (
          <div>
            <dt>{t('game.over.worstQuarter')}</dt>
            <dd>
              {quarterLabel(s.worst.quarter)} ({formatNumber(s.worst.gained, true)})
            </dd>
          </div>
        )}
      </dl>
    </article>
  )
}
