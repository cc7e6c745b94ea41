/**
 * The order planner's pure model: which fields a legal order kind has (from the engine's
 * `legalOrders` parameter specs, nothing hard-coded per kind except nicer defaults), what
 * each option is called, sensible starting values, and a one-line summary of an order.
 * No React here, so every rule is unit-tested.
 */
import type { LegalOrder, Rules, ViewBody } from '../game-types'
import { i18n } from '../../../i18n/i18n'
import { formatBn } from '../format'
import { chipName, partyName, text, words } from '../report-lines'

/** A parameter's legal range as the engine describes it. */
export type ParamSpec = LegalOrder['params'][string]
/** An order being drafted: its kind and parameter values. */
export type Draft = { kind: string } & Record<string, unknown>
/** The names of a chip's spec fields, in the order forms show them. */
export const SPEC_KEYS = ['bf16Tflops', 'memoryGb', 'memoryBandwidthTBs', 'interconnectGBs', 'tpp', 'powerW'] as const
type Specs = Record<string, number>

/** What the planner needs to name things and choose defaults. */
export interface PlanContext {
  seat: string
  view: ViewBody
  rules: Rules
  texts: Record<string, string>
}

/** Groups of order kinds in the planner's menu, by the kind of player who uses them. */
export const ORDER_GROUPS: { id: string; kinds: readonly string[] }[] = [
  { id: 'events', kinds: ['choose-event-option'] },
  { id: 'chips', kinds: ['start-program', 'design-variant', 'tape-out', 'book-production', 'stockpile-hbm', 'set-chip-price', 'set-allocation', 'invest-ecosystem', 'announce-chip', 'benchmark-chip'] },
  { id: 'foundry', kinds: ['set-wafer-price', 'build-fab', 'advance-node', 'improve-yield', 'set-compliance'] },
  { id: 'cloud', kinds: ['build-datacenter', 'buy-chips', 'set-cloud-price', 'train-model', 'release-open-weights', 'efficiency-research'] },
  { id: 'policy', kinds: ['enact-policy', 'repeal-policy', 'set-licence', 'list-entity', 'assess-chip', 'set-enforcement', 'grant-subsidy'] },
]

/** The legal orders grouped for the menu; kinds the groups do not name (a newer engine) go in "other", so nothing legal is hidden. */
export function groupOrders(legal: readonly LegalOrder[]): { id: string; orders: LegalOrder[] }[] {
  const named = new Set(ORDER_GROUPS.flatMap((g) => g.kinds))
  const groups = ORDER_GROUPS.map((g) => ({ id: g.id, orders: g.kinds.flatMap((k) => legal.filter((o) => o.kind === k)) }))
  groups.push({ id: 'other', orders: legal.filter((o) => !named.has(o.kind)) })
  return groups.filter((g) => g.orders.length > 0)
}

/** Parameters the engine accepts without a value (shown with a "none" option). */
const OPTIONAL: Record<string, readonly string[]> = { 'start-program': ['hbm'] }

/** Whether a parameter may be left empty. */
export function isOptional(kind: string, param: string): boolean {
  return OPTIONAL[kind]?.includes(param) ?? false
}

/** How a number parameter is shown: shares as percentages, money with its unit. */
export interface NumberDisplay {
  /** Multiply the order's value by this for the field (100 for shares). */
  scale: number
  unit: string
  step: number
}

const SHARES = new Set(['revenueShare', 'seizureChance', 'computeShare'])
const UNITS: Record<string, string> = {
  amountBn: 'US$ bn',
  budgetBnPerQuarter: 'US$ bn / quarter',
  priceUsd: 'US$',
  maxPriceUsd: 'US$ / unit',
  priceUsdPerHour: 'US$ / hour',
  wafersPerQuarter: 'wafers / quarter',
  mw: 'MW',
  dieMm2: 'mm²',
  units: 'units',
  stacks: 'stacks',
  hbmStacks: 'stacks',
  bf16Tflops: 'TFLOPS',
  memoryGb: 'GB',
  memoryBandwidthTBs: 'TB/s',
  interconnectGBs: 'GB/s',
  tpp: 'TPP',
  powerW: 'W',
}

