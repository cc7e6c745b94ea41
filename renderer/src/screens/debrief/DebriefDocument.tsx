/**
 * The debrief as a document: the cover (scenario, period, winner, who played), the outcome and
 * standings, the race in charts, the key moments, every quarter (what each side ordered and what
 * came of it), what really happened beside the game, and every source. Words come from the
 * `debrief.*` locale keys (`debrief-words.ts`), names from the game data's texts
 * (`DebriefNames`). The same component is the debrief screen's body and, rendered with
 * `renderToStaticMarkup`, the exported offline page (`debrief-page.tsx`): plain elements, inline
 * SVG charts, no script, no image, styles from `debrief.css` scoped under `.debrief`.
 */
import { Trans } from 'react-i18next'
import type { Debrief, DebriefHistoryItem, DebriefQuarter, DebriefSeatQuarter, DebriefSource } from '../../../../app/protocol'
import { LineChart, safeColor } from './DebriefChart'
import type { DebriefNames } from './debrief-names'
import {
  causeText,
  changeText,
  choiceText,
  citationText,
  figureWords,
  historyDescription,
  howText,
  inGameText,
  interventionText,
  limitText,
  momentTag,
  momentWords,
  orderText,
  realDateText,
  reasonText,
  resultText,
  tensionCauseText,
  warningText,
} from './debrief-words'

interface Props {
  debrief: Debrief
  names: DebriefNames
}

