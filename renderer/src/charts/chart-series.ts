/**
 * The charts' data from the game's history, pure (no React, no recharts) so it is
 * unit-tested: one row per quarter with one value per series, the series' names and
 * colours (the map's palette, colour-blind one included), and how many quarters lack the
 * figure (games saved before a figure was kept; financials the seat may not see yet).
 */
import type { Rules, SeatView } from '../screens/game/game-types'
import { colourBlindOwnerColour, OKABE_ITO, toCssColour, type PaletteName } from '../map/palette'
import { defaultOwnerColour } from '../map/owner-colours'
import { chinaCardShareOverYear } from '../../../app/protocol'

/** One quarter's public figures (the engine's HistoryPoint, as the view carries it). */
export type HistoryPoint = SeatView['history'][number]

export type ChartId = 'vendors' | 'regions' | 'revenue' | 'domestic' | 'tension' | 'vp'
export const CHART_IDS: readonly ChartId[] = ['vendors', 'regions', 'revenue', 'domestic', 'tension', 'vp']

/** A row for recharts: the quarter, its label, and each series' value (null = not known that quarter). */
export interface ChartRow {
  quarter: number
  label: string
  [series: string]: number | string | null
}

export interface ChartSeries {
  /** The row field (an id: a maker, region or faction, or `other`). */
  key: string
  label: string
  /** CSS colour. */
  colour: string
}

export interface ChartData {
  rows: ChartRow[]
  series: ChartSeries[]
  /** Quarters in the history that lack this figure. */
  missing: number
  /** No quarter has any of the figure: show "no data" instead of a chart. */
  empty: boolean
}

export interface SeriesContext {
  rules: Rules
  palette: PaletteName
  quarterLabel(q: number): string
  /** A party's (faction's or actor's) name. */
  partyName(id: string): string
  /** A region's name. */
  regionName(id: string): string
  /** The label of the series that gathers the small vendors. */
  otherLabel: string
}

/** The key of the series that gathers the vendors past the largest few. */
export const OTHER = 'other'
/** Vendors shown by name; the rest are summed as "Other" (the colour-blind palette tells eight apart). */
export const MAX_VENDORS = 7

/** Region colours for the default palette: hues by bloc, told apart within it. */
const REGION_COLOURS: Record<string, number> = {
  us: 0x4da3ff, china: 0xff5d5d, taiwan: 0x5ee0d0, korea: 0x6f8cff, japan: 0xff6fae, eu: 0xffc94a, gulf: 0xff9a3c, sea: 0x76d94a, row: 0x9fb4c8,
}

/** Factions in the history's order (the view's faction order), for stable colours. */
export function factionOrder(history: readonly HistoryPoint[]): string[] {
  const seen: string[] = []
  for (const point of history) for (const id of Object.keys(point.factions)) if (!seen.includes(id)) seen.push(id)
  return seen
}

/**
 * Colours for parties as the map gives them: the default palette uses each party's own
 * colour; the colour-blind one the Okabe–Ito colours by position, factions first (as on the map).
 */
export function partyColours(ids: readonly string[], factions: readonly string[], palette: PaletteName): Map<string, string> {
  const order = [...factions, ...ids.filter((id) => !factions.includes(id)).sort()]
  const colours = new Map<string, string>()
  for (const id of ids) {
    const colour = palette === 'colour-blind' ? colourBlindOwnerColour(order.indexOf(id)) : defaultOwnerColour(id)
    colours.set(id, toCssColour(colour))
  }
  return colours
}

const OTHER_COLOUR = '#6b7490'

function baseRow(point: HistoryPoint, ctx: SeriesContext): ChartRow {
  return { quarter: point.quarter, label: ctx.quarterLabel(point.quarter) }
}

function emptyData(history: readonly HistoryPoint[]): ChartData {
  return { rows: [], series: [], missing: history.length, empty: true }
}

/** Installed compute's share by the chips' maker (percent of H100e), largest vendors by name, the rest as Other. */
export function vendorShares(history: readonly HistoryPoint[], ctx: SeriesContext): ChartData {
  const points = history.filter((p) => p.computeByMaker !== undefined)
  if (points.length === 0) return emptyData(history)
  // Rank vendors by their compute over the whole game, so a rising vendor gets a name too.
  const totals = new Map<string, number>()
  for (const p of points) for (const [maker, v] of Object.entries(p.computeByMaker ?? {})) totals.set(maker, (totals.get(maker) ?? 0) + v)
  const ranked = [...totals].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const named = ranked.length > MAX_VENDORS + 1 ? ranked.slice(0, MAX_VENDORS).map(([id]) => id) : ranked.map(([id]) => id)
  const hasOther = named.length < ranked.length
  const rows = points.map((p) => {
    const byMaker = p.computeByMaker ?? {}
    const total = Object.values(byMaker).reduce((s, v) => s + v, 0)
    const row = baseRow(p, ctx)
    let other = 0
    for (const [maker, v] of Object.entries(byMaker)) if (!named.includes(maker)) other += v
    for (const maker of named) row[maker] = total > 0 ? ((byMaker[maker] ?? 0) / total) * 100 : 0
    if (hasOther) row[OTHER] = total > 0 ? (other / total) * 100 : 0
    return row
  })
  const colours = partyColours(named, factionOrder(history), ctx.palette)
  const series = named.map((id) => ({ key: id, label: ctx.partyName(id), colour: colours.get(id) as string }))
  if (hasOther) series.push({ key: OTHER, label: ctx.otherLabel, colour: OTHER_COLOUR })
  return { rows, series, missing: history.length - points.length, empty: false }
}