/** How to show a number parameter. */
export function numberDisplay(param: string, spec: { integer?: boolean } = {}): NumberDisplay {
  if (SHARES.has(param)) return { scale: 100, unit: '%', step: 1 }
  return { scale: 1, unit: UNITS[param] ?? '', step: spec.integer === true ? 1 : 0.1 }
}

/** The name of an option of an `id`/`ids`/`enum` parameter. */
export function optionLabel(kind: string, param: string, option: string, ctx: PlanContext): string {
  const { rules, texts, view } = ctx
  switch (param) {
    case 'chip':
    case 'base':
      return chipName(option, view, rules, texts)
    case 'node':
      return text(texts, rules.nodes[option]?.name, option)
    case 'region':
    case 'regions':
      return text(texts, rules.regions[option]?.name, option)
    case 'policy':
      return text(texts, rules.policies[option]?.name, option)
    case 'faction':
    case 'entity':
    case 'refused':
      return partyName(option, rules, texts)
    case 'hbm':
      return text(texts, rules.hbm[option]?.name, option)
    case 'decision': {
      const decision = view.decisions.find((d) => d.id === option)
      return decision === undefined ? option : text(texts, rules.events[decision.event]?.name, decision.event)
    }
    case 'choice':
      return choiceName(option, ctx)
    default:
      return text(texts, `choice.${kind}.${param}.${option}`, words(option))
  }
}

/** An event choice's name, looked up in the events that offer it. */
function choiceName(choice: string, ctx: PlanContext): string {
  for (const decision of ctx.view.decisions) {
    const rec = ctx.rules.events[decision.event]?.choices.find((c) => c.id === choice)
    if (rec !== undefined) return text(ctx.texts, rec.name, words(choice))
  }
  return words(choice)
}

/** The options an `id`/`ids`/`enum` parameter offers given the draft so far (an event's choices follow its decision). */
export function optionsFor(kind: string, param: string, spec: ParamSpec, draft: Draft, ctx: PlanContext): string[] {
  if (spec.type !== 'id' && spec.type !== 'ids' && spec.type !== 'enum') return []
  if (kind === 'choose-event-option' && param === 'choice') {
    const decision = ctx.view.decisions.find((d) => d.id === draft.decision)
    if (decision !== undefined) return decision.choices.filter((c) => spec.options.includes(c))
  }
  return spec.options
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value))

function ownPrivate(ctx: PlanContext): NonNullable<ViewBody['factions'][string]['private']> | null {
  return ctx.view.factions[ctx.seat]?.private ?? null
}

/** A chip's specs as the seat knows them best (its own truth, a known truth, or the claim). */
function bestSpecs(ctx: PlanContext, chipId: unknown): Specs | null {
  if (typeof chipId !== 'string') return null
  const chip = ctx.view.chips[chipId]
  if (chip === undefined) return null
  return { ...(chip.own?.true ?? chip.known?.specs ?? chip.claimed) }
}

/** A number parameter's starting value: the seat's current setting where there is one, else a modest figure in range. */
function defaultNumber(kind: string, param: string, spec: Extract<ParamSpec, { type: 'number' }>, draft: Draft, ctx: PlanContext): number {
  const f = ownPrivate(ctx)
  const chip = typeof draft.chip === 'string' ? draft.chip : ''
  const node = typeof draft.node === 'string' ? draft.node : ''
  const guesses: Record<string, () => number | undefined> = {
    priceUsd: () => (kind === 'set-wafer-price' ? f?.waferPrices[node] : (f?.chipPrices[chip] ?? ctx.view.chips[chip]?.priceUsd)),
    maxPriceUsd: () => suggestedMaxPrice(draft, ctx),
    wafersPerQuarter: () => (kind === 'book-production' ? (f?.bookings[chip] ?? 1000) : 10_000),
    units: () => 10_000,
    amountBn: () => 1,
    budgetBnPerQuarter: () => 0.5,
    dieMm2: () => 600,
    hbmStacks: () => 6,
    stacks: () => 10_000,
    mw: () => 100,
    priceUsdPerHour: () => f?.cloudPriceUsdPerHour,
    computeShare: () => f?.trainingShare,
    revenueShare: () => 0.15,
    seizureChance: () => 0.1,
  }
  const guess = guesses[param]?.() ?? spec.min
  const value = clamp(guess, spec.min, spec.max)
  return spec.integer ? Math.round(value) : Math.round(value * 100) / 100
}

