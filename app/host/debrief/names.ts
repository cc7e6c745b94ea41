/**
 * Names in words for the debrief: every id (faction, chip, policy, event, node, …) through
 * the game's English texts, with the id itself as the last resort, and orders and money
 * causes described in one line. Mods can put any text here: nothing is trusted as markup
 * (the HTML renderer escapes everything).
 */
import type { GameState, Rules } from '../../engine'
import type { DebriefParam, DebriefSource } from './debrief-types'

/** `2025 Q3` for a quarter index. */
export function quarterText(index: number): string {
  return `${Math.floor(index / 4)} Q${(index % 4) + 1}`
}

/** A quarter index from `2023Q4`, `2023 Q4` or a date `2023-10-17` / `2023-10` / `2023`; null when unreadable. */
export function quarterOf(text: string): number | null {
  const q = /^(\d{4})\s?Q([1-4])$/.exec(text.trim())
  if (q !== null) return Number(q[1]) * 4 + Number(q[2]) - 1
  const d = /^(\d{4})(?:-(\d{2}))?/.exec(text.trim())
  if (d === null) return null
  const month = d[2] === undefined ? 1 : Number(d[2])
  if (month < 1 || month > 12) return null
  return Number(d[1]) * 4 + Math.floor((month - 1) / 3)
}

const FALLBACK_COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22']

/** A source as the debrief carries it. */
export function toSource(s: { title: string; publisher: string; date: string; url?: string | undefined; confidence?: 'high' | 'med' | 'low' | undefined }): DebriefSource {
  return { title: s.title, publisher: s.publisher, date: s.date, url: s.url ?? null, confidence: s.confidence ?? null }
}

function money(bn: number): string {
  if (Math.abs(bn) >= 100) return `$${Math.round(bn).toLocaleString('en-US')}bn`
  return `$${bn.toFixed(2).replace(/\.?0+$/, '')}bn`
}

