/**
 * A small line chart as inline SVG for the debrief: axes with round-number ticks, grid lines,
 * optional reference lines and shaded bands, one path per series with point markers (each with
 * a native tooltip), and a legend. It draws in a fixed viewBox from its props alone, so the same
 * component renders in the debrief screen and, through `renderToStaticMarkup`, in the exported
 * offline page. (The game's other charts use recharts, whose version 3 renders nothing outside a
 * browser: recharts/recharts#5997.) Colours are used only when they are `#rrggbb`; React escapes
 * every text.
 */
import { Fragment } from 'react'

/** A colour safe to put in markup, or grey. */
export function safeColor(color: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#777777'
}

export interface ChartLine {
  name: string
  color: string
  values: readonly (number | null)[]
  dashed?: boolean
}

export interface LineChartProps {
  title: string
  /** One line under the title: what is measured, in which unit. */
  subtitle: string
  xLabels: readonly string[]
  series: readonly ChartLine[]
  format: (value: number) => string
  /** Fixed axis ends (else from the data, with 0 included). */
  yMin?: number
  yMax?: number
  /** Horizontal reference lines (a threshold, a target). */
  rules?: readonly { value: number; label: string; color: string }[]
  /** Shaded horizontal bands (a danger zone). */
  bands?: readonly { from: number; to: number; color: string; label: string }[]
  /** Hide the legend (a single series named by the title). */
  noLegend?: boolean
  /** The drawing's size in SVG units (default 560 × 280); text is 13 units high. */
  width?: number
  height?: number
}

const M = { left: 58, right: 34, top: 14, bottom: 36 }

/** Round tick values covering [lo, hi] with about `count` steps. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) hi = lo + 1
  const raw = (hi - lo) / count
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag
  const at = (k: number): number => Number.parseFloat((k * step).toPrecision(12))
  const ticks: number[] = []
  let k = Math.floor(lo / step + 1e-9)
  for (; at(k) <= hi + step * 1e-9; k++) ticks.push(at(k))
  if ((ticks.at(-1) ?? -Infinity) < hi) ticks.push(at(k))
  return ticks
}

/** Which x labels are drawn: every `every`-th and the last, but not a regular one so close to the last that the two would overlap. */
export function labelledQuarters(n: number, plotWidth: number): number[] {
  const every = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(plotWidth / 70))))
  return Array.from({ length: n }, (_, i) => i).filter((i) => i === n - 1 || (i % every === 0 && !(i > 0 && n - 1 - i < every)))
}

const f = (v: number): string => v.toFixed(1)

/** The chart as a figure with an inline SVG and a legend. */
export function LineChart(props: LineChartProps): React.JSX.Element {
  const W = props.width ?? 560
  const H = props.height ?? 280
  const values = props.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)))
  const ruleValues = (props.rules ?? []).map((r) => r.value)
  const dataLo = Math.min(0, ...values, ...ruleValues)
  const dataHi = Math.max(...values, ...ruleValues, dataLo + 1e-9)
  const ticks = niceTicks(props.yMin ?? dataLo, props.yMax ?? dataHi)
  const lo = props.yMin ?? ticks[0] ?? 0
  const hi = props.yMax ?? ticks.at(-1) ?? 1
  const n = props.xLabels.length
  const plotW = W - M.left - M.right
  const plotH = H - M.top - M.bottom
  const x = (i: number): number => M.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1))
  const y = (v: number): number => M.top + plotH - ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo || 1)) * plotH
  const base = M.top + plotH

  return (
    <figure className="chart">
      <figcaption>
        <strong>{props.title}</strong>
        <span>{props.subtitle}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${props.title}. ${props.subtitle}`}>
        {(props.bands ?? []).map((band, i) => {
          const top = y(Math.min(hi, band.to))
          const bottom = y(Math.max(lo, band.from))
          return bottom - top <= 0 ? null : (
            <rect key={`band-${i}`} x={M.left} y={f(top)} width={plotW} height={f(bottom - top)} fill={safeColor(band.color)} fillOpacity="0.12">
              <title>{band.label}</title>
            </rect>
          )
        })}
        {ticks
          .filter((tick) => tick >= lo && tick <= hi)
          .map((tick) => (
            <Fragment key={`tick-${tick}`}>
              <line className="grid" x1={M.left} x2={W - M.right} y1={f(y(tick))} y2={f(y(tick))} />
              <text className="tick" x={M.left - 8} y={f(y(tick) + 4)} textAnchor="end">
                {props.format(tick)}
              </text>
            </Fragment>
          ))}
        {labelledQuarters(n, plotW).map((i) => (
          <Fragment key={`x-${i}`}>
            <line className="axis" x1={f(x(i))} x2={f(x(i))} y1={base} y2={base + 5} />
            <text className="tick" x={f(x(i))} y={base + 21} textAnchor="middle">
              {props.xLabels[i]}
            </text>
          </Fragment>
        ))}
        <line className="axis" x1={M.left} x2={W - M.right} y1={base} y2={base} />
        <line className="axis" x1={M.left} x2={M.left} y1={M.top} y2={base} />
        {lo < 0 && hi > 0 && <line className="zero" x1={M.left} x2={W - M.right} y1={f(y(0))} y2={f(y(0))} />}
        {(props.rules ?? [])
          .filter((rule) => rule.value >= lo && rule.value <= hi)
          .map((rule, i) => (
            <Fragment key={`rule-${i}`}>
              <line x1={M.left} x2={W - M.right} y1={f(y(rule.value))} y2={f(y(rule.value))} stroke={safeColor(rule.color)} strokeWidth="1.5" strokeDasharray="6 4" />
              <text className="rule" x={W - M.right - 4} y={f(y(rule.value) - 5)} textAnchor="end" fill={safeColor(rule.color)}>
                {rule.label}
              </text>
            </Fragment>
          ))}
        {props.series.map((s, si) => {
          const color = safeColor(s.color)
          let path = ''
          let pen = false
          s.values.forEach((v, i) => {
            if (v === null || !Number.isFinite(v)) {
              pen = false
              return
            }
            path += `${pen ? 'L' : 'M'}${f(x(i))} ${f(y(v))}`
            pen = true
          })
          if (path === '') return null
          return (
            <Fragment key={`series-${si}`}>
              <path d={path} fill="none" stroke={color} strokeWidth="2.5" strokeLinejoin="round" strokeLinecap="round" strokeDasharray={s.dashed === true ? '6 4' : undefined} />
              {s.values.map((v, i) =>
                v === null || !Number.isFinite(v) ? null : (
                  <circle key={i} cx={f(x(i))} cy={f(y(v))} r="3" fill={color}>
                    <title>{`${s.name}, ${props.xLabels[i] ?? ''}: ${props.format(v)}`}</title>
                  </circle>
                ),
              )}
            </Fragment>
          )
        })}
      </svg>
      {props.noLegend !== true && (
        <ul className="legend">
          {props.series.map((s, i) => (
            <li key={i}>
              <span className={`swatch${s.dashed === true ? ' dashed' : ''}`} style={{ background: safeColor(s.color) }} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
    </figure>
  )
}