/** Installed compute by region (H100e), in the rules' region order. */
export function regionCompute(history: readonly HistoryPoint[], ctx: SeriesContext): ChartData {
  const points = history.filter((p) => p.computeByRegion !== undefined)
  if (points.length === 0) return emptyData(history)
  const present = new Set<string>()
  for (const p of points) for (const [region, v] of Object.entries(p.computeByRegion ?? {})) if (v > 0) present.add(region)
  const known = Object.keys(ctx.rules.regions)
  const regions = [...known.filter((id) => present.has(id)), ...[...present].filter((id) => !known.includes(id)).sort()]
  const rows = points.map((p) => {
    const row = baseRow(p, ctx)
    for (const region of regions) row[region] = p.computeByRegion?.[region] ?? 0
    return row
  })
  const series = regions.map((id, i) => ({
    key: id,
    label: ctx.regionName(id),
    colour: toCssColour(ctx.palette === 'colour-blind' ? colourBlindOwnerColour(i) : (REGION_COLOURS[id] ?? defaultOwnerColour(id))),
  }))
  return { rows, series, missing: history.length - points.length, empty: regions.length === 0 }
}

/** Revenue per faction (US$ bn a quarter); a quarter the seat may not see yet is null. */
export function revenue(history: readonly HistoryPoint[], ctx: SeriesContext): ChartData {
  const factions = factionOrder(history)
  const shown = factions.filter((id) => history.some((p) => p.financials[id] !== undefined && (p.financials[id]?.revenueBn ?? 0) !== 0))
  if (shown.length === 0) return emptyData(history)
  const rows = history.map((p) => {
    const row = baseRow(p, ctx)
    for (const id of shown) row[id] = p.financials[id]?.revenueBn ?? null
    return row
  })
  const colours = partyColours(shown, factions, ctx.palette)
  return {
    rows,
    series: shown.map((id) => ({ key: id, label: ctx.partyName(id), colour: colours.get(id) as string })),
    missing: history.filter((p) => shown.some((id) => p.financials[id] === undefined)).length,
    empty: false,
  }
}

/** Chinese-made chips' share of the cards China bought over the last four quarters and of its installed compute, in percent. */
export function domesticShare(history: readonly HistoryPoint[], ctx: SeriesContext, labels: { installed: string; cards: string }): ChartData {
  if (history.length === 0) return emptyData(history)
  const rows = history.map((p, i) => {
    const cards = chinaCardShareOverYear(history, i)
    return { ...baseRow(p, ctx), china: Number.isFinite(p.chinaDomesticShare) ? p.chinaDomesticShare * 100 : null, cards: cards === null ? null : cards * 100 }
  })
  const installed = toCssColour(ctx.palette === 'colour-blind' ? (OKABE_ITO[5] as number) : defaultOwnerColour('prc'))
  const cards = ctx.palette === 'colour-blind' ? toCssColour(OKABE_ITO[1] as number) : '#e67e22'
  // Games saved before card figures were kept have none: show installed compute alone.
  const hasCards = rows.some((r) => r.cards !== null)
  return {
    rows,
    series: [...(hasCards ? [{ key: 'cards', label: labels.cards, colour: cards }] : []), { key: 'china', label: labels.installed, colour: installed }],
    missing: 0,
    empty: false,
  }
}

/** Tension, 0–100, and where the crisis begins. */
export function tension(history: readonly HistoryPoint[], ctx: SeriesContext, label: string): ChartData & { crisis: number } {
  const crisis = ctx.rules.constants.crisisTension
  if (history.length === 0) return { ...emptyData(history), crisis }
  const rows = history.map((p) => ({ ...baseRow(p, ctx), tension: p.tension }))
  const colour = ctx.palette === 'colour-blind' ? toCssColour(OKABE_ITO[0] as number) : '#e0b34a'
  return { rows, series: [{ key: 'tension', label, colour }], missing: 0, empty: false, crisis }
}

/** Victory points per faction over the game. */
export function victoryPoints(history: readonly HistoryPoint[], ctx: SeriesContext): ChartData {
  const factions = factionOrder(history)
  if (factions.length === 0) return emptyData(history)
  const rows = history.map((p) => {
    const row = baseRow(p, ctx)
    for (const id of factions) row[id] = p.factions[id]?.vp ?? null
    return row
  })
  const colours = partyColours(factions, factions, ctx.palette)
  return { rows, series: factions.map((id) => ({ key: id, label: ctx.partyName(id), colour: colours.get(id) as string })), missing: 0, empty: false }
}

/** A compact number for axes: 950, 12k, 3.4M. */
export function compactNumber(value: number): string {
  const abs = Math.abs(value)
  const sign = value < 0 ? '−' : ''
  if (abs >= 1e6) return `${sign}${trim(abs / 1e6)}M`
  if (abs >= 1e3) return `${sign}${trim(abs / 1e3)}k`
  return `${sign}${trim(abs)}`
}

function trim(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1).replace(/\.0$/, '') : value.toFixed(2).replace(/\.?0+$/, '')
}