/** A limit price for buying a chip: its list price, with the grey-market premium when buying grey. */
export function suggestedMaxPrice(draft: Draft, ctx: PlanContext): number | undefined {
  const chip = typeof draft.chip === 'string' ? ctx.view.chips[draft.chip] : undefined
  if (chip === undefined) return undefined
  const premium = draft.grey === true ? ctx.rules.constants.greyMarketPremium : 1
  return Math.ceil((chip.priceUsd * premium) / 100) * 100
}

function defaultSpecs(kind: string, param: string, spec: Extract<ParamSpec, { type: 'specs' }>, draft: Draft, ctx: PlanContext): Specs {
  const base = bestSpecs(ctx, kind === 'design-variant' ? draft.base : draft.chip)
  const out: Specs = {}
  for (const key of Object.keys(spec.max)) {
    const max = spec.max[key] ?? 0
    let value = base?.[key] ?? max / 2
    // A variant starts as a cut-down version of its base (the H20 pattern): less compute and interconnect.
    if (kind === 'design-variant') value = key === 'memoryBandwidthTBs' ? value : value * 0.5
    out[key] = Math.round(clamp(value, 0, max) * 10) / 10
  }
  if (kind === 'start-program' && base === null) {
    // A new design aims at an H800-class part by default, cut to what the chosen node and package allow.
    const yardstick = bestSpecs(ctx, 'h800')
    if (yardstick !== null) for (const key of Object.keys(out)) out[key] = Math.round(clamp(yardstick[key] ?? out[key] ?? 0, 0, spec.max[key] ?? 0) * 10) / 10
    return fitToDesignBound(out, spec, draft, ctx)
  }
  return out
}

/** Share of a design's bound a default target aims at: near the bound a first silicon risks a respin. */
const DEFAULT_REACH = 0.85

/**
 * The most a start-program draft can reach with its node, die, chiplets, power and memory, from
 * `legalOrders`' per-node rates (the engine's design bound, docs/model.md); null without a node.
 */
export function draftDesignBound(spec: Extract<ParamSpec, { type: 'specs' }>, draft: Draft, ctx: PlanContext, powerW: number): { bf16Tflops: number; memoryBandwidthTBs: number; memoryGb: number } | null {
  const rates = typeof draft.node === 'string' ? spec.byNode?.[draft.node] : undefined
  if (rates?.tflopsPerMm2 === undefined || rates.tflopsPerWatt === undefined) return null
  const c = ctx.rules.constants
  const die = Math.min(typeof draft.dieMm2 === 'number' ? draft.dieMm2 : 0, c.reticleMm2)
  const area = Math.min(die * Math.max(1, typeof draft.dies === 'number' ? draft.dies : 1), c.reticleMm2 * c.maxChiplets)
  const line = typeof draft.hbm === 'string' ? ctx.rules.hbm[draft.hbm] : undefined
  const stacks = line === undefined || typeof draft.hbmStacks !== 'number' ? 0 : draft.hbmStacks
  return {
    bf16Tflops: Math.min(rates.tflopsPerMm2 * area, rates.tflopsPerWatt * powerW),
    memoryBandwidthTBs: stacks > 0 && line !== undefined ? stacks * line.bandwidthTBsPerStack : c.nonHbmBandwidthTBs,
    memoryGb: stacks > 0 && line !== undefined ? stacks * line.stackGb : c.nonHbmMemoryGb,
  }
}