function usd(value: number): string {
  return `$${Math.round(value).toLocaleString('en-US')}`
}

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US')
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`
}

/** Looks names up in the rules' English texts (or the first locale). */
export class Namer {
  private readonly texts: Record<string, string>

  constructor(
    readonly rules: Rules,
    private readonly chips: GameState['chips'],
    /** Decision id → event id, filled as the game is re-simulated. */
    readonly decisions: Map<string, string> = new Map(),
  ) {
    const locales = rules.locales
    this.texts = locales.en?.texts ?? Object.values(locales)[0]?.texts ?? {}
  }

  /** The text of a key, or null. */
  text(key: string | undefined): string | null {
    if (key === undefined) return null
    const value = this.texts[key]
    return typeof value === 'string' && value.length > 0 ? value : null
  }

  /** A text key's text, or the fallback. */
  textOr(key: string | undefined, fallback: string): string {
    return this.text(key) ?? fallback
  }

  faction(id: string): string {
    const f = this.rules.factions[id]
    if (f !== undefined) return this.textOr(f.name, id)
    const a = this.rules.actors[id]
    if (a !== undefined) return this.textOr(a.name, id)
    return id
  }

  /** A faction, an actor, or `outside:<what>` ("suppliers", "a demand pool"). */
  party(id: string): string {
    if (id.startsWith('outside:pool:')) return this.pool(id.slice('outside:pool:'.length))
    if (id.startsWith('outside:')) return id.slice('outside:'.length).replace(/-/g, ' ')
    return this.faction(id)
  }

  color(id: string, index: number): string {
    const c = this.rules.factions[id]?.color
    return c !== undefined && /^#[0-9a-fA-F]{6}$/.test(c) ? c : (FALLBACK_COLORS[index % FALLBACK_COLORS.length] ?? '#555555')
  }

  chip(id: string): string {
    const state = this.chips[id]
    const record = this.rules.chips[id]
    const key = state?.name ?? record?.name
    if (key !== undefined && !key.startsWith('designed.')) return this.textOr(key, id)
    if (state !== undefined) return `${this.faction(state.maker)}'s own design (${id})`
    return id
  }

  policy(id: string): string {
    return this.textOr(this.rules.policies[id]?.name, id)
  }

  event(id: string): string {
    return this.textOr(this.rules.events[id]?.name, id)
  }

  node(id: string): string {
    return this.textOr(this.rules.nodes[id]?.name, id)
  }

  hbm(id: string): string {
    return this.textOr(this.rules.hbm[id]?.name, id)
  }

  region(id: string): string {
    return this.textOr(this.rules.regions[id]?.name, id)
  }

  pool(id: string): string {
    return this.textOr(this.rules.demandPools[id]?.name, id)
  }

  objective(id: string): string {
    if (id === 'crisis') return 'Crisis penalty'
    return this.textOr(this.rules.objectives[id]?.name, id)
  }

  orderName(kind: string): string {
    return this.textOr(`order.${kind}.name`, kind.replace(/-/g, ' '))
  }

  /** Who or what a policy change came from: a faction, or `event:<id>`. */
  by(by: string): string {
    if (by.startsWith('event:')) return `the event "${this.event(by.slice('event:'.length))}"`
    return this.faction(by)
  }

  /** A money or tension cause in words. */
  cause(cause: string): string {
    const [head, ...rest] = cause.split(':')
    const what = rest.join(':')
    switch (head) {
      case 'order':
        return this.orderName(what)
      case 'policy':
        return `Policy: ${this.policy(what)}`
      case 'event':
        return `Event: ${this.event(what)}`
      case 'market':
        return MARKET_CAUSES[what] ?? `Market: ${what.replace(/-/g, ' ')}`
      case 'finance':
        return FINANCE_CAUSES[what] ?? `Finance: ${what.replace(/-/g, ' ')}`
      case 'draw':
        return `Draw: ${what.replace(/-/g, ' ')}`
      case 'restraint':
        return 'Restraint (no new escalation)'
      case 'smuggling-bust':
        return 'Smuggling bust'
      case 'facilitator':
        return 'The facilitator'
      default:
        return cause.replace(/-/g, ' ')
    }
  }

  /** Describes an order given as raw input (it may be malformed: anything a seat sent). */
  describeOrder(input: unknown): { kind: string; name: string; text: string; params: DebriefParam[] } {
    const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>
    const kind = typeof o.kind === 'string' ? o.kind : '?'
    const name = kind === '?' ? 'Unreadable order' : this.orderName(kind)
    const params: DebriefParam[] = []
    /** Each parameter: its label and value (for tables) and how it reads in the one-line text. */
    const phrases: string[] = []
    const add = (label: string, value: string | null, phrase?: (value: string) => string): void => {
      if (value === null) return
      params.push({ label, value })
      phrases.push(phrase === undefined ? value : phrase(value))
    }
    const str = (key: string): string | null => (typeof o[key] === 'string' ? (o[key] as string) : null)
    const num = (key: string): number | null => (typeof o[key] === 'number' && Number.isFinite(o[key]) ? (o[key] as number) : null)
    const map = <T>(value: T | null, f: (v: T) => string): string | null => (value === null ? null : f(value))
    const spec = (key: string): number | null => {
      const specs = o[key] as Record<string, unknown> | undefined
      return typeof specs?.bf16Tflops === 'number' && Number.isFinite(specs.bf16Tflops) ? specs.bf16Tflops : null
    }
    switch (kind) {
      case 'enact-policy':
      case 'repeal-policy':
        add('policy', map(str('policy'), (p) => this.policy(p)))
        break
      case 'set-licence':
        add('policy', map(str('policy'), (p) => this.policy(p)))
        add('licensing', map(str('mode'), (m) => m.replace(/-/g, ' ')), (v) => `licensing ${v}`)
        if (str('mode') === 'revenue-share') add('revenue share', map(num('revenueShare'), percent), (v) => `with a ${v} revenue share`)
        break
      case 'book-production':
        add('chip', map(str('chip'), (c) => this.chip(c)))
        add('wafers a quarter', map(num('wafersPerQuarter'), count), (v) => `${v} wafers a quarter`)
        break
      case 'buy-chips':
        add('units', map(num('units'), count), (v) => `${v} ×`)
        add('chip', map(str('chip'), (c) => this.chip(c)))
        add('up to', map(num('maxPriceUsd'), (v) => `${usd(v)} each`), (v) => `up to ${v}`)
        if (o.grey === true) add('route', 'grey market', () => 'on the grey market')
        break
      case 'set-chip-price':
        add('chip', map(str('chip'), (c) => this.chip(c)))
        add('price', map(num('priceUsd'), usd), (v) => `at ${v}`)
        break
      case 'set-allocation':
        add('chip', map(str('chip'), (c) => this.chip(c)))
        add('regions', Array.isArray(o.regions) ? o.regions.map((r) => (typeof r === 'string' ? this.region(r) : '?')).join(', ') || 'none' : null, (v) => `offered in ${v}`)
        break
      case 'set-wafer-price':
        add('node', map(str('node'), (n) => this.node(n)))
        add('price', map(num('priceUsd'), (v) => `${usd(v)} a wafer`), (v) => `at ${v}`)
        break
      case 'improve-yield':
        add('node', map(str('node'), (n) => this.node(n)))
        add('spend', map(num('amountBn'), money))
        break
      case 'advance-node':
        add('node', map(str('node'), (n) => this.node(n)))
        break
      case 'build-fab':
        add('node', map(str('node'), (n) => this.node(n)))
        add('region', map(str('region'), (r) => this.region(r)), (v) => `in ${v}`)
        add('wafers a quarter', map(num('wafersPerQuarter'), count), (v) => `${v} wafers a quarter`)
        break
      case 'build-datacenter':
        add('power', map(num('mw'), (v) => `${count(v)} MW`))
        add('region', map(str('region'), (r) => this.region(r)), (v) => `in ${v}`)
        break
      case 'invest-ecosystem':
      case 'efficiency-research':
        add('spend', map(num('amountBn'), money))
        break
      case 'grant-subsidy':
        add('amount', map(num('amountBn'), money))
        add('to', map(str('faction'), (f) => this.faction(f)), (v) => `to ${v}`)
        break
      case 'stockpile-hbm':
        add('stacks', map(num('stacks'), count), (v) => `${v} stacks`)
        add('HBM', map(str('hbm'), (h) => this.hbm(h)), (v) => `of ${v}`)
        break
      case 'tape-out':
      case 'benchmark-chip':
      case 'assess-chip':
        add('chip', map(str('chip'), (c) => this.chip(c)))
        break
      case 'announce-chip':
        add('chip', map(str('chip'), (c) => this.chip(c)))
        add('claimed BF16', map(spec('claimed'), (v) => `${count(v)} TFLOPS`), (v) => `claiming ${v} BF16`)
        add('claimed readiness', str('claimedReadiness'), (v) => `at ${v} readiness`)
        break
      case 'start-program':
        add('node', map(str('node'), (n) => this.node(n)), (v) => `on ${v}`)
        add('die', map(num('dieMm2'), (v) => `${count(v)} mm²`), (v) => `${v} die`)
        add('target BF16', map(spec('target'), (v) => `${count(v)} TFLOPS`), (v) => `aiming at ${v} BF16`)
        add('HBM', map(str('hbm'), (h) => `${this.hbm(h)}${typeof o.hbmStacks === 'number' ? ` × ${o.hbmStacks}` : ''}`))
        add('budget', map(num('budgetBnPerQuarter'), (v) => `${money(v)} a quarter`))
        break
      case 'design-variant': {
        add('base chip', map(str('base'), (c) => this.chip(c)), (v) => `from ${v}`)
        const cut = (typeof o.cut === 'object' && o.cut !== null ? o.cut : {}) as Record<string, unknown>
        if (typeof cut.bf16Tflops === 'number') add('BF16 cut to', `${count(cut.bf16Tflops)} TFLOPS`, (v) => `BF16 cut to ${v}`)
        if (typeof cut.interconnectGBs === 'number') add('interconnect cut to', `${count(cut.interconnectGBs)} GB/s`, (v) => `interconnect cut to ${v}`)
        if (typeof cut.memoryBandwidthTBs === 'number') add('bandwidth cut to', `${cut.memoryBandwidthTBs} TB/s`, (v) => `bandwidth cut to ${v}`)
        break
      }
      case 'set-compliance':
        add('level', str('level'))
        if (Array.isArray(o.refused) && o.refused.length > 0) add('refused', o.refused.map((r) => (typeof r === 'string' ? this.faction(r) : '?')).join(', '), (v) => `refusing ${v}`)
        break
      case 'set-cloud-price':
        add('price', map(num('priceUsdPerHour'), (v) => `$${v.toFixed(2)} per H100e-hour`))
        break
      case 'train-model':
        add('compute on training', map(num('computeShare'), percent), (v) => `${v} of compute on training`)
        break
      case 'list-entity':
        add('entity', map(str('entity'), (e) => this.faction(e)))
        break
      case 'set-enforcement':
        add('seizure chance', map(num('seizureChance'), percent), (v) => `seizure chance ${v}`)
        break
      case 'choose-event-option': {
        const decision = str('decision')
        const event = decision === null ? undefined : this.decisions.get(decision)
        if (event !== undefined) add('event', this.event(event), (v) => `“${v}”`)
        const choice = str('choice')
        if (choice !== null) add('choice', event === undefined ? choice : this.textOr(`event.${event}.choice.${choice}`, choice), (v) => `chose “${v}”`)
        break
      }
      case 'release-open-weights':
        break
      default:
        // A kind this debrief does not know (a newer engine): its fields as written.
        for (const [key, value] of Object.entries(o)) {
          if (key === 'kind') continue
          if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') add(key, String(value), (v) => `${key} ${v}`)
        }
    }
    const text = phrases.length === 0 ? name : `${name}: ${phrases.join(', ').replace(/ ×, /g, ' × ')}`
    return { kind, name, text, params }
  }
}

const MARKET_CAUSES: Record<string, string> = {
  'chip-sales': 'Chip sales',
  'claim-refunds': 'Refunds for false chip claims',
  'cloud-revenue': 'Cloud revenue',
  'grey-premium': 'Grey-market premium',
  hbm: 'HBM stacks',
  packaging: 'Packaging slots',
  wafers: 'Wafers',
}

const FINANCE_CAUSES: Record<string, string> = {
  budget: 'Government budget',
  'datacenter-opex': 'Data-centre running costs',
  program: 'Chip programmes (R&D)',
  'wafer-cost': 'Wafer production costs',
}
