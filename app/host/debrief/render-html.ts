/**
 * The debrief as one self-contained HTML page a teacher can open offline in any browser,
 * project or print: inline CSS, inline SVG charts, no script, no font, no image, nothing
 * fetched (a Content-Security-Policy meta forbids every load). Every text from the debrief
 * is HTML-escaped (mods can put anything in texts); source URLs appear as plain links only
 * when they are http(s) addresses.
 */
import type {
  Debrief,
  DebriefHistoryItem,
  DebriefKeyMoment,
  DebriefQuarter,
  DebriefSeatQuarter,
  DebriefSource,
} from './debrief-types'
import { esc, lineChart, safeColor } from './svg-chart'

/** The page's Content-Security-Policy: nothing may load from anywhere. */
export const DEBRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/** The debrief as pretty JSON (the same data as the page). */
export function debriefJson(debrief: Debrief): string {
  return `${JSON.stringify(debrief, null, 2)}\n`
}

function money(bn: number): string {
  const sign = bn < 0 ? '−' : ''
  const a = Math.abs(bn)
  return `${sign}$${a >= 100 ? Math.round(a).toLocaleString('en-US') : a >= 10 ? a.toFixed(1) : a.toFixed(2)}bn`
}

function num(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

function signed(n: number, digits = 2): string {
  const text = Math.abs(n).toFixed(digits)
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text
}

function compact(n: number): string {
  const a = Math.abs(n)
  if (a >= 1e6) return `${(n / 1e6).toFixed(a >= 1e7 ? 0 : 1)}m`
  if (a >= 1e3) return `${(n / 1e3).toFixed(a >= 1e4 ? 0 : 1)}k`
  return num(n)
}

function generatedText(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  const hh = String(d.getUTCHours()).padStart(2, '0')
  const mm = String(d.getUTCMinutes()).padStart(2, '0')
  return `${d.getUTCDate()} ${months[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`
}

/** A link for an http(s) URL, or the text alone. */
function link(url: string | null): string {
  if (url === null) return ''
  if (/^https?:\/\/[^\s<>"'`]+$/i.test(url)) return ` <a href="${esc(url)}" rel="noreferrer noopener">${esc(url)}</a>`
  return ` <span class="url">${esc(url)}</span>`
}

function sourceLine(s: DebriefSource): string {
  const conf = s.confidence === null ? '' : ` <span class="conf conf-${esc(s.confidence)}">${esc(s.confidence)}</span>`
  return `${esc(s.publisher)}, <cite>${esc(s.title)}</cite>, ${esc(s.date)}${conf}${link(s.url)}`
}

function sourceList(sources: readonly DebriefSource[]): string {
  if (sources.length === 0) return '<span class="muted">no source in the data</span>'
  return `<ul class="src">${sources.map((s) => `<li>${sourceLine(s)}</li>`).join('')}</ul>`
}

function swatch(color: string): string {
  return `<span class="dot" style="background:${safeColor(color)}"></span>`
}

const MOMENT_LABELS: Record<DebriefKeyMoment['kind'], string> = {
  'domestic-volume': 'Domestic chip',
  control: 'Control',
  'control-lifted': 'Control lifted',
  'counter-control': 'Counter-control',
  'tension-high': 'Tension',
  'truth-revealed': 'Truth revealed',
  intervention: 'Facilitator',
  crisis: 'Crisis',
  stopped: 'Stopped',
  end: 'End',
}

function header(d: Debrief): string {
  const o = d.outcome
  const winner = o.standings.find((s) => s.faction === o.winner)
  const seatColor = new Map(d.seats.map((s) => [s.faction, s.color]))
  const banner =
    o.winnerName === null
      ? `<p class="winner"><span class="label">${o.reason === null ? 'In progress' : 'No winner'}</span> ${esc(o.reasonText)}</p>`
      : `<p class="winner">${swatch(seatColor.get(o.winner ?? '') ?? '#777777')}<span class="label">Winner</span> <strong>${esc(o.winnerName)}</strong>${winner === undefined ? '' : ` <span class="score">${esc(signed(winner.score))} against par</span>`}<span class="why">${esc(o.reasonText)}</span></p>`
  const seats = d.seats
    .map((s) => `<li>${swatch(s.color)}<strong>${esc(s.factionName)}</strong> <span class="${s.controller === 'ai' ? 'ai' : 'person'}">${esc(s.player)}</span></li>`)
    .join('')
  const warnings = d.warnings.length === 0 ? '' : `<div class="warning" role="alert"><strong>Read this first</strong><ul>${d.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul></div>`
  return `<header class="cover">
<p class="kicker">Silicon Curtain · Classroom debrief</p>
<h1>${esc(d.scenario.name)}</h1>
${d.scenario.description === null ? '' : `<p class="lede">${esc(d.scenario.description)}</p>`}
<p class="meta"><span>${esc(d.scenario.start)} – ${esc(d.scenario.end)}</span><span>${esc(num(d.scenario.quartersPlayed))} of ${esc(num(d.scenario.quartersPlanned))} quarters played</span><span>Seed ${esc(d.seed)}</span><span>Generated ${esc(generatedText(d.generatedAt))}</span></p>
${banner}
<ul class="seats">${seats}</ul>
${warnings}
</header>
<nav class="toc"><a href="#outcome">Outcome</a><a href="#charts">Charts</a><a href="#moments">Key moments</a><a href="#quarters">Quarter by quarter</a><a href="#history">What really happened</a><a href="#sources">Sources</a></nav>`
}

function outcomeSection(d: Debrief): string {
  const seats = new Map(d.seats.map((s) => [s.faction, s]))
  const maxAbs = Math.max(1e-9, ...d.outcome.standings.map((s) => Math.abs(s.score)))
  const rows = d.outcome.standings
    .map((s) => {
      const seat = seats.get(s.faction)
      const width = Math.round((Math.abs(s.score) / maxAbs) * 50)
      const bar = `<span class="bar"><span class="${s.score >= 0 ? 'pos' : 'neg'}" style="width:${width}%"></span></span>`
      const objectives = (seat?.objectives ?? []).map((o) => `${esc(o.name)} <span class="muted">×${esc(o.weight)}</span>`).join('<br>')
      return `<tr${s.faction === d.outcome.winner ? ' class="won"' : ''}><td class="num">${esc(s.rank)}</td><td>${swatch(seat?.color ?? '#777777')}<strong>${esc(s.factionName)}</strong></td><td>${esc(seat?.player ?? '')}</td><td class="num">${esc(num(s.vp, 1))}</td><td class="num">${esc(num(s.par, 1))}</td><td class="num score-cell"><strong>${esc(signed(s.score))}</strong>${bar}</td><td class="small">${objectives}</td></tr>`
    })
    .join('')
  return `<section id="outcome"><h2>Outcome</h2>
<p>${esc(d.outcome.reasonText)}. Each side scores victory points (VP) every quarter for its own objectives; the winner is the side furthest above its <em>par</em>, the VP an average game gives it (the AI playing every seat).</p>
<table class="standings"><thead><tr><th class="num">#</th><th>Side</th><th>Played by</th><th class="num">VP</th><th class="num">Par</th><th class="num">Score vs par</th><th>Objectives (weight)</th></tr></thead><tbody>${rows}</tbody></table>
</section>`
}

function chartsSection(d: Debrief): string {
  const s = d.series
  if (s.quarters.length === 0) return `<section id="charts"><h2>The race in charts</h2><p class="muted">No quarter was played, so there is nothing to chart.</p></section>`
  const pct = (v: number): string => `${Math.round(v * 100)}%`
  const charts = [
    lineChart({
      title: 'Tension',
      subtitle: 'The shared tension track after each quarter (0–100). At 100 the game ends in a crisis that costs everyone.',
      xLabels: s.quarters,
      series: [{ name: 'Tension', color: '#b03a2e', values: s.tension }],
      format: (v) => num(v),
      yMin: 0,
      yMax: 100,
      bands: [{ from: 75, to: 100, color: '#c0392b', label: 'Danger zone (75 and above)' }],
      rules: [{ value: 75, label: 'danger zone', color: '#c0392b' }],
      noLegend: true,
    }),
    lineChart({
      title: 'Score against par so far',
      subtitle: 'Each side’s VP minus the share of its par due by that quarter: above 0 is ahead of an average game.',
      xLabels: s.quarters,
      series: s.scoreVsPar,
      format: (v) => signed(v, Math.abs(v) < 10 && v % 1 !== 0 ? 1 : 0),
    }),
    lineChart({
      title: 'Domestic share of China’s compute',
      subtitle: 'Share made by Chinese firms: of the accelerator cards China bought over the last four quarters (IDC’s measure for a year), and of China’s installed AI compute in H100-equivalents.',
      xLabels: s.quarters,
      series: [
        { name: 'Cards bought, last four quarters', color: '#e67e22', values: s.chinaDomesticCardShare },
        { name: 'Installed compute', color: '#c0392b', values: s.chinaDomesticShare },
      ],
      format: pct,
      yMin: 0,
    }),
    lineChart({
      title: 'US-bloc compute over China’s',
      subtitle: 'Installed AI compute of the US and its allies divided by China’s (× times).',
      xLabels: s.quarters,
      series: [{ name: 'US bloc ÷ China', color: '#2f5fb3', values: s.computeRatio }],
      format: (v) => `${num(v, v < 10 && v % 1 !== 0 ? 1 : 0)}×`,
      yMin: 0,
      noLegend: true,
    }),
  ]
  const wide = lineChart({
    title: 'Installed compute by chip maker',
    subtitle: 'AI accelerators installed worldwide, in H100-equivalents, by the company that designed the chips.',
    xLabels: s.quarters,
    series: s.computeByMaker,
    format: compact,
    yMin: 0,
    width: 1000,
    height: 320,
  })
  return `<section id="charts"><h2>The race in charts</h2><div class="charts">${charts.join('')}</div><div class="charts wide">${wide}</div></section>`
}

function momentsSection(d: Debrief): string {
  if (d.keyMoments.length === 0) return `<section id="moments"><h2>Key moments</h2><p class="muted">No key moment: no control changed, no domestic chip reached volume and tension stayed below 75.</p></section>`
  const items = d.keyMoments
    .map(
      (m) =>
        `<li class="moment k-${esc(m.kind)}"><span class="when">${esc(m.quarter)}</span><span class="tag">${esc(MOMENT_LABELS[m.kind])}</span><div class="what"><strong>${esc(m.title)}</strong><p>${esc(m.detail)}</p>${m.cause === '' ? '' : `<p class="cause">Cause: ${esc(m.cause)}</p>`}</div></li>`,
    )
    .join('')
  return `<section id="moments"><h2>Key moments</h2><p class="muted">Controls imposed or lifted, counter-controls, the first new Chinese chip at volume production, truths about chips coming out, tension entering the danger zone, the facilitator’s moves and the end.</p><ol class="timeline">${items}</ol></section>`
}

function seatRow(s: DebriefSeatQuarter, color: string): string {
  const orders =
    s.orders.length === 0
      ? '<span class="muted">no orders</span>'
      : `<ul class="orders">${s.orders
          .map((o) =>
            o.status === 'accepted'
              ? `<li class="ok"><span class="mark" aria-label="accepted">✓</span>${esc(o.text)}${o.result === null ? '' : ` <span class="result">→ ${esc(o.result)}</span>`}</li>`
              : `<li class="no"><span class="mark" aria-label="refused">✗</span>${esc(o.text)}<span class="refusal">Refused: ${esc(o.refusal?.message ?? '')} <code>${esc(o.refusal?.code ?? '')}</code></span></li>`,
          )
          .join('')}</ul>`
  const top = s.cash.byCause.slice(0, 4)
  const rest = s.cash.byCause.length - top.length
  const cash = `<div class="net ${s.cash.netBn >= 0 ? 'pos' : 'neg'}">${esc(s.cash.netBn >= 0 ? '+' : '')}${esc(money(s.cash.netBn))}</div><ul class="cash">${top
    .map((c) => `<li><span>${esc(c.causeText)}</span><span>${c.inBn > 0 ? `<span class="pos">+${esc(money(c.inBn))}</span>` : ''}${c.inBn > 0 && c.outBn > 0 ? ' ' : ''}${c.outBn > 0 ? `<span class="neg">−${esc(money(c.outBn))}</span>` : ''}</span></li>`)
    .join('')}${rest > 0 ? `<li class="muted">and ${esc(rest)} more</li>` : ''}</ul>`
  const vp = `<div class="net">${esc(num(s.vpTotal, 2))} VP</div><ul class="vp">${s.vp.map((v) => `<li><span>${esc(v.name)}</span><span>${esc(num(v.points, 2))}</span></li>`).join('')}</ul>`
  const made = s.production.filter((p) => p.units > 0).map((p) => `<li>Made ${esc(num(p.units))} ${esc(p.chipName)}${p.limitedBy === 'none' ? '' : ` <span class="muted">(limited by ${esc(p.limitedBy === 'hbm' ? 'HBM' : p.limitedBy)})</span>`}</li>`)
  const sold = s.sales.filter((p) => p.units > 0).map((p) => `<li>Sold ${esc(num(p.units))} ${esc(p.chipName)} for ${esc(money(p.revenueBn))}</li>`)
  const bought = s.purchases.map((p) => `<li>Bought ${esc(num(p.units))} ${esc(p.chipName)} from ${esc(p.sellerName)}${p.grey ? ' on the grey market' : ''}${p.seized > 0 ? `, ${esc(num(p.seized))} seized` : ''}</li>`)
  const asked = s.decisions.map((e) => `<li>Asked to decide: ${esc(e.eventName)}</li>`)
  const business = [...made, ...sold, ...bought, ...asked]
  return `<tr><th scope="row">${swatch(color)}${esc(s.factionName)}</th><td>${orders}</td><td>${cash}</td><td>${vp}</td><td>${business.length === 0 ? '<span class="muted">—</span>' : `<ul class="biz">${business.join('')}</ul>`}</td></tr>`
}

function quarterBlock(q: DebriefQuarter, colors: Map<string, string>, open: boolean): string {
  const changes = q.policies.length
  const refused = q.seats.reduce((n, s) => n + s.orders.filter((o) => o.status === 'refused').length, 0)
  const summaryBits = [
    `tension ${num(q.tension.from)} → ${num(q.tension.to)}`,
    `${q.events.length} event${q.events.length === 1 ? '' : 's'}`,
    `${changes} polic${changes === 1 ? 'y' : 'ies'} changed`,
    ...(refused > 0 ? [`${refused} order${refused === 1 ? '' : 's'} refused`] : []),
    ...(q.interventions.length > 0 ? ['facilitator stepped in'] : []),
    ...(q.stopped ? ['game ended here'] : []),
  ]
  const interventions =
    q.interventions.length === 0
      ? ''
      : `<div class="box facilitator"><h4>The facilitator</h4><ul>${q.interventions
          .map((i) => `<li>${esc(i.text)}: tension ${esc(num(i.tensionFrom))} → ${esc(num(i.tensionTo))}${i.policies.length > 0 ? `; ${esc(i.policies.join(', '))}` : ''}${i.failed === null ? '' : ` <span class="neg">(did not apply: ${esc(i.failed)})</span>`}</li>`)
          .join('')}</ul></div>`
  const events =
    q.events.length === 0
      ? '<p class="muted">No events.</p>'
      : `<ul>${q.events
          .map((e) => `<li><strong>${esc(e.name)}</strong>${e.historical ? ' <span class="pill">historical</span>' : ''}${e.targetName === null ? '' : ` <span class="muted">for ${esc(e.targetName)}</span>`}${e.description === null ? '' : `<br><span class="small">${esc(e.description)}</span>`}${e.choice === null ? '' : `<br><span class="small">Choice: ${esc(e.choice)}</span>`}</li>`)
          .join('')}</ul>`
  const policies =
    q.policies.length === 0
      ? '<p class="muted">No policy changed.</p>'
      : `<ul>${q.policies.map((p) => `<li><span class="pill ${p.change === 'enacted' ? 'on' : 'off'}">${esc(p.change)}</span> <strong>${esc(p.name)}</strong>${p.control ? ' <span class="pill ctl">control</span>' : ''} <span class="muted">by ${esc(p.byText)}</span></li>`).join('')}</ul>`
  const tension =
    q.tension.causes.length === 0
      ? '<p class="muted">No change.</p>'
      : `<ul>${q.tension.causes.map((c) => `<li><span class="${c.delta > 0 ? 'neg' : 'pos'}">${esc(signed(c.delta, Math.abs(c.delta) % 1 === 0 ? 0 : 1))}</span> ${esc(c.causeText)}</li>`).join('')}</ul>`
  const reveals = q.reveals.length === 0 ? '' : `<div class="box"><h4>Truths revealed</h4><ul>${q.reveals.map((r) => `<li>${esc(r.chipName)} <span class="muted">by ${esc(r.how)}</span>${r.reputationDelta < 0 ? ` <span class="neg">maker’s reputation ${esc(signed(r.reputationDelta, 1))}</span>` : ''}</li>`).join('')}</ul></div>`
  const seats =
    q.seats.length === 0
      ? ''
      : `<table class="seats-q"><colgroup><col class="c-side"><col class="c-orders"><col class="c-cash"><col class="c-vp"><col class="c-biz"></colgroup><thead><tr><th>Side</th><th>Orders given</th><th>Money</th><th>Victory points</th><th>Made, sold, bought</th></tr></thead><tbody>${q.seats.map((s) => seatRow(s, colors.get(s.faction) ?? '#777777')).join('')}</tbody></table>`
  return `<details class="quarter"${open ? ' open' : ''}><summary><span class="q">${esc(q.label)}</span><span class="sum">${esc(summaryBits.join(' · '))}</span></summary>
<div class="qbody">${interventions}<div class="cols3"><div class="box"><h4>Events</h4>${events}</div><div class="box"><h4>Policies</h4>${policies}</div><div class="box"><h4>Tension ${esc(num(q.tension.from))} → ${esc(num(q.tension.to))}</h4>${tension}</div></div>${reveals}${seats}</div></details>`
}

function quartersSection(d: Debrief): string {
  const colors = new Map(d.seats.map((s) => [s.faction, s.color]))
  const blocks = d.quarters.map((q, i) => quarterBlock(q, colors, i === 0 && d.quarters.length === 1)).join('')
  return `<section id="quarters"><h2>Quarter by quarter</h2><p class="muted screen-only">Open a quarter to see what each side ordered and what came of it (printing opens them all).</p>${blocks.length === 0 ? '<p class="muted">No quarter was played.</p>' : blocks}</section>`
}

function historyRow(item: DebriefHistoryItem): string {
  const status = item.gameQuarter === null ? 'not' : item.quartersOff === 0 ? 'same' : 'diff'
  return `<tr class="h-${status}"><td class="date">${esc(item.realDate)}</td><td><span class="pill">${item.kind === 'event' ? 'event' : 'policy'}</span> <strong>${esc(item.name)}</strong>${item.description === null ? '' : `<br><span class="small">${esc(item.description)}</span>`}</td><td class="ingame">${esc(item.inGame)}</td><td class="small">${sourceList(item.sources)}</td></tr>`
}

function historySection(d: Debrief): string {
  const h = d.history
  const figures =
    h.figures.length === 0
      ? ''
      : `<h3>Figures: reality against this game</h3><div class="figures">${h.figures
          .map((f) => `<article class="figure"><h4>${esc(f.label)}</h4><dl><dt>In reality</dt><dd>${esc(f.real)}</dd><dt>In this game</dt><dd>${esc(f.game)}</dd></dl><p class="caveat">${esc(f.caveat)}</p><div class="small">${sourceList(f.sources)}</div></article>`)
          .join('')}</div>`
  const rows = h.items.map(historyRow).join('')
  const atStart = h.inForceAtStart.length === 0 ? '' : `<p class="small"><strong>Already in force when the scenario starts:</strong> ${h.inForceAtStart.map((p) => `${esc(p.name)} (${esc(p.realDate)})`).join('; ')}.</p>`
  return `<section id="history"><h2>What really happened, ${esc(h.period.from)} – ${esc(h.period.to)}</h2>
<p>The historical events and the dated policies of this period in the game’s data, each with when it really happened and what happened to it in this game. Policies the game enacted at another time are listed too.</p>
${figures}
<h3>Events and policies</h3>
${atStart}
${rows.length === 0 ? '<p class="muted">The data has no dated history for this period.</p>' : `<table class="history"><thead><tr><th>Real date</th><th>What</th><th>In this game</th><th>Sources</th></tr></thead><tbody>${rows}</tbody></table>`}
</section>`
}

function sourcesSection(d: Debrief): string {
  if (d.sources.length === 0) return `<section id="sources"><h2>Sources</h2><p class="muted">No sources in the data.</p></section>`
  return `<section id="sources"><h2>Sources</h2><p class="muted">Every source the game data cites for what this debrief shows, oldest first.</p><ol class="sources">${d.sources
    .map((s) => `<li>${sourceLine(s)}<br><span class="small muted">For: ${esc(s.citedFor.join('; '))}</span></li>`)
    .join('')}</ol></section>`
}

const CSS = `
:root{--ink:#1b1f24;--muted:#5b6470;--line:#d5d9df;--soft:#f4f5f7;--accent:#2f5fb3;--pos:#1e7b34;--neg:#b03a2e;--paper:#fff}
*{box-sizing:border-box}
html{font-size:18px}
body{margin:0;background:#e9ecf0;color:var(--ink);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.45}
main{max-width:1180px;margin:0 auto;background:var(--paper);padding:2.2rem 2.6rem 3rem;box-shadow:0 0 24px rgba(0,0,0,.08)}
h1{font-size:2.3rem;line-height:1.15;margin:.2rem 0 .6rem;font-family:Georgia,"Times New Roman",serif}
h2{font-size:1.55rem;margin:2.4rem 0 .8rem;padding-bottom:.3rem;border-bottom:3px solid var(--ink);font-family:Georgia,"Times New Roman",serif}
h3{font-size:1.2rem;margin:1.6rem 0 .6rem}
h4{font-size:.95rem;margin:0 0 .4rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
p{margin:.4rem 0 .8rem}
a{color:var(--accent);word-break:break-all}
.muted{color:var(--muted)}
.small{font-size:.82rem}
.kicker{text-transform:uppercase;letter-spacing:.12em;font-size:.8rem;color:var(--muted);margin:0}
.lede{font-size:1.1rem;max-width:52rem}
.meta{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;color:var(--muted);font-size:.9rem}
.winner{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;font-size:1.35rem;background:var(--soft);border-left:6px solid var(--ink);padding:.7rem 1rem;margin:1rem 0}
.winner .label{text-transform:uppercase;font-size:.8rem;letter-spacing:.1em;color:var(--muted)}
.winner .score{font-size:1rem;color:var(--pos);font-weight:600}
.winner .why{flex-basis:100%;font-size:.9rem;color:var(--muted)}
.seats{list-style:none;padding:0;margin:.6rem 0;display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:.3rem 1rem;font-size:.92rem}
.seats .ai{color:var(--muted)}
.seats .person{font-weight:600;color:var(--accent)}
.dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.45em;vertical-align:-.05em;border:1px solid rgba(0,0,0,.15)}
.warning{border:2px solid var(--neg);background:#fbeceb;padding:.6rem 1rem;margin:1rem 0}
.warning ul{margin:.3rem 0 0;padding-left:1.2rem}
.toc{display:flex;flex-wrap:wrap;gap:.4rem;margin:1rem 0 0;font-size:.9rem}
.toc a{border:1px solid var(--line);border-radius:999px;padding:.15rem .8rem;text-decoration:none;word-break:normal}
table{border-collapse:collapse;width:100%;margin:.6rem 0}
th,td{text-align:left;vertical-align:top;padding:.45rem .55rem;border-bottom:1px solid var(--line)}
thead th{font-size:.78rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border-bottom:2px solid var(--ink)}
.num{text-align:right;font-variant-numeric:tabular-nums}
.standings tr.won{background:#fff8e1}
.standings td{font-size:1rem}
.score-cell{white-space:nowrap}
.bar{display:inline-block;position:relative;width:110px;height:.7rem;margin-left:.5rem;background:var(--soft);vertical-align:middle}
.bar span{position:absolute;top:0;bottom:0}
.bar .pos{left:50%;background:var(--pos)}
.bar .neg{right:50%;background:var(--neg)}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:1.2rem}
.charts.wide{grid-template-columns:1fr;margin-top:1.2rem}
.chart{margin:0;border:1px solid var(--line);padding:.7rem .8rem .5rem;break-inside:avoid}
.chart figcaption strong{display:block;font-size:1.05rem}
.chart figcaption span{display:block;font-size:.8rem;color:var(--muted);min-height:2.3em}
.chart svg{width:100%;height:auto;display:block}
.chart .grid{stroke:#e3e6ea;stroke-width:1}
.chart .axis{stroke:#444;stroke-width:1}
.chart .zero{stroke:#888;stroke-width:1.2}
.chart .tick{font-size:13px;fill:#4a525c}
.chart .rule{font-size:13px;font-weight:600}
.legend{list-style:none;margin:.3rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.8rem}
.swatch{display:inline-block;width:1.2em;height:.3em;margin-right:.35em;vertical-align:middle}
.timeline{list-style:none;margin:0;padding:0;border-left:3px solid var(--line);margin-left:5.4rem}
.moment{position:relative;padding:.35rem 0 .6rem 1rem}
.moment::before{content:"";position:absolute;left:-.55rem;top:.75rem;width:.75rem;height:.75rem;border-radius:50%;background:var(--muted);border:2px solid var(--paper)}
.moment .when{position:absolute;left:-5.4rem;top:.45rem;width:4.5rem;text-align:right;font-weight:700;font-size:.85rem;white-space:nowrap}
.moment .tag{display:inline-block;font-size:.7rem;text-transform:uppercase;letter-spacing:.06em;background:var(--soft);border-radius:3px;padding:.05rem .4rem;margin-bottom:.15rem}
.moment .what p{margin:.1rem 0;font-size:.88rem}
.moment .cause{color:var(--muted)}
.k-control::before,.k-crisis::before{background:var(--neg)}
.k-control .tag,.k-crisis .tag{background:#f6d9d5}
.k-control-lifted::before{background:var(--pos)}
.k-counter-control::before{background:#d35400}
.k-counter-control .tag{background:#fbe3cf}
.k-domestic-volume::before{background:#c0392b}
.k-domestic-volume .tag{background:#fde2e0}
.k-tension-high::before{background:#8e44ad}
.k-tension-high .tag{background:#eadcf1}
.k-truth-revealed::before{background:#d4a017}
.k-truth-revealed .tag{background:#fbf0cc}
.k-intervention::before{background:var(--accent)}
.k-intervention .tag{background:#dbe5f7}
.k-end::before,.k-stopped::before{background:var(--ink)}
details.quarter{border:1px solid var(--line);margin:.5rem 0;background:var(--paper)}
details.quarter>summary{cursor:pointer;padding:.6rem .9rem;background:var(--soft);display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:baseline}
details.quarter>summary .q{font-weight:700;font-size:1.1rem}
details.quarter>summary .sum{color:var(--muted);font-size:.88rem}
.qbody{padding:.6rem .9rem}
.cols3{display:grid;grid-template-columns:repeat(3,1fr);gap:.8rem}
.box{border:1px solid var(--line);padding:.5rem .7rem;margin:.4rem 0;font-size:.88rem}
.box ul{margin:0;padding-left:1.1rem}
.facilitator{border-color:var(--accent);background:#eef3fb}
.pill{display:inline-block;font-size:.68rem;text-transform:uppercase;letter-spacing:.05em;border:1px solid var(--line);border-radius:999px;padding:0 .45rem;color:var(--muted)}
.pill.on{border-color:var(--neg);color:var(--neg)}
.pill.off{border-color:var(--pos);color:var(--pos)}
.pill.ctl{background:#f6d9d5;border-color:#f6d9d5;color:#7b241c}
.seats-q{font-size:.82rem;table-layout:fixed}
.seats-q th[scope=row]{white-space:nowrap;font-size:.9rem}
.seats-q ul{margin:0;padding-left:0;list-style:none}
.orders li{margin:.1rem 0}
.orders .mark{display:inline-block;width:1.1em;font-weight:700}
.orders .ok .mark{color:var(--pos)}
.orders .no{color:var(--neg)}
.orders .no .mark{color:var(--neg)}
.refusal{display:block;margin-left:1.1em;font-size:.8rem}
code{font-size:.75rem;color:var(--muted)}
.net{font-weight:700;font-variant-numeric:tabular-nums}
.cash .pos,.cash .neg,.net{white-space:nowrap}
.cash li,.vp li{display:flex;justify-content:space-between;gap:.6rem}
.cash li span:last-child,.vp li span:last-child{text-align:right;font-variant-numeric:tabular-nums}
.seats-q col.c-side{width:9%}.seats-q col.c-orders{width:33%}.seats-q col.c-cash{width:22%}.seats-q col.c-vp{width:19%}.seats-q col.c-biz{width:17%}
.result{color:var(--muted);font-size:.8rem;white-space:nowrap}
.pos{color:var(--pos)}
.neg{color:var(--neg)}
.figures{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.figure{border:1px solid var(--line);border-top:4px solid var(--accent);padding:.7rem .9rem;break-inside:avoid}
.figure h4{color:var(--ink);text-transform:none;letter-spacing:0;font-size:1.05rem}
.figure dl{margin:0}
.figure dt{font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-top:.4rem}
.figure dd{margin:0}
.caveat{font-size:.82rem;font-style:italic;color:var(--muted)}
ul.src{margin:.2rem 0 0;padding-left:1rem}
.conf{font-size:.68rem;text-transform:uppercase;border-radius:3px;padding:0 .3rem;background:var(--soft);color:var(--muted)}
.conf-high{background:#dcefe0;color:#1e5e2c}
.conf-low{background:#f6e3d5;color:#7a3e12}
.history td.date{white-space:nowrap;font-weight:600;font-size:.9rem}
.history td{font-size:.88rem}
.history tr.h-same td.ingame{color:var(--pos)}
.history tr.h-not td.ingame{color:var(--muted)}
.history tr.h-diff td.ingame{color:#8a5a00}
ol.sources li{margin:.3rem 0;font-size:.88rem}
footer{margin-top:2.4rem;padding-top:.8rem;border-top:1px solid var(--line);font-size:.8rem;color:var(--muted)}
@media (max-width:860px){main{padding:1rem}.charts,.figures,.cols3{grid-template-columns:1fr}html{font-size:16px}}
@media print{
  @page{size:A4;margin:14mm}
  html{font-size:11pt}
  body{background:#fff}
  main{box-shadow:none;max-width:none;padding:0}
  .toc,.screen-only{display:none}
  details.quarter::details-content{content-visibility:visible;display:block}
  details.quarter>summary{list-style:none}
  h2{break-after:avoid}
  tr,.chart,.figure,.moment,.box{break-inside:avoid}
  #charts,#quarters,#history{break-before:page}
  a{color:inherit;text-decoration:none}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`

/** The debrief as one self-contained HTML page. */
export function renderDebriefHtml(debrief: Debrief): string {
  const d = debrief
  const replay =
    d.replay.divergedAt === null
      ? `The game was re-simulated from its order log: ${d.replay.matched} of ${d.replay.entries} quarters matched the recorded game${d.replay.finalStateMatches ? ' and it ends in the same state' : ''}.`
      : `The re-simulation diverged from the recorded game at ${d.replay.divergedAt}.`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(DEBRIEF_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Debrief: ${esc(d.scenario.name)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${header(d)}
${outcomeSection(d)}
${chartsSection(d)}
${momentsSection(d)}
${quartersSection(d)}
${historySection(d)}
${sourcesSection(d)}
<footer><p>${esc(replay)}</p><p>Made by Silicon Curtain (${esc(d.format)}, version ${esc(d.version)}). The same data is in the JSON file exported with this page. Game figures are the game’s model; real figures are from the sources listed, with their confidence.</p></footer>
</main>
</body>
</html>
`
}