/** A start-program target lowered (never raised) into its draft's design bound; TPP follows the TFLOPS. */
export function fitToDesignBound(target: Specs, spec: Extract<ParamSpec, { type: 'specs' }>, draft: Draft, ctx: PlanContext): Specs {
  const bound = draftDesignBound(spec, draft, ctx, target.powerW ?? 0)
  if (bound === null) return target
  const out = { ...target }
  const tflops = Math.floor(bound.bf16Tflops * DEFAULT_REACH)
  if ((out.bf16Tflops ?? 0) > tflops) {
    if (out.tpp !== undefined && out.bf16Tflops) out.tpp = Math.round((out.tpp * tflops) / out.bf16Tflops)
    out.bf16Tflops = tflops
  }
  if ((out.memoryBandwidthTBs ?? 0) > bound.memoryBandwidthTBs) out.memoryBandwidthTBs = Math.floor(bound.memoryBandwidthTBs * 100) / 100
  if ((out.memoryGb ?? 0) > bound.memoryGb) out.memoryGb = Math.floor(bound.memoryGb)
  return out
}

function defaultOption(kind: string, param: string, options: readonly string[], draft: Draft, ctx: PlanContext): string | undefined {
  const f = ownPrivate(ctx)
  const chip = typeof draft.chip === 'string' ? ctx.view.chips[draft.chip] : undefined
  const truth = chip?.own ?? null
  if (param === 'claimedReadiness' && truth !== null && options.includes(truth.readiness)) return truth.readiness
  if (param === 'claimedWorkloads' && truth !== null && options.includes(truth.workloads)) return truth.workloads
  if (param === 'level' && f !== null && options.includes(f.compliance)) return f.compliance
  // A buyer starts from a chip made in its own bloc: the likeliest to be legal for it.
  if (kind === 'buy-chips' && param === 'chip') return options.find((id) => blocOf(ctx, makerRegion(ctx, id)) === blocOf(ctx, ctx.rules.factions[ctx.seat]?.region)) ?? options[0]
  if (param === 'mode' && typeof draft.policy === 'string') {
    const licence = ctx.view.policies[draft.policy]?.licence
    if (typeof licence === 'string' && options.includes(licence)) return licence
  }
  return options[0]
}

/** The home region of a chip's maker (a faction or an actor). */
function makerRegion(ctx: PlanContext, chipId: string): string | undefined {
  const maker = ctx.view.chips[chipId]?.maker
  return maker === undefined ? undefined : (ctx.rules.factions[maker]?.region ?? ctx.rules.actors[maker]?.region)
}

/** A region's bloc (us, china, neutral…), or undefined. */
function blocOf(ctx: PlanContext, region: string | undefined): string | undefined {
  return region === undefined ? undefined : ctx.rules.regions[region]?.alignment
}

/** Starting values for every parameter of a legal order kind. */
export function defaultDraft(order: LegalOrder, ctx: PlanContext): Draft {
  const draft: Draft = { kind: order.kind }
  // Ids and enums first: the numbers' defaults depend on the chip, node or policy chosen.
  const entries = Object.entries(order.params).sort(([, a], [, b]) => rank(a) - rank(b))
  for (const [param, spec] of entries) fillParam(order.kind, param, spec, draft, ctx)
  return draft
}

function rank(spec: ParamSpec): number {
  // Specs last: a design's default target depends on its node, die, chiplets and memory.
  return spec.type === 'id' ? 0 : spec.type === 'enum' || spec.type === 'boolean' ? 1 : spec.type === 'specs' ? 3 : 2
}

function fillParam(kind: string, param: string, spec: ParamSpec, draft: Draft, ctx: PlanContext): void {
  switch (spec.type) {
    case 'id':
    case 'enum': {
      const value = defaultOption(kind, param, optionsFor(kind, param, spec, draft, ctx), draft, ctx)
      if (value !== undefined) draft[param] = value
      return
    }
    case 'ids': {
      const f = ownPrivate(ctx)
      const current = param === 'regions' && typeof draft.chip === 'string' ? f?.allocation[draft.chip] : param === 'refused' ? f?.refusedCustomers : undefined
      draft[param] = (current ?? (param === 'regions' ? spec.options : [])).filter((o) => spec.options.includes(o))
      return
    }
    case 'number':
      draft[param] = defaultNumber(kind, param, spec, draft, ctx)
      return
    case 'boolean':
      draft[param] = false
      return
    case 'specs':
      draft[param] = defaultSpecs(kind, param, spec, draft, ctx)
  }
}

