/** The quarter's report: money with its causes, the seat's chip sales, events, reveals, policies, VP and tension. */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuarterReport, SeatView } from './game-types'
import { IconButton } from '../../ui/IconButton'
import { formatBn, formatNumber, quarterLabel } from './format'
import { reportLines } from './report-lines'
import { TableHead } from '../../ui/TableHead'

interface Props {
  report: QuarterReport
  seat: string
  view: Pick<SeatView, 'chips'>
  rules: SeatView['rules']
  texts: Record<string, string>
  onClose(): void
}

export function ReportPanel({ report, seat, view, rules, texts, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const lines = reportLines(report, seat, view, rules, texts)
  const ref = useRef<HTMLElement>(null)
  useEffect(() => ref.current?.focus(), [report])
  return (
    <section
      ref={ref}
      className="game-report ui-panel"
      aria-labelledby="game-report-title"
      data-testid="quarter-report"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      <header className="game-report__header">
        <h2 id="game-report-title">{t('game.report.title', { quarter: quarterLabel(report.quarter) })}</h2>
        <IconButton label={t('game.report.close')} icon="×" onClick={onClose} />
      </header>
      <div className="game-report__body">
        {lines.refused.length > 0 && (
          <>
            <h3>{t('game.report.refused')}</h3>
            <ul className="game-report__list" data-testid="report-refused">
              {lines.refused.map((r, i) => (
                <li key={i}>
                  {r.order} ({r.reason}): {r.message}
                </li>
              ))}
            </ul>
          </>
        )}
        {lines.notes.length > 0 && (
          <>
            <h3>{t('game.report.notes')}</h3>
            <ul className="game-report__list" data-testid="report-notes">
              {lines.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </>
        )}
        <h3>{t('game.report.money')}</h3>
        {lines.money.length === 0 ? (
          <p className="game-report__empty">{t('game.report.none')}</p>
        ) : (
          <table className="game-report__table">
            <TableHead columns={[{ label: t('game.report.cause') }, { label: t('game.report.counterparty') }, { label: t('game.report.amount'), num: true }]} />
            <tbody>
              {lines.money.map((m, i) => (
                <tr key={i}>
                  <td>{m.cause}</td>
                  <td>{m.counterparty}</td>
                  <td className={`num ${m.amountBn >= 0 ? 'pos' : 'neg'}`}>{formatBn(m.amountBn, true)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('game.report.net')}
                </th>
                <td className={`num ${lines.netBn >= 0 ? 'pos' : 'neg'}`}>{formatBn(lines.netBn, true)}</td>
              </tr>
            </tfoot>
          </table>
        )}

        <h3>{t('game.report.chips')}</h3>
        {lines.chips.length === 0 ? (
          <p className="game-report__empty">{t('game.report.noChips')}</p>
        ) : (
          <ul className="game-report__list">
            {lines.chips.map((c) => (
              <li key={c.chip}>
                {t('game.report.chipLine', { chip: c.chip, units: formatNumber(c.units, false, 0), price: formatNumber(c.priceUsd, false, 0), revenue: formatBn(c.revenueBn) })}
                {c.buyers.length > 0 && (
                  <ul className="game-report__buyers" aria-label={t('game.report.buyers', { chip: c.chip })}>
                    {c.buyers.map((b) => (
                      <li key={b.pool}>
                        {b.pool}: {formatBn(b.spentBn)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}

        {lines.events.length > 0 && (
          <>
            <h3>{t('game.report.news')}</h3>
            <ul className="game-report__news" data-testid="report-news">
              {lines.events.map((e, i) => (
                <li key={i} className={`game-news${e.asksYou ? ' game-news--asks' : ''}`}>
                  <p className="game-news__head">
                    <strong>{e.name}</strong>
                    <span className={`game-news__badge${e.historical ? ' game-news__badge--historical' : ''}`}>{e.historical ? t('game.report.historical') : t('game.report.plausible')}</span>
                  </p>
                  {e.description !== null && e.description !== '' && <p className="game-news__text">{e.description}</p>}
                  {e.target !== null && <p className="game-news__meta">{t('game.report.concerns', { party: e.target })}</p>}
                  {e.asksYou && <p className="game-news__asks">{t('game.report.asksYou')}</p>}
                  {e.sources.length > 0 && (
                    <details className="game-news__sources">
                      <summary>{t('game.report.sources', { count: e.sources.length })}</summary>
                      <ul>
                        {e.sources.map((s, j) => (
                          <li key={j}>
                            {s.publisher}, “{s.title}”, {s.date}
                            {s.url !== null && <span className="game-news__url"> · {s.url}</span>}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {lines.policies.length > 0 && (
          <>
            <h3>{t('game.report.policies')}</h3>
            <ul className="game-report__list">
              {lines.policies.map((p, i) => (
                <li key={i}>{p.change === 'enacted' ? t('game.report.enacted', { policy: p.policy, by: p.by }) : t('game.report.repealed', { policy: p.policy, by: p.by })}</li>
              ))}
            </ul>
          </>
        )}
        {lines.reveals.length > 0 && (
          <>
            <h3>{t('game.report.reveals')}</h3>
            <ul className="game-report__list">
              {lines.reveals.map((r, i) => (
                <li key={i}>{t('game.report.revealLine', { chip: r.chip, how: r.how, delta: formatNumber(r.reputationDelta, true) })}</li>
              ))}
            </ul>
          </>
        )}

        <h3>{t('game.report.vp')}</h3>
        {lines.vp.length === 0 ? (
          <p className="game-report__empty">{t('game.report.none')}</p>
        ) : (
          <table className="game-report__table">
            <tbody>
              {lines.vp.map((v, i) => (
                <tr key={i}>
                  <td>{v.objective}</td>
                  <td className={`num ${v.points >= 0 ? 'pos' : 'neg'}`}>{formatNumber(v.points, true, 2)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('game.report.vpTotal')}</th>
                <td className="num">{formatNumber(lines.vpTotal, true, 2)}</td>
              </tr>
            </tfoot>
          </table>
        )}

        <h3>{t('game.report.tension', { from: formatNumber(lines.tension.from), to: formatNumber(lines.tension.to) })}</h3>
        {lines.tension.causes.length > 0 && (
          <ul className="game-report__list">
            {lines.tension.causes.map((c, i) => (
              <li key={i}>
                {c.cause}: {formatNumber(c.delta, true)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
