/**
 * The quarter report as lines for the report panel: every number with its cause. Pure, so
 * it is unit-tested; the panel only lays the lines out.
 */
import { i18n } from '../../i18n/i18n'
import type { NoteCode, QuarterReport, RefusalCode, SeatView } from './game-types'

type Rules = SeatView['rules']

export interface MoneyLine {
  cause: string
  amountBn: number
  counterparty: string
}
export interface ChipLine {
  chip: string
  units: number
  revenueBn: number
  priceUsd: number
  /** Which buyers spent what on it (pool budget × its share). */
  buyers: { pool: string; spentBn: number }[]
}
/** A news item: an event of the quarter, whom it concerns, whether it happened for real, and its sources. */
export interface NewsLine {
  name: string
  description: string | null
  /** The party it concerns, or null when it concerns everyone. */
  target: string | null
  /** True for historical events (they happened, on the dates of their sources). */
  historical: boolean
  /** True when the event asks this seat to choose (in next quarter's plan). */
  asksYou: boolean
  sources: { title: string; publisher: string; date: string; url: string | null }[]
}
export interface ReportLines {
  money: MoneyLine[]
  netBn: number
  chips: ChipLine[]
  events: NewsLine[]
  reveals: { chip: string; how: string; reputationDelta: number }[]
  policies: { policy: string; change: string; by: string }[]
  vp: { objective: string; points: number }[]
  vpTotal: number
  /** The seat's orders the engine refused, with its reason. */
  refused: { order: string; reason: string; message: string }[]
  /** What else happened to the seat (or to everyone), as sentences: a programme finished, a purchase came up short, a node came online… */
  notes: string[]
  tension: { from: number; to: number; causes: { cause: string; delta: number }[] }
}

export function text(texts: Record<string, string>, key: string | undefined, fallback: string): string {
  return key !== undefined && Object.prototype.hasOwnProperty.call(texts, key) ? (texts[key] as string) : fallback
}

/** A faction's, actor's or outside party's name. */
export function partyName(id: string, rules: Rules, texts: Record<string, string>): string {
  if (id.startsWith('outside:')) return partyName(id.slice('outside:'.length), rules, texts)
  if (id.startsWith('pool:')) return text(texts, rules.demandPools[id.slice('pool:'.length)]?.name, words(id.slice('pool:'.length)))
  const rec = rules.factions[id] ?? rules.actors[id]
  return rec === undefined ? words(id) : text(texts, rec.name, id)
}

/** An id in words: `datacenter-opex` → `Datacenter opex`. */
const ABBREVIATIONS: Record<string, string> = { rnd: 'R&D', opex: 'opex', capex: 'capex', hbm: 'HBM', ai: 'AI', vp: 'VP' }

export function words(id: string): string {
  const spaced = id
    .split(/[-_]/)
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ')
  return spaced.charAt(0).toUpperCase() + spaced.slice(1)
}

/** A cause (`order:<kind>`, `policy:<id>`, `event:<id>`, `market:<what>`, …) in words. */
export function causeName(cause: string, rules: Rules, texts: Record<string, string>): string {
  const at = cause.indexOf(':')
  if (at < 0) return words(cause)
  const kind = cause.slice(0, at)
  const id = cause.slice(at + 1)
  if (kind === 'policy') return text(texts, rules.policies[id]?.name, id)
  if (kind === 'event') return text(texts, rules.events[id]?.name, id)
  if (kind === 'objective') return text(texts, rules.objectives[id]?.name, id)
  if (kind === 'order') return `${words(kind)}: ${id.replace(/-/g, ' ')}`
  return `${words(id)} (${kind})`
}

/** A chip's name: its text key (catalogue or a player's design) through the game texts; a design in play is "Alibaba design 10". */
export function chipName(id: string, view: Pick<SeatView, 'chips'>, rules: Rules, texts: Record<string, string>): string {
  const key = view.chips[id]?.name ?? rules.chips[id]?.name
  if (key !== undefined && Object.prototype.hasOwnProperty.call(texts, key)) return texts[key] as string
  const maker = view.chips[id]?.maker
  if (key?.startsWith('designed.') === true && maker !== undefined) {
    return i18n.t('game.designName', { maker: partyName(maker, rules, texts), number: /(\d+)$/.exec(id)?.[1] ?? '' }).trim()
  }
  return key !== undefined && !key.includes('.') ? key : id
}