/**
 * The draft after the player changes one parameter. Values that follow from it are refreshed
 * (a new chip brings its price and specs; buying grey raises the limit price; a new decision
 * brings its own choices); everything else the player set stays.
 */
export function changeParam(order: LegalOrder, draft: Draft, param: string, value: unknown, ctx: PlanContext): Draft {
  const next: Draft = { ...draft }
  if (value === undefined) delete next[param]
  else next[param] = value
  const follows: Record<string, readonly string[]> = {
    chip: ['priceUsd', 'maxPriceUsd', 'wafersPerQuarter', 'claimed', 'claimedReadiness', 'claimedWorkloads', 'regions'],
    base: ['cut'],
    grey: ['maxPriceUsd'],
    // A design's default target re-aims at what the new node allows.
    node: ['priceUsd', 'target'],
    decision: ['choice'],
    policy: ['mode'],
  }
  for (const dependent of follows[param] ?? []) {
    const spec = order.params[dependent]
    if (spec === undefined) continue
    delete next[dependent]
    fillParam(order.kind, dependent, spec, next, ctx)
  }
  // A design's target stays inside what its die, chiplets and memory allow (the player's figures are only ever lowered).
  const target = order.params.target
  if (order.kind === 'start-program' && target?.type === 'specs' && DESIGN_CHOICES.includes(param) && typeof next.target === 'object' && next.target !== null) {
    next.target = fitToDesignBound(next.target as Specs, target, next, ctx)
  }
  return next
}

/** The start-program parameters a design's bound depends on. */
const DESIGN_CHOICES: readonly string[] = ['node', 'dieMm2', 'dies', 'hbm', 'hbmStacks']

/** An order's name from the game texts. */
export function orderName(kind: string, texts: Record<string, string>): string {
  return text(texts, `order.${kind}.name`, words(kind))
}

const MONEY_BN = new Set(['amountBn', 'budgetBnPerQuarter'])
const MONEY_USD = new Set(['priceUsd', 'maxPriceUsd', 'priceUsdPerHour'])

/** A parameter's value in words, for the plan list (null: not worth a mention, like a switch left off). */
export function valueLabel(kind: string, param: string, value: unknown, ctx: PlanContext): string | null {
  if (typeof value === 'string') return optionLabel(kind, param, value, ctx)
  if (typeof value === 'boolean') return value ? i18n.t(`planner.flag.${param}`, { defaultValue: words(param) }) : null
  if (typeof value === 'number' && MONEY_BN.has(param)) return param === 'budgetBnPerQuarter' ? i18n.t('planner.perQuarter', { value: formatBn(value) }) : formatBn(value)
  if (typeof value === 'number' && MONEY_USD.has(param)) return i18n.t(`planner.usd.${param}`, { value: value.toLocaleString('en') })
  if (typeof value === 'number') {
    const display = numberDisplay(param)
    const shown = Math.round(value * display.scale * 100) / 100
    return `${shown.toLocaleString('en')}${display.unit === '' ? '' : display.unit === '%' ? '%' : ` ${display.unit}`}`
  }
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => optionLabel(kind, param, String(v), ctx)).join(', ')
  if (value !== null && typeof value === 'object') {
    const specs = value as Specs
    return SPEC_KEYS.filter((k) => specs[k] !== undefined)
      .slice(0, 2)
      .map((k) => `${(specs[k] ?? 0).toLocaleString('en')} ${UNITS[k] ?? k}`)
      .join(', ')
  }
  return '—'
}

/** The parameters of an order in words: `[param, value]` pairs, in the order the engine lists them. */
export function orderSummary(order: Draft, legal: LegalOrder | undefined, ctx: PlanContext): { param: string; value: string }[] {
  const params = legal === undefined ? Object.keys(order).filter((k) => k !== 'kind') : Object.keys(legal.params).filter((k) => order[k] !== undefined)
  return params.flatMap((param) => {
    const value = valueLabel(order.kind, param, order[param], ctx)
    return value === null ? [] : [{ param, value }]
  })
}