/** Only plain http(s) addresses become links; anything else is shown as text. */
function SourceLink({ url }: { url: string | null }): React.JSX.Element | null {
  if (url === null) return null
  if (/^https?:\/\/[^\s<>"'`]+$/i.test(url))
    return (
      <>
        {' '}
        <a href={url} rel="noreferrer noopener">
          {url}
        </a>
      </>
    )
  return (
    <>
      {' '}
      <span className="url">{url}</span>
    </>
  )
}

function confidenceText(n: DebriefNames, confidence: 'high' | 'med' | 'low'): string {
  return confidence === 'high' ? n.t('debrief.sources.high') : confidence === 'med' ? n.t('debrief.sources.med') : n.t('debrief.sources.low')
}

function SourceLine({ source, n }: { source: DebriefSource; n: DebriefNames }): React.JSX.Element {
  return (
    <>
      {source.publisher}, <cite>{source.title}</cite>, {source.date}
      {source.confidence !== null && (
        <>
          {' '}
          <span className={`conf conf-${source.confidence}`}>{confidenceText(n, source.confidence)}</span>
        </>
      )}
      <SourceLink url={source.url} />
    </>
  )
}

function SourceList({ sources, n }: { sources: readonly DebriefSource[]; n: DebriefNames }): React.JSX.Element {
  if (sources.length === 0) return <span className="muted">{n.t('debrief.sources.noneForItem')}</span>
  return (
    <ul className="src">
      {sources.map((s, i) => (
        <li key={i}>
          <SourceLine source={s} n={n} />
        </li>
      ))}
    </ul>
  )
}

function Swatch({ color }: { color: string }): React.JSX.Element {
  return <span className="dot" style={{ background: safeColor(color) }} />
}

function Cover({ debrief: d, names: n }: Props): React.JSX.Element {
  const t = n.t
  const o = d.outcome
  const winner = o.standings.find((s) => s.faction === o.winner)
  const seatColor = new Map(d.seats.map((s) => [s.faction, s.color]))
  const description = n.description('scenario', d.scenario.id)
  return (
    <>
      <header className="cover">
        <p className="kicker">{t('debrief.kicker')}</p>
        <h1>{n.name('scenario', d.scenario.id)}</h1>
        {description !== null && <p className="lede">{description}</p>}
        <p className="meta">
          <span>{t('debrief.meta.period', { start: n.quarter(d.scenario.start), end: n.quarter(d.scenario.end) })}</span>
          <span>{t('debrief.meta.played', { played: n.num(d.scenario.quartersPlayed), planned: n.num(d.scenario.quartersPlanned) })}</span>
          <span>{t('debrief.meta.seed', { seed: d.seed })}</span>
          <span>{t('debrief.meta.generated', { when: n.generated(d.generatedAt) })}</span>
        </p>
        {o.winner === null ? (
          <p className="winner">
            <span className="label">{o.reason === null ? t('debrief.winner.inProgress') : t('debrief.winner.none')}</span> {reasonText(n, o)}
          </p>
        ) : (
          <p className="winner">
            <Swatch color={seatColor.get(o.winner) ?? '#777777'} />
            <span className="label">{t('debrief.winner.label')}</span> <strong>{n.faction(o.winner)}</strong>
            {winner !== undefined && (
              <>
                {' '}
                <span className="score">{t('debrief.winner.score', { score: n.signed(winner.score) })}</span>
              </>
            )}
            <span className="why">{reasonText(n, o)}</span>
          </p>
        )}
        <ul className="seats">
          {d.seats.map((s) => (
            <li key={s.faction}>
              <Swatch color={s.color} />
              <strong>{n.faction(s.faction)}</strong> <span className={s.controller === 'ai' ? 'ai' : 'person'}>{playerText(n, s)}</span>
            </li>
          ))}
        </ul>
        {d.warnings.length > 0 && (
          <div className="warning" role="alert">
            <strong>{t('debrief.warningsTitle')}</strong>
            <ul>
              {d.warnings.map((w, i) => (
                <li key={i}>{warningText(n, w)}</li>
              ))}
            </ul>
          </div>
        )}
      </header>
      <nav className="toc">
        <a href="#outcome">{t('debrief.toc.outcome')}</a>
        <a href="#charts">{t('debrief.toc.charts')}</a>
        <a href="#moments">{t('debrief.toc.moments')}</a>
        <a href="#quarters">{t('debrief.toc.quarters')}</a>
        <a href="#history">{t('debrief.toc.history')}</a>
        <a href="#sources">{t('debrief.toc.sources')}</a>
      </nav>
    </>
  )
}

/** Who played a seat: the person's name, or `AI (hard)`. */
export function playerText(n: DebriefNames, seat: Debrief['seats'][number]): string {
  if (seat.player !== null) return seat.player
  const difficulty = seat.difficulty === 'easy' ? n.t('debrief.difficulty.easy') : seat.difficulty === 'hard' ? n.t('debrief.difficulty.hard') : n.t('debrief.difficulty.normal')
  return n.t('debrief.seat.ai', { difficulty })
}

function Outcome({ debrief: d, names: n }: Props): React.JSX.Element {
  const t = n.t
  const seats = new Map(d.seats.map((s) => [s.faction, s]))
  const maxAbs = Math.max(1e-9, ...d.outcome.standings.map((s) => Math.abs(s.score)))
  return (
    <section id="outcome">
      <h2>{t('debrief.outcome.title')}</h2>
      <p>
        <Trans t={t} i18nKey="debrief.outcome.intro" values={{ reason: reasonText(n, d.outcome) }} components={{ em: <em /> }} />
      </p>
      <table className="standings">
        <thead>
          <tr>
            <th className="num">#</th>
            <th>{t('debrief.outcome.side')}</th>
            <th>{t('debrief.outcome.playedBy')}</th>
            <th className="num">{t('debrief.outcome.vp')}</th>
            <th className="num">{t('debrief.outcome.par')}</th>
            <th className="num">{t('debrief.outcome.score')}</th>
            <th>{t('debrief.outcome.objectives')}</th>
          </tr>
        </thead>
        <tbody>
          {d.outcome.standings.map((s) => {
            const seat = seats.get(s.faction)
            const width = Math.round((Math.abs(s.score) / maxAbs) * 50)
            return (
              <tr key={s.faction} className={s.faction === d.outcome.winner ? 'won' : undefined}>
                <td className="num">{s.rank}</td>
                <td>
                  <Swatch color={seat?.color ?? '#777777'} />
                  <strong>{n.faction(s.faction)}</strong>
                </td>
                <td>{seat === undefined ? '' : playerText(n, seat)}</td>
                <td className="num">{n.num(s.vp, 1)}</td>
                <td className="num">{n.num(s.par, 1)}</td>
                <td className="num score-cell">
                  <strong>{n.signed(s.score)}</strong>
                  <span className="bar">
                    <span className={s.score >= 0 ? 'pos' : 'neg'} style={{ width: `${width}%` }} />
                  </span>
                </td>
                <td className="small">
                  {(seat?.objectives ?? []).map((o, i) => (
                    <span key={o.objective}>
                      {i > 0 && <br />}
                      {n.name('objective', o.objective)} <span className="muted">×{n.upTo(o.weight, 3)}</span>
                    </span>
                  ))}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}

function Charts({ debrief: d, names: n }: Props): React.JSX.Element {
  const t = n.t
  const s = d.series
  if (s.quarters.length === 0) {
    return (
      <section id="charts">
        <h2>{t('debrief.charts.title')}</h2>
        <p className="muted">{t('debrief.charts.none')}</p>
      </section>
    )
  }
  const labels = s.quarters.map((q) => n.quarter(q))
  const line = (id: string): string => (id === 'others' ? t('debrief.charts.others') : n.faction(id))
  return (
    <section id="charts">
      <h2>{t('debrief.charts.title')}</h2>
      <div className="charts">
        <LineChart
          title={t('debrief.charts.tension.title')}
          subtitle={t('debrief.charts.tension.subtitle')}
          xLabels={labels}
          series={[{ name: t('debrief.charts.tension.series'), color: '#b03a2e', values: s.tension }]}
          format={(v) => n.num(v)}
          yMin={0}
          yMax={100}
          bands={[{ from: 75, to: 100, color: '#c0392b', label: t('debrief.charts.tension.band') }]}
          rules={[{ value: 75, label: t('debrief.charts.tension.rule'), color: '#c0392b' }]}
          noLegend
        />
        <LineChart
          title={t('debrief.charts.score.title')}
          subtitle={t('debrief.charts.score.subtitle')}
          xLabels={labels}
          series={s.scoreVsPar.map((l) => ({ ...l, name: line(l.id) }))}
          format={(v) => n.signed(v, Math.abs(v) < 10 && v % 1 !== 0 ? 1 : 0)}
        />
        <LineChart
          title={t('debrief.charts.domestic.title')}
          subtitle={t('debrief.charts.domestic.subtitle')}
          xLabels={labels}
          series={[
            { name: t('debrief.charts.domestic.cards'), color: '#e67e22', values: s.chinaDomesticCardShare },
            { name: t('debrief.charts.domestic.installed'), color: '#c0392b', values: s.chinaDomesticShare },
          ]}
          format={(v) => n.pct(v)}
          yMin={0}
        />
        <LineChart
          title={t('debrief.charts.ratio.title')}
          subtitle={t('debrief.charts.ratio.subtitle')}
          xLabels={labels}
          series={[{ name: t('debrief.charts.ratio.series'), color: '#2f5fb3', values: s.computeRatio }]}
          format={(v) => t('debrief.format.times', { value: n.num(v, v < 10 && v % 1 !== 0 ? 1 : 0) })}
          yMin={0}
          noLegend
        />
      </div>
      <div className="charts wide">
        <LineChart
          title={t('debrief.charts.makers.title')}
          subtitle={t('debrief.charts.makers.subtitle')}
          xLabels={labels}
          series={s.computeByMaker.map((l) => ({ ...l, name: line(l.id) }))}
          format={(v) => n.compact(v)}
          yMin={0}
          width={1000}
          height={320}
        />
      </div>
    </section>
  )
}

function Moments({ debrief: d, names: n }: Props): React.JSX.Element {
  const t = n.t
  if (d.keyMoments.length === 0) {
    return (
      <section id="moments">
        <h2>{t('debrief.moments.title')}</h2>
        <p className="muted">{t('debrief.moments.none')}</p>
      </section>
    )
  }
  return (
    <section id="moments">
      <h2>{t('debrief.moments.title')}</h2>
      <p className="muted">{t('debrief.moments.intro')}</p>
      <ol className="timeline">
        {d.keyMoments.map((m, i) => {
          const words = momentWords(n, m, d.outcome)
          return (
            <li key={i} className={`moment k-${m.kind}`}>
              <span className="when">{n.quarter(m.quarter)}</span>
              <span className="tag">{momentTag(n, m.kind)}</span>
              <div className="what">
                <strong>{words.title}</strong>
                <p>{words.detail}</p>
                {words.cause !== '' && <p className="cause">{t('debrief.moments.cause', { cause: words.cause })}</p>}
              </div>
            </li>
          )
        })}
      </ol>
    </section>
  )
}

function SeatRow({ s, color, n }: { s: DebriefSeatQuarter; color: string; n: DebriefNames }): React.JSX.Element {
  const t = n.t
  const top = s.cash.byCause.slice(0, 4)
  const rest = s.cash.byCause.length - top.length
  const business = [
    ...s.production.filter((p) => p.units > 0).map((p) => (
      <>
        {t('debrief.seat.made', { units: n.count(p.units), chip: n.chip(p.chip) })}
        {p.limitedBy !== 'none' && (
          <>
            {' '}
            <span className="muted">{t('debrief.seat.limitedBy', { what: limitText(n, p.limitedBy) })}</span>
          </>
        )}
      </>
    )),
    ...s.sales.filter((p) => p.units > 0).map((p) => t('debrief.seat.sold', { units: n.count(p.units), chip: n.chip(p.chip), money: n.money(p.revenueBn) })),
    ...s.purchases.map((p) =>
      [
        t('debrief.seat.bought', { units: n.count(p.units), chip: n.chip(p.chip), seller: n.faction(p.seller) }),
        p.grey ? t('debrief.seat.grey') : '',
        p.seized > 0 ? t('debrief.seat.seized', { seized: n.count(p.seized) }) : '',
      ].join(''),
    ),
    ...s.decisions.map((e) => t('debrief.seat.asked', { event: n.name('event', e.event) })),
  ]
  return (
    <tr>
      <th scope="row">
        <Swatch color={color} />
        {n.faction(s.faction)}
      </th>
      <td>
        {s.orders.length === 0 ? (
          <span className="muted">{t('debrief.seat.noOrders')}</span>
        ) : (
          <ul className="orders">
            {s.orders.map((o, i) =>
              o.status === 'accepted' ? (
                <li key={i} className="ok">
                  <span className="mark" aria-label={t('debrief.seat.accepted')}>
                    ✓
                  </span>
                  {orderText(n, o)}
                  {o.result !== null && (
                    <>
                      {' '}
                      <span className="result">{t('debrief.seat.result', { result: resultText(n, o.result) })}</span>
                    </>
                  )}
                </li>
              ) : (
                <li key={i} className="no">
                  <span className="mark" aria-label={t('debrief.seat.refused')}>
                    ✗
                  </span>
                  {orderText(n, o)}
                  <span className="refusal">
                    {t('debrief.seat.refusal', { message: o.refusal?.message ?? '' })} <code>{o.refusal?.code ?? ''}</code>
                  </span>
                </li>
              ),
            )}
          </ul>
        )}
      </td>
      <td>
        <div className={`net ${s.cash.netBn >= 0 ? 'pos' : 'neg'}`}>
          {s.cash.netBn >= 0 ? '+' : ''}
          {n.money(s.cash.netBn)}
        </div>
        <ul className="cash">
          {top.map((c) => (
            <li key={c.cause}>
              <span>{causeText(n, c.cause)}</span>
              <span>
                {c.inBn > 0 && <span className="pos">+{n.money(c.inBn)}</span>}
                {c.inBn > 0 && c.outBn > 0 && ' '}
                {c.outBn > 0 && <span className="neg">−{n.money(c.outBn)}</span>}
              </span>
            </li>
          ))}
          {rest > 0 && <li className="muted">{t('debrief.seat.more', { count: rest })}</li>}
        </ul>
      </td>
      <td>
        <div className="net">{t('debrief.seat.vp', { vp: n.num(s.vpTotal, 2) })}</div>
        <ul className="vp">
          {s.vp.map((v) => (
            <li key={v.objective}>
              <span>{n.name('objective', v.objective)}</span>
              <span>{n.num(v.points, 2)}</span>
            </li>
          ))}
        </ul>
      </td>
      <td>
        {business.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="biz">
            {business.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  )
}

function QuarterBlock({ q, colors, open, n }: { q: DebriefQuarter; colors: Map<string, string>; open: boolean; n: DebriefNames }): React.JSX.Element {
  const t = n.t
  const refused = q.seats.reduce((sum, s) => sum + s.orders.filter((o) => o.status === 'refused').length, 0)
  const summary = [
    t('debrief.quarter.tension', { from: n.num(q.tension.from), to: n.num(q.tension.to) }),
    t('debrief.quarter.events', { count: q.events.length }),
    t('debrief.quarter.policies', { count: q.policies.length }),
    ...(refused > 0 ? [t('debrief.quarter.refused', { count: refused })] : []),
    ...(q.interventions.length > 0 ? [t('debrief.quarter.facilitator')] : []),
    ...(q.stopped ? [t('debrief.quarter.ended')] : []),
  ]
  return (
    <details className="quarter" open={open}>
      <summary>
        <span className="q">{n.quarter(q.index)}</span>
        <span className="sum">{summary.join(' · ')}</span>
      </summary>
      <div className="qbody">
        {q.interventions.length > 0 && (
          <div className="box facilitator">
            <h4>{t('debrief.quarter.theFacilitator')}</h4>
            <ul>
              {q.interventions.map((i, k) => (
                <li key={k}>
                  {t('debrief.quarter.intervention', { move: interventionText(n, i), from: n.num(i.tensionFrom), to: n.num(i.tensionTo) })}
                  {i.policies.length > 0 && `; ${i.policies.map((p) => t('debrief.quarter.policyChange', { change: changeText(n, p.change), policy: n.name('policy', p.policy) })).join(', ')}`}
                  {i.failed !== null && (
                    <>
                      {' '}
                      <span className="neg">{t('debrief.quarter.didNotApply', { reason: i.failed })}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="cols3">
          <div className="box">
            <h4>{t('debrief.quarter.eventsTitle')}</h4>
            {q.events.length === 0 ? (
              <p className="muted">{t('debrief.quarter.noEvents')}</p>
            ) : (
              <ul>
                {q.events.map((e, k) => {
                  const description = n.description('event', e.id)
                  return (
                    <li key={k}>
                      <strong>{n.name('event', e.id)}</strong>
                      {e.historical && (
                        <>
                          {' '}
                          <span className="pill">{t('debrief.quarter.historical')}</span>
                        </>
                      )}
                      {e.target !== null && (
                        <>
                          {' '}
                          <span className="muted">{t('debrief.quarter.for', { target: n.faction(e.target) })}</span>
                        </>
                      )}
                      {description !== null && (
                        <>
                          <br />
                          <span className="small">{description}</span>
                        </>
                      )}
                      {e.choice !== null && (
                        <>
                          <br />
                          <span className="small">{t('debrief.quarter.choice', { choice: choiceText(n, e.id, e.choice) })}</span>
                        </>
                      )}
                    </li>
                  )
                })}
              </ul>
            )}
          </div>
          <div className="box">
            <h4>{t('debrief.quarter.policiesTitle')}</h4>
            {q.policies.length === 0 ? (
              <p className="muted">{t('debrief.quarter.noPolicies')}</p>
            ) : (
              <ul>
                {q.policies.map((p, k) => (
                  <li key={k}>
                    <span className={`pill ${p.change === 'enacted' ? 'on' : 'off'}`}>{changeText(n, p.change)}</span> <strong>{n.name('policy', p.policy)}</strong>
                    {p.control && (
                      <>
                        {' '}
                        <span className="pill ctl">{t('debrief.quarter.control')}</span>
                      </>
                    )}{' '}
                    <span className="muted">{t('debrief.quarter.by', { by: n.by(p.by) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="box">
            <h4>{t('debrief.quarter.tensionTitle', { from: n.num(q.tension.from), to: n.num(q.tension.to) })}</h4>
            {q.tension.causes.length === 0 ? (
              <p className="muted">{t('debrief.quarter.noChange')}</p>
            ) : (
              <ul>
                {q.tension.causes.map((c, k) => (
                  <li key={k}>
                    <span className={c.delta > 0 ? 'neg' : 'pos'}>{n.signed(c.delta, Math.abs(c.delta) % 1 === 0 ? 0 : 1)}</span> {tensionCauseText(n, c.cause)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        {q.reveals.length > 0 && (
          <div className="box">
            <h4>{t('debrief.quarter.reveals')}</h4>
            <ul>
              {q.reveals.map((r, k) => (
                <li key={k}>
                  {n.chip(r.chip)} <span className="muted">{r.to === null ? t('debrief.quarter.revealedBy', { how: howText(n, r.how) }) : t('debrief.quarter.revealedByTo', { how: howText(n, r.how), to: n.faction(r.to) })}</span>
                  {r.reputationDelta < 0 && (
                    <>
                      {' '}
                      <span className="neg">{t('debrief.quarter.reputation', { delta: n.signed(r.reputationDelta, 1) })}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        {q.seats.length > 0 && (
          <table className="seats-q">
            <colgroup>
              <col className="c-side" />
              <col className="c-orders" />
              <col className="c-cash" />
              <col className="c-vp" />
              <col className="c-biz" />
            </colgroup>
            <thead>
              <tr>
                <th>{t('debrief.outcome.side')}</th>
                <th>{t('debrief.quarter.orders')}</th>
                <th>{t('debrief.quarter.money')}</th>
                <th>{t('debrief.quarter.vp')}</th>
                <th>{t('debrief.quarter.business')}</th>
              </tr>
            </thead>
            <tbody>
              {q.seats.map((s) => (
                <SeatRow key={s.faction} s={s} color={colors.get(s.faction) ?? '#777777'} n={n} />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </details>
  )
}

function Quarters({ debrief: d, names: n }: Props): React.JSX.Element {
  const t = n.t
  const colors = new Map(d.seats.map((s) => [s.faction, s.color]))
  return (
    <section id="quarters">
      <h2>{t('debrief.quarters.title')}</h2>
      <p className="muted screen-only">{t('debrief.quarters.intro')}</p>
      {d.quarters.length === 0 ? (
        <p className="muted">{t('debrief.quarters.none')}</p>
      ) : (
        d.quarters.map((q, i) => <QuarterBlock key={q.index} q={q} colors={colors} open={i === 0 && d.quarters.length === 1} n={n} />)
      )}
    </section>
  )
}

function historyStatus(item: DebriefHistoryItem): string {
  return item.gameQuarter === null ? 'not' : item.quartersOff === 0 ? 'same' : 'diff'
}

function History({ debrief: d, names: n }: Props): React.JSX.Element {
  const t = n.t
  const h = d.history
  return (
    <section id="history">
      <h2>{t('debrief.history.title', { from: n.quarter(h.period.from), to: n.quarter(h.period.to) })}</h2>
      <p>{t('debrief.history.intro')}</p>
      {h.figures.length > 0 && (
        <>
          <h3>{t('debrief.history.figures')}</h3>
          <div className="figures">
            {h.figures.map((f) => {
              const words = figureWords(n, f)
              return (
                <article key={f.id} className="figure">
                  <h4>{words.label}</h4>
                  <dl>
                    <dt>{t('debrief.history.inReality')}</dt>
                    <dd>{words.real}</dd>
                    <dt>{t('debrief.history.inThisGame')}</dt>
                    <dd>{words.game}</dd>
                  </dl>
                  <p className="caveat">{words.caveat}</p>
                  <div className="small">
                    <SourceList sources={f.sources} n={n} />
                  </div>
                </article>
              )
            })}
          </div>
        </>
      )}
      <h3>{t('debrief.history.items')}</h3>
      {h.inForceAtStart.length > 0 && (
        <p className="small">
          <strong>{t('debrief.history.atStart')}</strong> {t('debrief.history.atStartList', { policies: h.inForceAtStart.map((p) => t('debrief.history.atStartItem', { policy: n.name('policy', p.id), date: p.realDate ?? '—' })).join('; ') })}
        </p>
      )}
      {h.items.length === 0 ? (
        <p className="muted">{t('debrief.history.none')}</p>
      ) : (
        <table className="history">
          <thead>
            <tr>
              <th>{t('debrief.history.realDate')}</th>
              <th>{t('debrief.history.what')}</th>
              <th>{t('debrief.history.inGame')}</th>
              <th>{t('debrief.history.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {h.items.map((item) => {
              const description = historyDescription(n, item)
              return (
                <tr key={`${item.kind}:${item.id}`} className={`h-${historyStatus(item)}`}>
                  <td className="date">{realDateText(n, item)}</td>
                  <td>
                    <span className="pill">{item.kind === 'event' ? t('debrief.history.event') : t('debrief.history.policy')}</span> <strong>{n.name(item.kind, item.id)}</strong>
                    {description !== null && (
                      <>
                        <br />
                        <span className="small">{description}</span>
                      </>
                    )}
                  </td>
                  <td className="ingame">{inGameText(n, item)}</td>
                  <td className="small">
                    <SourceList sources={item.sources} n={n} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}

function Sources({ debrief: d, names: n }: Props): React.JSX.Element {
  const t = n.t
  if (d.sources.length === 0) {
    return (
      <section id="sources">
        <h2>{t('debrief.sources.title')}</h2>
        <p className="muted">{t('debrief.sources.none')}</p>
      </section>
    )
  }
  return (
    <section id="sources">
      <h2>{t('debrief.sources.title')}</h2>
      <p className="muted">{t('debrief.sources.intro')}</p>
      <ol className="sources">
        {d.sources.map((s, i) => (
          <li key={i}>
            <SourceLine source={s} n={n} />
            <br />
            <span className="small muted">{t('debrief.sources.for', { what: [...new Set(s.citedFor.map((c) => citationText(n, c, d.history.figures)))].join('; ') })}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}

function Footer({ debrief: d, names: n }: Props): React.JSX.Element {
  const t = n.t
  const r = d.replay
  return (
    <footer>
      <p>
        {r.divergedAt !== null
          ? t('debrief.footer.diverged', { quarter: n.quarter(r.divergedAt) })
          : r.finalStateMatches
            ? t('debrief.footer.replayedSame', { matched: r.matched, entries: r.entries })
            : t('debrief.footer.replayed', { matched: r.matched, entries: r.entries })}
      </p>
      <p>{t('debrief.footer.madeBy', { format: d.format, version: d.version })}</p>
    </footer>
  )
}

/** The whole debrief, as one `<main class="debrief">`. */
export function DebriefDocument({ debrief, names }: Props): React.JSX.Element {
  return (
    <main className="debrief" lang={names.language}>
      <Cover debrief={debrief} names={names} />
      <Outcome debrief={debrief} names={names} />
      <Charts debrief={debrief} names={names} />
      <Moments debrief={debrief} names={names} />
      <Quarters debrief={debrief} names={names} />
      <History debrief={debrief} names={names} />
      <Sources debrief={debrief} names={names} />
      <Footer debrief={debrief} names={names} />
    </main>
  )
}
