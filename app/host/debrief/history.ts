/**
 * "What really happened": the scenario period's historical events and dated policies from the
 * game data, each set beside what happened in this game, and a few real figures beside the
 * game's own. Real figures are only those the project's fact sheet gives, and a figure is shown
 * only when the game data (base game or mod) still carries the source it comes from.
 */
import type { GameState, Rules } from '../../engine'
import type { DebriefHistory, DebriefHistoryItem, DebriefRealityCheck, DebriefSource } from './debrief-types'
import { type Namer, quarterOf, quarterText, toSource } from './names'

/** What the re-simulation saw happen, for comparing with the record. */
export interface GameRecord {
  /** Event id → quarters it fired (and whether the facilitator injected it). */
  eventsFired: Map<string, { quarter: number; injected: boolean; choice: string | null }[]>
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

function windowText(from: number | null, to: number | null): string {
  if (from === null && to === null) return 'undated'
  if (from === null) return `by ${quarterText(to ?? 0)}`
  if (to === null || to === from) return quarterText(from)
  return `${quarterText(from)} – ${quarterText(to)}`
}

function sign(n: number): string {
  return n === 1 || n === -1 ? 'quarter' : 'quarters'
}

function offText(off: number, window = false): string {
  if (off === 0) return window ? 'within its real dates' : 'the same quarter as in reality'
  return off < 0 ? `${-off} ${sign(off)} earlier than in reality` : `${off} ${sign(off)} later than in reality`
}

/** The historical record of the scenario's period, beside the game. */
export function buildHistory(rules: Rules, scenarioId: string, eventPool: readonly string[], names: Namer, game: GameRecord): DebriefHistory {
  const scenario = rules.scenarios[scenarioId]
  const start = scenario === undefined ? game.startQuarter : (quarterOf(scenario.start) ?? game.startQuarter)
  const end = scenario === undefined ? game.lastQuarter : (quarterOf(scenario.end) ?? game.lastQuarter)
  const startPolicies = new Set(scenario?.policies ?? [])
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
    let inGame: string
    let quartersOff: number | null = null
    if (first !== undefined) {
      const when = fired.map((f) => `${quarterText(f.quarter)}${f.injected ? ' (injected by the facilitator)' : ''}${f.choice === null ? '' : `: ${f.choice}`}`).join('; ')
      if (from !== null) quartersOff = first.quarter < from ? first.quarter - from : to !== null && first.quarter > to ? first.quarter - to : 0
      inGame = `Happened in ${when}${quartersOff === null ? '' : ` (${offText(quartersOff, true)})`}.`
    } else if (!eventPool.includes(event.id)) {
      inGame = 'Not in this scenario’s events.'
    } else {
      inGame = 'Did not happen in this game.'
    }
    items.push({
      kind: 'event',
      id: event.id,
      name: names.event(event.id),
      description: names.text(event.description),
      realDate: windowText(from, to),
      realQuarterIndex: from ?? start,
      inGame,
      gameQuarter: first === undefined ? null : quarterText(first.quarter),
      quartersOff,
      sources: event.sources.map(toSource),
    })
  }

