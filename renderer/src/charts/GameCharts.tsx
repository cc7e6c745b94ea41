/**
 * The game's charts with recharts, one tab each: compute share by vendor, compute by
 * region, revenue, the domestic share of China's compute, tension with the crisis line,
 * and victory points. Colours follow the map's palette (colour-blind one included); each
 * chart has a caption, a "no data" message where the history lacks the figure, and its
 * figures as a table for screen readers and for reading exact values.
 */
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Area, AreaChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import type { Rules } from '../screens/game/game-types'
import { partyName } from '../screens/game/report-lines'
import { useSound } from '../audio/use-sound'
import { useSettings } from '../settings/SettingsContext'
import { Tabs } from '../ui/Tabs'
import { CHART_IDS, compactNumber, domesticShare, regionCompute, revenue, tension, vendorShares, victoryPoints, type ChartData, type ChartId, type HistoryPoint, type SeriesContext } from './chart-series'
import { TableHead } from '../ui/TableHead'
import './charts.css'

export interface GameChartsProps {
  history: HistoryPoint[]
  rules: Rules
  texts: Record<string, string>
  seat: string
  quarterLabel(q: number): string
  /** Chart height in CSS pixels (the end screen draws them larger). */
  height?: number
  /** The tab shown first. */
  initialChart?: ChartId
}

type Format = (value: number) => string

const percent: Format = (v) => `${v.toFixed(v >= 10 ? 0 : 1)}%`
const bn: Format = (v) => `$${v >= 100 ? v.toFixed(0) : v.toFixed(1)} bn`
const plain: Format = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1))
/** Axis ticks: whole numbers as they are, others with one decimal. */
const tick: Format = (v) => (Math.abs(v - Math.round(v)) < 1e-6 ? String(Math.round(v)) : v.toFixed(1))
const percentTick: Format = (v) => `${tick(v)}%`

interface Spec {
  id: ChartId
  label: string
  title: string
  description: string
  data: ChartData
  kind: 'stacked' | 'lines'
  format: Format
  axisFormat: Format
  domain?: [number, number]
  ticks?: number[]
  crisis?: number
}

export function GameCharts({ history, rules, texts, seat, quarterLabel, height = 280, initialChart = 'vendors' }: GameChartsProps): React.JSX.Element {
  const { t } = useTranslation()
  const { settings, motion } = useSettings()
  const [active, setActive] = useState<ChartId>(initialChart)
  const play = useSound()

  const specs = useMemo<Spec[]>(() => {
    const ctx: SeriesContext = {
      rules,
      palette: settings.palette,
      quarterLabel,
      partyName: (id) => partyName(id, rules, texts),
      regionName: (id) => texts[rules.regions[id]?.name ?? ''] ?? id,
      otherLabel: t('charts.other'),
    }
    const tensionData = tension(history, ctx, t('charts.tension.series'))
    const all: Spec[] = [
      { id: 'vendors', label: t('charts.vendors.tab'), title: t('charts.vendors.title'), description: t('charts.vendors.description'), data: vendorShares(history, ctx), kind: 'stacked', format: percent, axisFormat: percentTick, domain: [0, 100], ticks: [0, 25, 50, 75, 100] },
      { id: 'regions', label: t('charts.regions.tab'), title: t('charts.regions.title'), description: t('charts.regions.description'), data: regionCompute(history, ctx), kind: 'stacked', format: (v) => `${compactNumber(v)} H100e`, axisFormat: compactNumber },
      { id: 'revenue', label: t('charts.revenue.tab'), title: t('charts.revenue.title'), description: t('charts.revenue.description'), data: revenue(history, ctx), kind: 'lines', format: bn, axisFormat: (v) => `$${compactNumber(v)}` },
      { id: 'domestic', label: t('charts.domestic.tab'), title: t('charts.domestic.title'), description: t('charts.domestic.description'), data: domesticShare(history, ctx, { installed: t('charts.domestic.series'), cards: t('charts.domestic.cards') }), kind: 'lines', format: percent, axisFormat: percentTick, domain: [0, 100], ticks: [0, 25, 50, 75, 100] },
      { id: 'tension', label: t('charts.tension.tab'), title: t('charts.tension.title'), description: t('charts.tension.description', { crisis: tensionData.crisis }), data: tensionData, kind: 'lines', format: plain, axisFormat: tick, domain: [0, Math.max(100, tensionData.crisis)], crisis: tensionData.crisis },
      { id: 'vp', label: t('charts.vp.tab'), title: t('charts.vp.title'), description: t('charts.vp.description'), data: victoryPoints(history, ctx), kind: 'lines', format: plain, axisFormat: tick },
    ]
    return CHART_IDS.map((id) => all.find((s) => s.id === id) as Spec)
  }, [history, rules, texts, quarterLabel, settings.palette, t])

  return (
    <div className="game-charts" data-testid="game-charts">
      <Tabs
        label={t('charts.tabsLabel')}
        active={active}
        onChange={(id) => {
          if (id !== active) play('click')
          setActive(id as ChartId)
        }}
        tabs={specs.map((spec) => ({ id: spec.id, label: spec.label, content: <ChartFigure spec={spec} seat={seat} height={height} animate={motion.speed > 0} /> }))}
      />
    </div>
  )
}

