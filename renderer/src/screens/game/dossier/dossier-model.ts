/**
 * The chip dossier's content, pure (no React, no DOM) so it is unit-tested: every chip the
 * seat knows of as a row to filter and sort, and for one chip its claimed and confirmed
 * figures against the H800 and H100, the three open questions a claim leaves (how does it
 * compare with the H800, which workloads does it run, is it shipping or an announcement),
 * and how each answer became known. Words come from the caller (i18n); this module only
 * decides which facts to show.
 */
import type { Rules, ViewBody } from '../game-types'
import { chipName, partyName } from '../report-lines'

export type ChipView = ViewBody['chips'][string]
export type ChipSpecs = ChipView['claimed']
export type Readiness = ChipView['claimedReadiness']
export type Workloads = ChipView['claimedWorkloads']
/** How a figure became known: the maker's claim, or the truth and how it came out. */
export type KnownHow = 'claimed' | NonNullable<ChipView['known']>['how']

/** The yardsticks every chip is measured against: the export-compliant H800 and the H100 it was cut from. */
export const YARDSTICK_IDS = { h800: 'h800', h100: 'h100' } as const

/** The specs in the order the dossier lists them. */
export const SPEC_KEYS = ['bf16Tflops', 'memoryGb', 'memoryBandwidthTBs', 'interconnectGBs', 'tpp', 'powerW'] as const satisfies readonly (keyof ChipSpecs)[]
export type SpecKey = (typeof SPEC_KEYS)[number]

/** Readiness levels, least to most ready (the engine's ReadinessSchema order). */
export const READINESS_ORDER: readonly Readiness[] = ['paper', 'sampling', 'volume']

/** A chip as one row of the dossier's list. */
export interface DossierRow {
  id: string
  name: string
  maker: string
  makerName: string
  /** The seat's own design. */
  own: boolean
  /** Truth known (any way) or only the maker's claim. */
  how: KnownHow
  /** The best readiness the seat knows of: the confirmed one, else the claim. */
  readiness: Readiness
  readinessConfirmed: boolean
  /** BF16 TFLOPS as a ratio to the H800 (the confirmed figure when known), or null without a yardstick. */
  vsH800: number | null
  launched: number
}

export type SortKey = 'name' | 'maker' | 'readiness' | 'performance'

export interface DossierFilter {
  /** A maker id, or null for every maker. */
  maker: string | null
  /** Case-insensitive part of the chip's or the maker's name. */
  search: string
  sort: SortKey
}


/** A chip's display name (the report's: catalogue text, or "Alibaba design 10" for a design in play). */
export const chipDisplayName = chipName

/** How the seat knows a chip's figures. */
export function knownHow(chip: ChipView): KnownHow {
  return chip.known?.how ?? 'claimed'
}

/**
 * A yardstick's published datasheet, fixed for the whole game (issue 16): the H800's from the
 * model constants (`yardstick*`), the others' from their catalogue records. Never the live
 * view, so a maker's changed claim or a leak does not move the ruler every chip is measured
 * with. `_view` is kept for callers; the figures do not depend on it.
 */
export function yardstickSpecs(id: string, _view: Pick<ViewBody, 'chips'>, rules: Rules): ChipSpecs | null {
  const record = rules.chips[id]?.claimed
  if (record === undefined) return null
  if (id !== YARDSTICK_IDS.h800) return record
  const c = rules.constants
  return { ...record, bf16Tflops: c.yardstickTflops, memoryBandwidthTBs: c.yardstickBandwidthTBs, interconnectGBs: c.yardstickInterconnectGBs, memoryGb: c.yardstickMemoryGb }
}

/** `value / reference`, or null when there is no reference to divide by. */
export function ratio(value: number, reference: number | null | undefined): number | null {
  if (reference === null || reference === undefined || !(reference > 0) || !Number.isFinite(value)) return null
  return value / reference
}

/** The best figures the seat has for a chip: the truth when known, else the claim. */
export function bestSpecs(chip: ChipView): ChipSpecs {
  return chip.known?.specs ?? chip.claimed
}

/** Every chip in the view as a dossier row (unsorted). */
export function dossierRows(view: Pick<ViewBody, 'chips'>, rules: Rules, texts: Record<string, string>, seat: string): DossierRow[] {
  const h800 = yardstickSpecs(YARDSTICK_IDS.h800, view, rules)
  return Object.values(view.chips).map((chip) => ({
    id: chip.id,
    name: chipDisplayName(chip.id, view, rules, texts),
    maker: chip.maker,
    makerName: partyName(chip.maker, rules, texts),
    own: chip.maker === seat,
    how: knownHow(chip),
    readiness: chip.known?.readiness ?? chip.claimedReadiness,
    readinessConfirmed: chip.known !== null,
    vsH800: ratio(bestSpecs(chip).bf16Tflops, h800?.bf16Tflops),
    launched: chip.launched,
  }))
}

/** The makers among the rows, by name, for the maker filter. */
export function dossierMakers(rows: readonly DossierRow[]): { id: string; name: string }[] {
  const makers = new Map<string, string>()
  for (const row of rows) makers.set(row.maker, row.makerName)
  return [...makers].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
}