  for (const policy of Object.values(rules.policies)) {
    if (policy.realRule === undefined) continue
    const real = quarterOf(policy.realRule.date)
    const changes = game.policyChanges.get(policy.id) ?? []
    const inPeriod = real !== null && real >= start && real <= end
    if (startPolicies.has(policy.id) && changes.length === 0) continue
    if (!inPeriod && changes.length === 0) continue
    const firstEnacted = changes.find((c) => c.change === 'enacted')
    let inGame: string
    let quartersOff: number | null = null
    if (changes.length > 0) {
      const list = changes.map((c) => `${c.change} ${quarterText(c.quarter)} by ${names.by(c.by)}`).join('; ')
      if (firstEnacted !== undefined && real !== null && !startPolicies.has(policy.id)) quartersOff = firstEnacted.quarter - real
      inGame = startPolicies.has(policy.id)
        ? `In force at the start; then ${list}.`
        : `${list.charAt(0).toUpperCase()}${list.slice(1)}${quartersOff === null ? '' : ` (${offText(quartersOff)})`}.`
    } else {
      inGame = 'Never enacted in this game.'
    }
    items.push({
      kind: 'policy',
      id: policy.id,
      name: names.policy(policy.id),
      description: `${policy.realRule.name} (${names.faction(policy.owner)})`,
      realDate: policy.realRule.date,
      realQuarterIndex: real ?? start,
      inGame,
      gameQuarter: firstEnacted === undefined ? null : quarterText(firstEnacted.quarter),
      quartersOff,
      sources: policy.sources.map(toSource),
    })
  }
  items.sort((a, b) => a.realQuarterIndex - b.realQuarterIndex || a.realDate.localeCompare(b.realDate) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))

  const inForceAtStart = [...startPolicies].map((id) => ({ id, name: names.policy(id), realDate: rules.policies[id]?.realRule?.date ?? '—' }))
  return {
    period: { from: quarterText(start), to: quarterText(end) },
    inForceAtStart,
    items,
    figures: realityChecks(rules, names, game),
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

function pct(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** "In 2025, 38% of the 3.9 million cards China bought were domestic; " for 2025 if played, else the last year played; empty without card figures. */
export function cardShareText(history: GameRecord['history']): string {
  const withCards = history.filter((h) => h.chinaCards !== undefined)
  const last = withCards.at(-1)
  if (last === undefined) return ''
  const year = withCards.some((h) => Math.floor(h.quarter / 4) === 2025) ? 2025 : Math.floor(last.quarter / 4)
  const quarters = withCards.filter((h) => Math.floor(h.quarter / 4) === year)
  const units = quarters.reduce((s, h) => s + (h.chinaCards?.units ?? 0), 0)
  const domestic = quarters.reduce((s, h) => s + (h.chinaCards?.domestic ?? 0), 0)
  const span = quarters.length < 4 ? ` (${quarters.length} of 4 quarters played)` : ''
  if (units <= 0) return `In ${year}${span}, China bought no accelerator cards; `
  return `In ${year}${span}, ${pct(domestic / units)} of the ${cardCount(units)} accelerator cards China bought were domestic; `
}

function cardCount(units: number): string {
  if (units >= 1e6) return `${(units / 1e6).toFixed(1)} million`
  if (units >= 1e3) return `${Math.round(units / 1e3)} thousand`
  return String(units)
}

/**
 * Real figures beside the game's. Each needs its source in the game data and the game to have
 * played the quarters it compares; otherwise it is left out rather than guessed.
 */
function realityChecks(rules: Rules, names: Namer, game: GameRecord): DebriefRealityCheck[] {
  const checks: DebriefRealityCheck[] = []
  const first = game.history[0]
  const last = game.history.at(-1)

  // 1. Domestic share of China's AI accelerators (IDC): ~10% of cards in H1 2023, ~41% in 2025.
  const idc2025 = findSources(rules, (s) => has(s.publisher, 'IDC') && has(s.title, 'China AI accelerator card shipments'))
  const idc2023 = findSources(rules, (s) => has(s.publisher, 'IDC') && has(s.title, 'accelerated-server market'))
  if (idc2025.length > 0 && first !== undefined && last !== undefined) {
    checks.push({
      id: 'china-domestic-share',
      label: 'Domestic chips’ share of China’s AI accelerators',
      real: `${idc2023.length > 0 ? 'About 10% of the accelerator cards China bought in H1 2023 were domestic; ' : ''}about 41% of the ~4 million cards of 2025 (Huawei ~812k, T-Head ~265k, Kunlunxin and Cambricon ~116k each).`,
      game: `${cardShareText(game.history)}${pct(first.chinaDomesticShare)} of China’s installed compute was on domestic chips after ${quarterText(first.quarter)}, ${pct(last.chinaDomesticShare)} after ${quarterText(last.quarter)}.`,
      caveat: 'IDC counts cards shipped in a year, as the game’s card figure does; the installed base is weighed in H100-equivalents, so it moves more slowly and counts a weaker domestic card for less.',
      sources: [...idc2023, ...idc2025],
    })
  }

  // 2. Nvidia's data-centre revenue: $47.5bn in fiscal 2024, $115.2bn in fiscal 2025 (≈ calendar 2024).
  const tenK = findSources(rules, (s) => has(s.publisher, 'Nvidia') && (has(s.title, '10-K, fiscal 2025') || has(s.title, '10-K, fiscal 2024')))
  const nvidia2024 = game.history.filter((h) => h.quarter >= 2024 * 4 && h.quarter <= 2024 * 4 + 3 && h.financials.nvidia !== undefined)
  if (tenK.some((s) => has(s.title, 'fiscal 2025')) && nvidia2024.length > 0) {
    const total = nvidia2024.reduce((sum, h) => sum + (h.financials.nvidia?.revenueBn ?? 0), 0)
    const span = nvidia2024.length === 4 ? 'in 2024' : `in the ${nvidia2024.length} quarter${nvidia2024.length === 1 ? '' : 's'} of 2024 played`
    checks.push({
      id: 'nvidia-revenue',
      label: `${names.faction('nvidia')}’s revenue`,
      real: 'Data-centre revenue of $47.5bn in fiscal 2024 (Feb 2023 – Jan 2024) and $115.2bn in fiscal 2025 (Feb 2024 – Jan 2025).',
      game: `$${total.toFixed(1)}bn ${span}.`,
      caveat: 'Nvidia’s fiscal 2025 runs about one month behind calendar 2024. The game’s market covers AI accelerators only, with demand budgets that follow the real growth path.',
      sources: tenK,
    })
  }

  // 3. Huawei's Ascend output: ~200k 910B in 2024 (reports vary widely); ~812k cards in 2025 (IDC).
  const ascend = findSources(rules, (s) => has(s.title, 'Huawei Ascend 910B output'))
  const huawei = rules.factions.huawei !== undefined ? 'huawei' : null
  const quarters2024 = [...game.production.keys()].filter((q) => q >= 2024 * 4 && q <= 2024 * 4 + 3)
  const quarters2025 = [...game.production.keys()].filter((q) => q >= 2025 * 4 && q <= 2025 * 4 + 3)
  if (huawei !== null && (ascend.length > 0 || idc2025.length > 0) && quarters2024.length + quarters2025.length > 0) {
    const units = (qs: number[]): number => qs.reduce((sum, q) => sum + (game.production.get(q)?.get(huawei) ?? 0), 0)
    const parts: string[] = []
    if (quarters2024.length > 0) parts.push(`${Math.round(units(quarters2024)).toLocaleString('en-US')} chips in ${quarters2024.length === 4 ? '2024' : `the ${quarters2024.length === 1 ? 'quarter' : `${quarters2024.length} quarters`} of 2024 played`}`)
    if (quarters2025.length > 0) parts.push(`${Math.round(units(quarters2025)).toLocaleString('en-US')} in ${quarters2025.length === 4 ? '2025' : `the ${quarters2025.length === 1 ? 'quarter' : `${quarters2025.length} quarters`} of 2025 played`}`)
    const real: string[] = []
    if (ascend.length > 0) real.push('about 200,000 Ascend 910B in 2024 (estimates vary widely: US Commerce said at most 200,000, others far more)')
    if (idc2025.length > 0) real.push('about 812,000 Huawei accelerator cards shipped in 2025 (IDC)')
    checks.push({
      id: 'huawei-output',
      label: `${names.faction(huawei)}’s Ascend output`,
      real: `${real.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
      game: `${names.faction(huawei)} produced ${parts.join(' and ')}.`,
      caveat: 'Real output was capped by SMIC yields and HBM, and topped up by dies made at TSMC through Sophgo; the game models the same limits with estimated numbers.',
      sources: [...ascend, ...idc2025],
    })
  }

  // 4. The race itself: US-bloc compute against China's.
  if (last !== undefined && first !== undefined) {
    const ratio = findSources(rules, (s) => has(s.title, 'Fiscal 2026 fourth-quarter') && has(s.publisher, 'Nvidia'))
    if (ratio.length > 0 && idc2025.length > 0) {
      checks.push({
        id: 'compute-ratio',
        label: 'US-bloc compute against China’s',
        real: 'Nvidia’s data-centre revenue grew from $15bn (fiscal 2023) to $194bn (fiscal 2026) while its China data-centre sales fell to about zero from mid-2025; China’s ~4 million cards of 2025 were ~41% domestic.',
        game: `The US bloc held ${first.computeRatio.toFixed(1)}× China’s installed compute after ${quarterText(first.quarter)} and ${last.computeRatio.toFixed(1)}× after ${quarterText(last.quarter)}.`,
        caveat: 'There is no audited count of installed AI compute by country; the game’s starting bases are estimates from these revenue and shipment figures.',
        sources: [...ratio, ...idc2025],
      })
    }
  }
  return checks
}