/** The report's lines that concern `seat`. */
export function reportLines(report: QuarterReport, seat: string, view: Pick<SeatView, 'chips'>, rules: Rules, texts: Record<string, string>): ReportLines {
  const money: MoneyLine[] = []
  for (const f of report.flows) {
    if (f.to === seat && f.from !== seat) money.push({ cause: causeName(f.cause, rules, texts), amountBn: f.amountBn, counterparty: partyName(f.from, rules, texts) })
    else if (f.from === seat && f.to !== seat) money.push({ cause: causeName(f.cause, rules, texts), amountBn: -f.amountBn, counterparty: partyName(f.to, rules, texts) })
  }
  // One line per cause and party (a subsidy paid in two parts reads as one figure).
  const merged = new Map<string, MoneyLine>()
  for (const m of money) {
    const key = `${m.cause}|${m.counterparty}|${m.amountBn >= 0 ? 'in' : 'out'}`
    const line = merged.get(key)
    if (line === undefined) merged.set(key, { ...m })
    else line.amountBn += m.amountBn
  }
  money.length = 0
  money.push(...merged.values())
  money.sort((a, b) => b.amountBn - a.amountBn)
  const chips: ChipLine[] = []
  for (const [id, c] of Object.entries(report.market.chips)) {
    const maker = view.chips[id]?.maker ?? rules.chips[id]?.maker
    if (maker !== seat) continue
    const buyers = Object.entries(report.market.pools)
      .map(([pool, p]) => ({ pool: text(texts, rules.demandPools[pool]?.name, pool), spentBn: p.budgetBn * (p.shares[id] ?? 0) }))
      .filter((b) => b.spentBn > 0)
      .sort((a, b) => b.spentBn - a.spentBn)
    chips.push({ chip: chipName(id, view, rules, texts), units: c.units, revenueBn: c.revenueBn, priceUsd: c.priceUsd, buyers })
  }
  const vp = (report.vp[seat] ?? []).map((v) => ({ objective: causeName(`objective:${v.objective}`, rules, texts), points: v.points }))
  return {
    money,
    netBn: money.reduce((s, m) => s + m.amountBn, 0),
    chips,
    events: report.events.map((e) => {
      const rec = rules.events[e.event]
      return {
        name: text(texts, rec?.name, e.event),
        description: rec?.description === undefined ? null : text(texts, rec.description, ''),
        target: e.target === null ? null : partyName(e.target, rules, texts),
        historical: rec?.historical === true,
        asksYou: e.target === seat && e.decision !== null,
        sources: (rec?.sources ?? []).map((s) => ({ title: s.title, publisher: s.publisher, date: s.date, url: s.url ?? null })),
      }
    }),
    reveals: report.reveals.map((r) => ({ chip: chipName(r.chip, view, rules, texts), how: r.how, reputationDelta: r.reputationDelta })),
    policies: report.policies.map((p) => ({ policy: text(texts, rules.policies[p.policy]?.name, p.policy), change: p.change, by: partyName(p.by, rules, texts) })),
    vp,
    vpTotal: vp.reduce((s, v) => s + v.points, 0),
    refused: (report.refusals[seat] ?? []).map((r) => ({ order: text(texts, `order.${r.kind}.name`, r.kind), reason: refusalReason(r.refusal.code), message: r.refusal.message })),
    notes: report.notes.filter((n) => (n.seat === null || n.seat === seat) && NOTE_WORDS[n.code] !== null).map((n) => noteText(n.code, n.params, view, rules, texts)),
    tension: { from: report.tension.from, to: report.tension.to, causes: report.tension.causes.map((c) => ({ cause: causeName(c.cause, rules, texts), delta: c.delta })) },
  }
}

/**
 * How the panel words each note the engine can write: its text key, or null for a note shown
 * another way. Typed by the engine's note table, so a new note code does not compile until
 * it has words here (and `translation-keys.test.ts` checks each key has a text).
 */
export const NOTE_WORDS: Record<NoteCode, string | null> = {
  'chip/sampling': 'game.report.note.chip.sampling',
  'claims/overclaim-revealed': 'game.report.note.claims.overclaim-revealed',
  'deploy/grid-short': 'game.report.note.deploy.grid-short',
  'deploy/no-power': 'game.report.note.deploy.no-power',
  // The seat chose it in its own plan; the news shows the event.
  'event/chosen': null,
  'event/defaulted': 'game.report.note.event.defaulted',
  // The money table already shows the quarter's finances.
  'finance/summary': null,
  'market/nothing-bought': 'game.report.note.market.nothing-bought',
  'market/price-above-limit': 'game.report.note.market.price-above-limit',
  'market/purchase-blocked': 'game.report.note.market.purchase-blocked',
  'market/short-cash': 'game.report.note.market.short-cash',
  'market/short-stock': 'game.report.note.market.short-stock',
  'market/smuggling-bust': 'game.report.note.market.smuggling-bust',
  'node/online': 'game.report.note.node.online',
  'production/blocked': 'game.report.note.production.blocked',
  'production/foundry-caught': 'game.report.note.production.foundry-caught',
  'production/refused': 'game.report.note.production.refused',
  'program/complete': 'game.report.note.program.complete',
  'program/respin': 'game.report.note.program.respin',
  'program/stalled': 'game.report.note.program.stalled',
  'program/unfunded': 'game.report.note.program.unfunded',
}

