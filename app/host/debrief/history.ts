/**
 * "What really happened": the scenario period's historical events and dated policies from the
 * game data, each set beside what happened in this game, and a few real figures beside the
 * game's own. Real figures are only those the project's fact sheet gives, and a figure is shown
 * only when the game data (base game or mod) still carries the source it comes from. Data only:
 * the renderer words each item and each figure (by its id).
 */
import type { GameState, Rules } from '../../engine'
import type { DebriefCardYear, DebriefChoice, DebriefHistory, DebriefHistoryItem, DebriefRealityCheck, DebriefSource } from '../../protocol/debrief'
import { quarterOf, toSource } from './text-keys'

/** What the re-simulation saw happen, for comparing with the record. */
export interface GameRecord {
  /** Event id → quarters it fired (and whether the facilitator injected it, and what its target chose). */
  eventsFired: Map<string, { quarter: number; injected: boolean; choice: DebriefChoice | null }[]>
  /** Policy id → changes in order. */
  policyChanges: Map<string, { quarter: number; change: 'enacted' | 'repealed'; by: string }[]>
  /** Quarter → maker → units produced. */
  production: Map<number, Map<string, number>>
  /** The end-of-quarter history the game kept. */
  history: GameState['history']
  startQuarter: number
  /** The last quarter played (inclusive), or startQuarter − 1 when none. */
  lastQuarter: number
}

/** The scenario's historical events of the period, each with when it fired in this game. */
function eventItems(rules: Rules, eventPool: readonly string[], game: GameRecord, start: number, end: number): DebriefHistoryItem[] {
  const items: DebriefHistoryItem[] = []
  for (const event of Object.values(rules.events)) {
    if (!event.historical) continue
    const from = event.trigger.from === undefined ? null : quarterOf(event.trigger.from)
    const to = event.trigger.to === undefined ? from : quarterOf(event.trigger.to)
    const lo = from ?? -Infinity
    const hi = to ?? Infinity
    if (hi < start || lo > end) continue
    const fired = game.eventsFired.get(event.id) ?? []
    const first = fired[0]
    let quartersOff: number | null = null
    if (first !== undefined && from !== null) quartersOff = first.quarter < from ? first.quarter - from : to !== null && first.quarter > to ? first.quarter - to : 0
    items.push({
      kind: 'event',
      id: event.id,
      window: { from, to },
      realQuarter: from ?? start,
      fired: fired.map((f) => ({ quarter: f.quarter, injected: f.injected, choice: f.choice })),
      inScenario: eventPool.includes(event.id),
      gameQuarter: first === undefined ? null : first.quarter,
      quartersOff,
      sources: event.sources.map(toSource),
    })
  }
  return items
}

/** The dated policies of the period (and those the game enacted at another time). */
function policyItems(rules: Rules, startPolicies: ReadonlySet<string>, game: GameRecord, start: number, end: number): DebriefHistoryItem[] {
  const items: DebriefHistoryItem[] = []
  for (const policy of Object.values(rules.policies)) {
    if (policy.realRule === undefined) continue
    const real = quarterOf(policy.realRule.date)
    const changes = game.policyChanges.get(policy.id) ?? []
    const inPeriod = real !== null && real >= start && real <= end
    if (startPolicies.has(policy.id) && changes.length === 0) continue
    if (!inPeriod && changes.length === 0) continue
    const firstEnacted = changes.find((c) => c.change === 'enacted')
    const inForceAtStart = startPolicies.has(policy.id)
    const quartersOff = changes.length > 0 && firstEnacted !== undefined && real !== null && !inForceAtStart ? firstEnacted.quarter - real : null
    items.push({
      kind: 'policy',
      id: policy.id,
      realRule: { name: policy.realRule.name, date: policy.realRule.date },
      owner: policy.owner,
      realQuarter: real ?? start,
      changes: changes.map((c) => ({ quarter: c.quarter, change: c.change, by: c.by })),
      inForceAtStart,
      gameQuarter: firstEnacted === undefined ? null : firstEnacted.quarter,
      quartersOff,
      sources: policy.sources.map(toSource),
    })
  }
  return items
}

/** Items in real-time order: by quarter, events before policies, then an event's window end or a policy's date. */
function byRealDate(a: DebriefHistoryItem, b: DebriefHistoryItem): number {
  if (a.realQuarter !== b.realQuarter) return a.realQuarter - b.realQuarter
  if (a.kind === 'event' && b.kind === 'event') return (a.window.to ?? Infinity) - (b.window.to ?? Infinity) || a.id.localeCompare(b.id)
  if (a.kind === 'policy' && b.kind === 'policy') return a.realRule.date.localeCompare(b.realRule.date) || a.id.localeCompare(b.id)
  return a.kind === 'event' ? -1 : 1
}

/** The historical record of the scenario's period, beside the game. */
export function buildHistory(rules: Rules, scenarioId: string, eventPool: readonly string[], game: GameRecord): DebriefHistory {
  const scenario = rules.scenarios[scenarioId]
  const start = scenario === undefined ? game.startQuarter : (quarterOf(scenario.start) ?? game.startQuarter)
  const end = scenario === undefined ? game.lastQuarter : (quarterOf(scenario.end) ?? game.lastQuarter)
  const startPolicies = new Set(scenario?.policies ?? [])
  const items = [...eventItems(rules, eventPool, game, start, end), ...policyItems(rules, startPolicies, game, start, end)]
  items.sort(byRealDate)
  return {
    period: { from: start, to: end },
    inForceAtStart: [...startPolicies].map((id) => ({ id, realDate: rules.policies[id]?.realRule?.date ?? null })),
    items,
    figures: realityChecks(rules, game),
  }
}