function ChartFigure({ spec, seat, height, animate }: { spec: Spec; seat: string; height: number; animate: boolean }): React.JSX.Element {
  const { t } = useTranslation()
  const captionId = useId()
  const { data } = spec
  const axisTick = { fontSize: 11 }
  const tooltip = (
    <Tooltip
      formatter={(value) => (typeof value === 'number' ? spec.format(value) : value === undefined || value === null ? t('charts.unknown') : String(value))}
      contentStyle={{ background: '#02040a', border: '1px solid #3d4f86', borderRadius: 4, fontSize: 12 }}
      labelStyle={{ color: '#e8ecf8', fontWeight: 700 }}
      itemStyle={{ padding: 0 }}
      isAnimationActive={false}
    />
  )
  const common = (
    <>
      <CartesianGrid stroke="#2a3760" strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={axisTick} stroke="#3d4f86" minTickGap={16} />
      <YAxis tick={axisTick} stroke="#3d4f86" width={56} tickFormatter={(v: number) => spec.axisFormat(v)} {...(spec.domain === undefined ? {} : { domain: spec.domain, allowDataOverflow: false })} {...(spec.ticks === undefined ? {} : { ticks: spec.ticks })} />
      {tooltip}
      {data.series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
    </>
  )
  return (
    <figure className="chart" aria-labelledby={captionId} data-testid={`chart-${spec.id}`}>
      <figcaption id={captionId} className="chart__caption">
        <strong>{spec.title}</strong>
        <span>{spec.description}</span>
      </figcaption>
      {data.empty ? (
        <p className="chart__empty" role="status" data-testid="chart-no-data">
          {data.rows.length === 0 ? t('charts.notYet') : t('charts.noData')}
        </p>
      ) : (
        <>
          <div className="chart__canvas">
            {spec.kind === 'stacked' ? (
              <AreaChart responsive style={{ width: '100%', height }} data={data.rows} title={spec.title} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
                {common}
                {data.series.map((s) => (
                  <Area key={s.key} type="monotone" dataKey={s.key} name={s.label} stackId="stack" stroke={s.colour} fill={s.colour} fillOpacity={0.55} strokeWidth={s.key === seat ? 2.5 : 1.25} isAnimationActive={animate} animationDuration={600} />
                ))}
              </AreaChart>
            ) : (
              <LineChart responsive style={{ width: '100%', height }} data={data.rows} title={spec.title} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
                {common}
                {spec.crisis !== undefined && <ReferenceLine y={spec.crisis} stroke="#ff4d5e" strokeDasharray="6 4" label={{ value: t('charts.tension.crisis'), position: 'insideTopRight', fill: '#ff6b6b', fontSize: 11 }} />}
                {data.series.map((s) => (
                  <Line
                    key={s.key}
                    type="monotone"
                    dataKey={s.key}
                    name={s.label}
                    stroke={s.colour}
                    strokeWidth={s.key === seat ? 3 : 1.75}
                    dot={data.rows.length <= 2}
                    connectNulls={false}
                    isAnimationActive={animate}
                    animationDuration={600}
                  />
                ))}
              </LineChart>
            )}
          </div>
          {data.missing > 0 && <p className="chart__note">{t('charts.missing', { count: data.missing })}</p>}
          <details className="chart__table">
            <summary>{t('charts.asTable')}</summary>
            <div className="chart__table-wrap">
              <table>
                <caption className="visually-hidden">{spec.title}</caption>
                <TableHead columns={[{ label: t('charts.quarter') }, ...data.series.map((s) => ({ key: s.key, label: s.label, num: true }))]} />
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.quarter}>
                      <th scope="row">{row.label}</th>
                      {data.series.map((s) => {
                        const v = row[s.key]
                        return (
                          <td key={s.key} className="num">
                            {typeof v === 'number' ? spec.format(v) : '—'}
                          </td>
                        )
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  )
}