/** The rows the filter keeps, in its order (ties by name). */
export function filterRows(rows: readonly DossierRow[], filter: DossierFilter): DossierRow[] {
  const needle = filter.search.trim().toLocaleLowerCase()
  const kept = rows.filter(
    (row) =>
      (filter.maker === null || row.maker === filter.maker) &&
      (needle === '' || row.name.toLocaleLowerCase().includes(needle) || row.makerName.toLocaleLowerCase().includes(needle) || row.id.includes(needle)),
  )
  const byName = (a: DossierRow, b: DossierRow): number => a.name.localeCompare(b.name, 'en', { numeric: true })
  const compare: Record<SortKey, (a: DossierRow, b: DossierRow) => number> = {
    name: byName,
    maker: (a, b) => a.makerName.localeCompare(b.makerName) || byName(a, b),
    // Most ready first.
    readiness: (a, b) => READINESS_ORDER.indexOf(b.readiness) - READINESS_ORDER.indexOf(a.readiness) || byName(a, b),
    // Fastest first; chips without a yardstick last.
    performance: (a, b) => (b.vsH800 ?? -1) - (a.vsH800 ?? -1) || byName(a, b),
  }
  return kept.sort(compare[filter.sort])
}

/** One spec's line in the comparison table. */
export interface SpecLine {
  key: SpecKey
  claimed: number
  /** The truth, when the seat knows it. */
  confirmed: number | null
  /** Where the figure shown comes from. */
  how: KnownHow
  h800: number | null
  h100: number | null
  /** The figure the seat trusts most (confirmed, else claimed) over the H800's. */
  vsH800: number | null
  /** Confirmed over claimed − 1 (e.g. −0.2 = 20 % short of the claim), when known. */
  gap: number | null
}

/** The spec table for one chip. */
export function specLines(chip: ChipView, view: Pick<ViewBody, 'chips'>, rules: Rules): SpecLine[] {
  const h800 = yardstickSpecs(YARDSTICK_IDS.h800, view, rules)
  const h100 = yardstickSpecs(YARDSTICK_IDS.h100, view, rules)
  const how = knownHow(chip)
  return SPEC_KEYS.map((key) => {
    const claimed = chip.claimed[key]
    const confirmed = chip.known === null ? null : chip.known.specs[key]
    return {
      key,
      claimed,
      confirmed,
      how,
      h800: h800?.[key] ?? null,
      h100: h100?.[key] ?? null,
      vsH800: ratio(confirmed ?? claimed, h800?.[key]),
      gap: confirmed === null ? null : ratio(confirmed, claimed) === null ? null : (ratio(confirmed, claimed) as number) - 1,
    }
  })
}

/** One of the three open questions a chip's announcement leaves. */
export interface OpenQuestion {
  id: 'performance' | 'workloads' | 'readiness'
  /** Answered by the truth (any way it came out), or still only the maker's word. */
  answered: boolean
  how: KnownHow
  /** For `performance`: BF16 over the H800's; for the others null. */
  claimedRatio: number | null
  confirmedRatio: number | null
  claimedWorkloads: Workloads | null
  confirmedWorkloads: Workloads | null
  claimedReadiness: Readiness | null
  confirmedReadiness: Readiness | null
}

/** The open questions: how does it compare with the H800, which workloads, production or announcement. */
export function openQuestions(chip: ChipView, view: Pick<ViewBody, 'chips'>, rules: Rules): OpenQuestion[] {
  const h800 = yardstickSpecs(YARDSTICK_IDS.h800, view, rules)
  const how = knownHow(chip)
  const known = chip.known
  const base = { answered: known !== null, how, claimedRatio: null, confirmedRatio: null, claimedWorkloads: null, confirmedWorkloads: null, claimedReadiness: null, confirmedReadiness: null }
  return [
    {
      ...base,
      id: 'performance',
      claimedRatio: ratio(chip.claimed.bf16Tflops, h800?.bf16Tflops),
      confirmedRatio: known === null ? null : ratio(known.specs.bf16Tflops, h800?.bf16Tflops),
    },
    { ...base, id: 'workloads', claimedWorkloads: chip.claimedWorkloads, confirmedWorkloads: known?.workloads ?? null },
    { ...base, id: 'readiness', claimedReadiness: chip.claimedReadiness, confirmedReadiness: known?.readiness ?? null },
  ]
}

/** A ratio as the dossier writes it: `0.62×`, `1.0×`, `12×`. */
export function formatRatio(value: number): string {
  if (value === 0) return '0×'
  const digits = value >= 10 ? 0 : value >= 1 ? 1 : 2
  return `${value.toFixed(digits)}×`
}

/** A spec value with sensible precision (TB/s keeps decimals, TFLOPS and watts do not). */
export function formatSpec(key: SpecKey, value: number): string {
  const digits = key === 'memoryBandwidthTBs' ? (value >= 10 ? 1 : 2) : value >= 100 || Number.isInteger(value) ? 0 : 1
  return value.toLocaleString('en', { minimumFractionDigits: 0, maximumFractionDigits: digits })
}

/** Bar lengths (0–1) for one spec: the chip's claim and truth and the yardsticks, scaled to the largest. */
export function specBars(line: SpecLine): { claimed: number; confirmed: number | null; h800: number | null; h100: number | null } {
  const max = Math.max(line.claimed, line.confirmed ?? 0, line.h800 ?? 0, line.h100 ?? 0)
  const share = (v: number | null): number | null => (v === null ? null : max > 0 ? v / max : 0)
  return { claimed: share(line.claimed) ?? 0, confirmed: share(line.confirmed), h800: share(line.h800), h100: share(line.h100) }
}

/** The cited sources of a catalogue chip (none for a design made in play). */
export function chipSources(id: string, rules: Rules): { title: string; publisher: string; date: string; url: string | null }[] {
  return (rules.chips[id]?.sources ?? []).map((s) => ({ title: s.title, publisher: s.publisher, date: s.date, url: s.url ?? null }))
}