/** Every source in the data that matches (dedup by title, publisher and date). */
export function findSources(rules: Rules, match: (s: DebriefSource) => boolean): DebriefSource[] {
  const seen = new Map<string, DebriefSource>()
  for (const [kind, records] of Object.entries(rules)) {
    if (kind === 'constants' || typeof records !== 'object' || records === null) continue
    for (const record of Object.values(records as Record<string, { sources?: unknown }>)) {
      if (!Array.isArray(record.sources)) continue
      for (const raw of record.sources as Parameters<typeof toSource>[0][]) {
        const s = toSource(raw)
        if (match(s)) seen.set(`${s.title}\u0000${s.publisher}\u0000${s.date}`, s)
      }
    }
  }
  return [...seen.values()]
}

function has(text: string, part: string): boolean {
  return text.toLowerCase().includes(part.toLowerCase())
}

/** China's cards bought in 2025 if played, else in the last year played; null without card figures. */
export function cardYear(history: GameRecord['history']): DebriefCardYear | null {
  const withCards = history.filter((h) => h.chinaCards !== undefined)
  const last = withCards.at(-1)
  if (last === undefined) return null
  const year = withCards.some((h) => Math.floor(h.quarter / 4) === 2025) ? 2025 : Math.floor(last.quarter / 4)
  const quarters = withCards.filter((h) => Math.floor(h.quarter / 4) === year)
  return {
    year,
    quarters: quarters.length,
    units: quarters.reduce((s, h) => s + (h.chinaCards?.units ?? 0), 0),
    domestic: quarters.reduce((s, h) => s + (h.chinaCards?.domestic ?? 0), 0),
  }
}

/**
 * Real figures beside the game's. Each needs its source in the game data and the game to have
 * played the quarters it compares; otherwise it is left out rather than guessed.
 */
function realityChecks(rules: Rules, game: GameRecord): DebriefRealityCheck[] {
  const checks: DebriefRealityCheck[] = []
  const first = game.history[0]
  const last = game.history.at(-1)

  // 1. Domestic share of China's AI accelerators (IDC): ~10% of cards in H1 2023, ~41% in 2025.
  const idc2025 = findSources(rules, (s) => has(s.publisher, 'IDC') && has(s.title, 'China AI accelerator card shipments'))
  const idc2023 = findSources(rules, (s) => has(s.publisher, 'IDC') && has(s.title, 'accelerated-server market'))
  if (idc2025.length > 0 && first !== undefined && last !== undefined) {
    checks.push({
      id: 'china-domestic-share',
      withH1of2023: idc2023.length > 0,
      cards: cardYear(game.history),
      first: { quarter: first.quarter, share: first.chinaDomesticShare },
      last: { quarter: last.quarter, share: last.chinaDomesticShare },
      sources: [...idc2023, ...idc2025],
    })
  }

  // 2. Nvidia's data-centre revenue: $47.5bn in fiscal 2024, $115.2bn in fiscal 2025 (≈ calendar 2024).
  const tenK = findSources(rules, (s) => has(s.publisher, 'Nvidia') && (has(s.title, '10-K, fiscal 2025') || has(s.title, '10-K, fiscal 2024')))
  const nvidia2024 = game.history.filter((h) => h.quarter >= 2024 * 4 && h.quarter <= 2024 * 4 + 3 && h.financials.nvidia !== undefined)
  if (tenK.some((s) => has(s.title, 'fiscal 2025')) && nvidia2024.length > 0) {
    const total = nvidia2024.reduce((sum, h) => sum + (h.financials.nvidia?.revenueBn ?? 0), 0)
    checks.push({ id: 'nvidia-revenue', faction: 'nvidia', totalBn: total, quarters: nvidia2024.length, sources: tenK })
  }

  // 3. Huawei's Ascend output: ~200k 910B in 2024 (reports vary widely); ~812k cards in 2025 (IDC).
  const ascend = findSources(rules, (s) => has(s.title, 'Huawei Ascend 910B output'))
  const huawei = rules.factions.huawei !== undefined ? 'huawei' : null
  const quarters2024 = [...game.production.keys()].filter((q) => q >= 2024 * 4 && q <= 2024 * 4 + 3)
  const quarters2025 = [...game.production.keys()].filter((q) => q >= 2025 * 4 && q <= 2025 * 4 + 3)
  if (huawei !== null && (ascend.length > 0 || idc2025.length > 0) && quarters2024.length + quarters2025.length > 0) {
    const units = (qs: number[]): number => Math.round(qs.reduce((sum, q) => sum + (game.production.get(q)?.get(huawei) ?? 0), 0))
    checks.push({
      id: 'huawei-output',
      faction: huawei,
      ascend: ascend.length > 0,
      idc: idc2025.length > 0,
      year2024: quarters2024.length === 0 ? null : { units: units(quarters2024), quarters: quarters2024.length },
      year2025: quarters2025.length === 0 ? null : { units: units(quarters2025), quarters: quarters2025.length },
      sources: [...ascend, ...idc2025],
    })
  }

  // 4. The race itself: US-bloc compute against China's.
  if (last !== undefined && first !== undefined) {
    const ratio = findSources(rules, (s) => has(s.title, 'Fiscal 2026 fourth-quarter') && has(s.publisher, 'Nvidia'))
    if (ratio.length > 0 && idc2025.length > 0) {
      checks.push({
        id: 'compute-ratio',
        first: { quarter: first.quarter, ratio: first.computeRatio },
        last: { quarter: last.quarter, ratio: last.computeRatio },
        sources: [...ratio, ...idc2025],
      })
    }
  }
  return checks
}