/** A refusal's reason in a few words (the engine's message carries the figures). Typed by the engine's refusal table. */
export const REFUSAL_WORDS: Record<RefusalCode, string> = {
  already_active: 'game.report.refusal.already_active',
  already_advancing: 'game.report.refusal.already_advancing',
  already_known: 'game.report.refusal.already_known',
  already_listed: 'game.report.refusal.already_listed',
  already_online: 'game.report.refusal.already_online',
  already_revealed: 'game.report.refusal.already_revealed',
  already_taped_out: 'game.report.refusal.already_taped_out',
  banned: 'game.report.refusal.banned',
  beyond_design_bound: 'game.report.refusal.beyond_design_bound',
  controlled: 'game.report.refusal.controlled',
  game_over: 'game.report.refusal.game_over',
  hbm_blocked: 'game.report.refusal.hbm_blocked',
  insufficient_cash: 'game.report.refusal.insufficient_cash',
  insufficient_political_capital: 'game.report.refusal.insufficient_political_capital',
  malformed: 'game.report.refusal.malformed',
  no_action_points: 'game.report.refusal.no_action_points',
  no_compute: 'game.report.refusal.no_compute',
  no_grid: 'game.report.refusal.no_grid',
  no_model: 'game.report.refusal.no_model',
  node_offline: 'game.report.refusal.node_offline',
  not_a_control: 'game.report.refusal.not_a_control',
  not_a_cut: 'game.report.refusal.not_a_cut',
  not_a_seat: 'game.report.refusal.not_a_seat',
  not_active: 'game.report.refusal.not_active',
  not_available: 'game.report.refusal.not_available',
  not_designed: 'game.report.refusal.not_designed',
  not_domestic: 'game.report.refusal.not_domestic',
  not_on_sale: 'game.report.refusal.not_on_sale',
  not_taped_out: 'game.report.refusal.not_taped_out',
  not_your_chip: 'game.report.refusal.not_your_chip',
  not_your_decision: 'game.report.refusal.not_your_decision',
  not_your_node: 'game.report.refusal.not_your_node',
  not_your_policy: 'game.report.refusal.not_your_policy',
  not_your_template: 'game.report.refusal.not_your_template',
  over_limit: 'game.report.refusal.over_limit',
  own_chip: 'game.report.refusal.own_chip',
  own_entity: 'game.report.refusal.own_entity',
  price_too_low: 'game.report.refusal.price_too_low',
  requires_node: 'game.report.refusal.requires_node',
  service_blocked: 'game.report.refusal.service_blocked',
  template_in_play: 'game.report.refusal.template_in_play',
  tool_blocked: 'game.report.refusal.tool_blocked',
  unknown_chip: 'game.report.refusal.unknown_chip',
  unknown_choice: 'game.report.refusal.unknown_choice',
  unknown_decision: 'game.report.refusal.unknown_decision',
  unknown_entity: 'game.report.refusal.unknown_entity',
  unknown_faction: 'game.report.refusal.unknown_faction',
  unknown_hbm: 'game.report.refusal.unknown_hbm',
  unknown_node: 'game.report.refusal.unknown_node',
  unknown_policy: 'game.report.refusal.unknown_policy',
  unknown_region: 'game.report.refusal.unknown_region',
  unknown_template: 'game.report.refusal.unknown_template',
  wrong_faction_kind: 'game.report.refusal.wrong_faction_kind',
}

/** A refusal code (`order/…`) in a few words. */
export function refusalReason(code: `order/${RefusalCode}`): string {
  return i18n.t(REFUSAL_WORDS[code.slice('order/'.length) as RefusalCode])
}

/** A report note as a sentence, its ids named from the game texts. */
export function noteText(code: NoteCode, params: Record<string, string | number>, view: Pick<SeatView, 'chips'>, rules: Rules, texts: Record<string, string>): string {
  const namers: Record<string, (id: string) => string> = {
    chip: (id) => chipName(id, view, rules, texts),
    node: (id) => text(texts, rules.nodes[id]?.name, id),
    policy: (id) => text(texts, rules.policies[id]?.name, id),
    region: (id) => text(texts, rules.regions[id]?.name, id),
    event: (id) => text(texts, rules.events[id]?.name, id),
    foundry: (id) => text(texts, rules.foundries[id]?.name, id),
    seat: (id) => partyName(id, rules, texts),
    choice: (id) => text(texts, Object.values(rules.events).flatMap((e) => e.choices).find((c) => c.id === id)?.name, words(id)),
  }
  const named: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) named[key] = typeof value === 'number' ? value.toLocaleString('en') : (namers[key]?.(value) ?? value)
  const key = NOTE_WORDS[code]
  return key === null ? '' : i18n.t(key, named)
}
