/**
 * The debrief in words: each code, cause, order, result, key moment, history item, real figure
 * and warning the host sends as data, worded through the `debrief.*` locale keys. Pure (no
 * React): the components lay these strings out; the unit tests read them directly. Every t()
 * key is a literal, so the translation-keys test sees it.
 */
import type {
  Debrief,
  DebriefChoice,
  DebriefCitation,
  DebriefHistoryItem,
  DebriefIntervention,
  DebriefKeyMoment,
  DebriefOrder,
  DebriefOrderResult,
  DebriefOutcome,
  DebriefParam,
  DebriefRealityCheck,
  DebriefWarning,
} from '../../../../app/protocol'
import type { DebriefNames } from './debrief-names'

type T = DebriefNames['t']

const MARKET_CAUSES: Record<string, (t: T) => string> = {
  'chip-sales': (t) => t('debrief.cause.market.chipSales'),
  'claim-refunds': (t) => t('debrief.cause.market.claimRefunds'),
  'cloud-revenue': (t) => t('debrief.cause.market.cloudRevenue'),
  'grey-premium': (t) => t('debrief.cause.market.greyPremium'),
  hbm: (t) => t('debrief.cause.market.hbm'),
  packaging: (t) => t('debrief.cause.market.packaging'),
  wafers: (t) => t('debrief.cause.market.wafers'),
}

const FINANCE_CAUSES: Record<string, (t: T) => string> = {
  budget: (t) => t('debrief.cause.finance.budget'),
  'datacenter-opex': (t) => t('debrief.cause.finance.datacenterOpex'),
  program: (t) => t('debrief.cause.finance.program'),
  'wafer-cost': (t) => t('debrief.cause.finance.waferCost'),
}

function known(table: Record<string, (t: T) => string>, key: string): ((t: T) => string) | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined
}

function spaced(id: string): string {
  return id.replace(/-/g, ' ')
}

/** A money or tension cause in words (`order:<kind>`, `policy:<id>`, `market:<what>`…). */
export function causeText(n: DebriefNames, cause: string): string {
  const t = n.t
  const [head = '', ...rest] = cause.split(':')
  const what = rest.join(':')
  switch (head) {
    case 'order':
      return n.order(what)
    case 'policy':
      return t('debrief.cause.policy', { name: n.name('policy', what) })
    case 'event':
      return t('debrief.cause.event', { name: n.name('event', what) })
    case 'market':
      return known(MARKET_CAUSES, what)?.(t) ?? t('debrief.cause.market.other', { what: spaced(what) })
    case 'finance':
      return known(FINANCE_CAUSES, what)?.(t) ?? t('debrief.cause.finance.other', { what: spaced(what) })
    case 'draw':
      return t('debrief.cause.draw', { what: spaced(what) })
    case 'restraint':
      return t('debrief.cause.restraint')
    case 'smuggling-bust':
      return t('debrief.cause.smugglingBust')
    case 'facilitator':
      return t('debrief.cause.facilitator')
    default:
      return spaced(cause)
  }
}

/** A tension cause: as `causeText`, but an event the facilitator injected is named. */
export function tensionCauseText(n: DebriefNames, cause: string): string {
  if (cause.startsWith('facilitator:')) return n.t('debrief.cause.facilitatorEvent', { event: n.name('event', cause.slice('facilitator:'.length)) })
  return causeText(n, cause)
}

/** How an order parameter reads: its value in words, and the phrase it makes in the order's line. */
interface ParamWords {
  value(n: DebriefNames, v: DebriefParam['value'], order: DebriefOrder): string
  phrase?(t: T, value: string): string
  /** Joined to the phrase before with a space, not a comma (`5,000 × H20`, `HBM3 × 8`). */
  glued?: true
}

const str = (v: DebriefParam['value']): string => (Array.isArray(v) ? v.join(', ') : String(v))
const numberOf = (v: DebriefParam['value']): number => (typeof v === 'number' ? v : Number(v))
const list = (v: DebriefParam['value']): string[] => (Array.isArray(v) ? v : [String(v)])

const LICENSING: Record<string, (t: T) => string> = {
  deny: (t) => t('debrief.licensing.deny'),
  'case-by-case': (t) => t('debrief.licensing.caseByCase'),
  'revenue-share': (t) => t('debrief.licensing.revenueShare'),
  allow: (t) => t('debrief.licensing.allow'),
}

const PARAMS: Record<string, ParamWords> = {
  policy: { value: (n, v) => n.name('policy', str(v)) },
  licensing: { value: (n, v) => known(LICENSING, str(v))?.(n.t) ?? spaced(str(v)), phrase: (t, value) => t('debrief.param.licensing', { value }) },
  revenueShare: { value: (n, v) => n.percent(numberOf(v)), phrase: (t, value) => t('debrief.param.revenueShare', { value }) },
  chip: { value: (n, v) => n.chip(str(v)) },
  wafersPerQuarter: { value: (n, v) => n.count(numberOf(v)), phrase: (t, value) => t('debrief.param.wafersPerQuarter', { value }) },
  units: { value: (n, v) => n.count(numberOf(v)), phrase: (t, value) => t('debrief.param.units', { value }) },
  maxPriceUsd: { value: (n, v) => n.usd(numberOf(v)), phrase: (t, value) => t('debrief.param.maxPriceUsd', { value }) },
  grey: { value: () => '', phrase: (t) => t('debrief.param.grey') },
  priceUsd: { value: (n, v) => n.usd(numberOf(v)), phrase: (t, value) => t('debrief.param.priceUsd', { value }) },
  regions: { value: (n, v) => (list(v).length === 0 ? n.t('debrief.param.noRegion') : list(v).map((r) => n.name('region', r)).join(', ')), phrase: (t, value) => t('debrief.param.regions', { value }) },
  waferPriceUsd: { value: (n, v) => n.usd(numberOf(v)), phrase: (t, value) => t('debrief.param.waferPriceUsd', { value }) },
  node: { value: (n, v) => n.name('node', str(v)) },
  onNode: { value: (n, v) => n.name('node', str(v)), phrase: (t, value) => t('debrief.param.onNode', { value }) },
  spendBn: { value: (n, v) => n.orderMoney(numberOf(v)) },
  amountBn: { value: (n, v) => n.orderMoney(numberOf(v)) },
  region: { value: (n, v) => n.name('region', str(v)), phrase: (t, value) => t('debrief.param.region', { value }) },
  mw: { value: (n, v) => n.count(numberOf(v)), phrase: (t, value) => t('debrief.param.mw', { value }) },
  toFaction: { value: (n, v) => n.faction(str(v)), phrase: (t, value) => t('debrief.param.toFaction', { value }) },
  stacks: { value: (n, v) => n.count(numberOf(v)), phrase: (t, value) => t('debrief.param.stacks', { value }) },
  ofHbm: { value: (n, v) => n.name('hbm', str(v)), phrase: (t, value) => t('debrief.param.ofHbm', { value }) },
  claimedBf16: { value: (n, v) => n.count(numberOf(v)), phrase: (t, value) => t('debrief.param.claimedBf16', { value }) },
  claimedReadiness: { value: (_n, v) => str(v), phrase: (t, value) => t('debrief.param.claimedReadiness', { value }) },
  dieMm2: { value: (n, v) => n.count(numberOf(v)), phrase: (t, value) => t('debrief.param.dieMm2', { value }) },
  targetBf16: { value: (n, v) => n.count(numberOf(v)), phrase: (t, value) => t('debrief.param.targetBf16', { value }) },
  hbm: { value: (n, v) => n.name('hbm', str(v)) },
  hbmStacks: { value: (n, v) => n.count(numberOf(v)), phrase: (t, value) => t('debrief.param.hbmStacks', { value }), glued: true },
  budgetBnPerQuarter: { value: (n, v) => n.orderMoney(numberOf(v)), phrase: (t, value) => t('debrief.param.budgetBnPerQuarter', { value }) },
  base: { value: (n, v) => n.chip(str(v)), phrase: (t, value) => t('debrief.param.base', { value }) },
  cutBf16: { value: (n, v) => n.count(numberOf(v)), phrase: (t, value) => t('debrief.param.cutBf16', { value }) },
  cutInterconnect: { value: (n, v) => n.count(numberOf(v)), phrase: (t, value) => t('debrief.param.cutInterconnect', { value }) },
  cutBandwidth: { value: (n, v) => n.upTo(numberOf(v), 3), phrase: (t, value) => t('debrief.param.cutBandwidth', { value }) },
  level: { value: (_n, v) => str(v) },
  refused: { value: (n, v) => list(v).map((f) => n.faction(f)).join(', '), phrase: (t, value) => t('debrief.param.refused', { value }) },
  cloudPriceUsdPerHour: { value: (n, v) => n.num(numberOf(v), 2), phrase: (t, value) => t('debrief.param.cloudPriceUsdPerHour', { value }) },
  computeShare: { value: (n, v) => n.percent(numberOf(v)), phrase: (t, value) => t('debrief.param.computeShare', { value }) },
  entity: { value: (n, v) => n.faction(str(v)) },
  seizureChance: { value: (n, v) => n.percent(numberOf(v)), phrase: (t, value) => t('debrief.param.seizureChance', { value }) },
  event: { value: (n, v) => n.name('event', str(v)), phrase: (t, value) => t('debrief.param.event', { value }) },
  choice: {
    value: (n, v, order) => {
      const event = order.params.find((p) => p.key === 'event')?.value
      return typeof event === 'string' ? n.choice(event, str(v)) : str(v)
    },
    phrase: (t, value) => t('debrief.param.choice', { value }),
  },
  unknownChoice: { value: (_n, v) => str(v), phrase: (t, value) => t('debrief.param.choice', { value }) },
}

/** The parameter keys this renderer words (a key a newer host sends is shown as `key value`). */
export const KNOWN_PARAM_KEYS: readonly string[] = Object.keys(PARAMS)

/** An order in one line: its name, then its parameters (`Book production: H20, 5,000 wafers a quarter`). */
export function orderText(n: DebriefNames, order: DebriefOrder): string {
  if (order.index === -1) return n.t('debrief.order.notAList')
  const name = n.order(order.kind)
  let line = ''
  for (const param of order.params) {
    const words = param.raw === true || !Object.prototype.hasOwnProperty.call(PARAMS, param.key) ? undefined : PARAMS[param.key]
    const value = words === undefined ? str(param.value) : words.value(n, param.value, order)
    const phrase = words === undefined ? `${param.key} ${value}` : words.phrase === undefined ? value : words.phrase(n.t, value)
    line = line === '' ? phrase : `${line}${words?.glued === true || line.endsWith(' ×') ? ' ' : ', '}${phrase}`
  }
  return line === '' ? name : n.t('debrief.order.line', { name, params: line })
}

/** What came of an accepted order, in a few words. */
export function resultText(n: DebriefNames, result: DebriefOrderResult): string {
  const t = n.t
  switch (result.code) {
    case 'bought':
      return result.seized > 0 ? t('debrief.result.boughtSeized', { units: n.count(result.units), seized: n.count(result.seized) }) : t('debrief.result.bought', { units: n.count(result.units) })
    case 'none-bought':
      return t('debrief.result.noneBought')
    case 'made':
      return result.limitedBy === 'none' || result.limitedBy === 'wafers' ? t('debrief.result.made', { units: n.count(result.units) }) : t('debrief.result.madeShort', { units: n.count(result.units), what: limitText(n, result.limitedBy) })
    case 'nothing-made':
      return t('debrief.result.nothingMade')
    case 'sold':
      return t('debrief.result.sold', { units: n.count(result.units) })
    case 'none-sold':
      return t('debrief.result.noneSold')
    case 'in-force':
      return t('debrief.result.inForce')
    case 'repealed':
      return t('debrief.result.repealed')
    case 'no-change':
      return t('debrief.result.noChange')
  }
}

/** What limited production: `HBM`, `packaging`, `wafers`. */
export function limitText(n: DebriefNames, limitedBy: 'wafers' | 'packaging' | 'hbm' | 'none'): string {
  const t = n.t
  return limitedBy === 'hbm' ? t('debrief.limit.hbm') : limitedBy === 'packaging' ? t('debrief.limit.packaging') : limitedBy === 'wafers' ? t('debrief.limit.wafers') : t('debrief.limit.none')
}

/** `enacted` / `repealed`. */
export function changeText(n: DebriefNames, change: 'enacted' | 'repealed'): string {
  return change === 'enacted' ? n.t('debrief.change.enacted') : n.t('debrief.change.repealed')
}

/** What an event's target chose. */
export function choiceText(n: DebriefNames, event: string, choice: DebriefChoice): string {
  const t = n.t
  switch (choice.status) {
    case 'chosen':
      return n.choice(event, choice.choice ?? '')
    case 'default':
      return t('debrief.choice.default', { choice: n.choice(event, choice.choice ?? '') })
    case 'undecided':
      return t('debrief.choice.undecided')
    case 'none':
      return t('debrief.choice.none')
  }
}

/** A facilitator's move in one line. */
export function interventionText(n: DebriefNames, i: Pick<DebriefIntervention, 'kind' | 'event' | 'delta' | 'failed'>): string {
  const t = n.t
  if (i.failed !== null) return t('debrief.intervention.failed', { kind: i.kind })
  if (i.kind === 'inject-event') return t('debrief.intervention.inject', { event: n.name('event', i.event ?? '') })
  const delta = i.delta ?? 0
  return delta > 0 ? t('debrief.intervention.up', { delta: n.num(Math.abs(delta)) }) : t('debrief.intervention.down', { delta: n.num(Math.abs(delta)) })
}

/** How the game ended (or stands). */
export function reasonText(n: DebriefNames, o: DebriefOutcome): string {
  const t = n.t
  const quarter = n.quarter(o.quarter)
  if (o.reason === null) return t('debrief.reason.running', { quarter })
  if (o.reason === 'end') return t('debrief.reason.end', { quarter })
  if (o.reason === 'stopped') return t('debrief.reason.stopped', { quarter })
  if (o.crisisBy === 'tension') return t('debrief.reason.crisisTension', { quarter, tension: n.num(o.tension) })
  return t('debrief.reason.crisisEvent', { quarter })
}

/** A warning for the teacher. */
export function warningText(n: DebriefNames, w: DebriefWarning): string {
  const t = n.t
  switch (w.code) {
    case 'not-recreated':
      return t('debrief.warning.notRecreated', { message: w.message })
    case 'replay-failed':
      return t('debrief.warning.replayFailed', { quarter: n.quarter(w.quarter), message: w.message })
    case 'diverged':
      return t('debrief.warning.diverged', { quarter: n.quarter(w.quarter), hash: w.hash, logged: w.logged })
    case 'final-state-differs':
      return t('debrief.warning.finalStateDiffers')
  }
}

/** A key moment's tag. */
export function momentTag(n: DebriefNames, kind: DebriefKeyMoment['kind']): string {
  const t = n.t
  const tags: Record<DebriefKeyMoment['kind'], () => string> = {
    'domestic-volume': () => t('debrief.moment.tag.domesticVolume'),
    control: () => t('debrief.moment.tag.control'),
    'control-lifted': () => t('debrief.moment.tag.controlLifted'),
    'counter-control': () => t('debrief.moment.tag.counterControl'),
    'tension-high': () => t('debrief.moment.tag.tensionHigh'),
    'truth-revealed': () => t('debrief.moment.tag.truthRevealed'),
    intervention: () => t('debrief.moment.tag.intervention'),
    crisis: () => t('debrief.moment.tag.crisis'),
    stopped: () => t('debrief.moment.tag.stopped'),
    end: () => t('debrief.moment.tag.end'),
  }
  return tags[kind]()
}

/** How a truth came out: `benchmark`, `leak`, `intelligence`. */
export function howText(n: DebriefNames, how: 'benchmark' | 'leak' | 'intelligence'): string {
  return how === 'benchmark' ? n.t('debrief.how.benchmark') : how === 'leak' ? n.t('debrief.how.leak') : n.t('debrief.how.intelligence')
}

/** A key moment's title, detail and cause. */
export function momentWords(n: DebriefNames, m: DebriefKeyMoment, outcome: DebriefOutcome): { title: string; detail: string; cause: string } {
  const t = n.t
  switch (m.kind) {
    case 'intervention':
      return { title: interventionText(n, { kind: m.intervention, event: m.event, delta: m.delta, failed: null }), detail: t('debrief.moment.intervention.detail', { from: m.from, to: m.to }), cause: t('debrief.cause.facilitator') }
    case 'control':
    case 'control-lifted':
    case 'counter-control': {
      const policy = n.name('policy', m.policy)
      const title = m.kind === 'control' ? t('debrief.moment.control.imposed', { policy }) : m.kind === 'control-lifted' ? t('debrief.moment.control.lifted', { policy }) : t('debrief.moment.control.counter', { policy })
      const detail = m.realRule === null ? (n.description('policy', m.policy) ?? '') : t('debrief.moment.control.models', { rule: m.realRule.name, date: m.realRule.date })
      return { title, detail, cause: n.by(m.by) }
    }
    case 'tension-high':
      return {
        title: t('debrief.moment.tension.title', { tension: m.to }),
        detail: t('debrief.moment.tension.detail', { from: m.from, to: m.to, crisis: m.crisisTension }),
        cause: m.cause === null ? t('debrief.moment.tension.smallSteps') : t('debrief.moment.tension.cause', { cause: causeText(n, m.cause.cause), delta: n.upTo(m.cause.delta, 1) }),
      }
    case 'truth-revealed': {
      const maker = m.maker === null ? t('debrief.moment.truth.itsMaker') : n.faction(m.maker)
      const detail = m.to === null ? t('debrief.moment.truth.detail', { how: howText(n, m.how), maker, loss: n.upTo(m.reputationLoss, 1) }) : t('debrief.moment.truth.detailTo', { how: howText(n, m.how), to: n.faction(m.to), maker, loss: n.upTo(m.reputationLoss, 1) })
      const cause = m.how === 'benchmark' ? t('debrief.moment.truth.byBenchmark') : m.how === 'leak' ? t('debrief.moment.truth.byLeak') : t('debrief.moment.truth.byIntelligence')
      return { title: t('debrief.moment.truth.title', { chip: n.chip(m.chip) }), detail, cause }
    }
    case 'domestic-volume': {
      const chip = n.chip(m.chip)
      const parts = [
        ...(m.first ? [t('debrief.moment.domestic.meaning')] : []),
        m.units > 0 ? t('debrief.moment.domestic.made', { units: n.count(m.units) }) : m.makerPlayed ? t('debrief.moment.domestic.noneYet') : t('debrief.moment.domestic.unplayed', { maker: n.faction(m.maker) }),
        ...(m.atStart.length > 0 ? [t('debrief.moment.domestic.atStart', { chips: m.atStart.map((c) => n.chip(c)).join(', ') })] : []),
      ]
      return { title: m.first ? t('debrief.moment.domestic.first', { chip }) : t('debrief.moment.domestic.later', { chip }), detail: parts.join(' '), cause: n.faction(m.maker) }
    }
    case 'crisis':
    case 'stopped':
    case 'end':
      return {
        title: reasonText(n, outcome),
        detail: m.winner === null ? t('debrief.moment.end.noWinner') : t('debrief.moment.end.winner', { winner: n.faction(m.winner) }),
        cause: m.kind === 'stopped' ? t('debrief.cause.facilitator') : m.kind === 'crisis' ? t('debrief.moment.end.byTension') : t('debrief.moment.end.byCalendar'),
      }
  }
}

/** How far from reality: `the same quarter as in reality`, `4 quarters earlier than in reality`… */
function offText(n: DebriefNames, off: number, window: boolean): string {
  const t = n.t
  if (off === 0) return window ? t('debrief.history.withinDates') : t('debrief.history.sameQuarter')
  return off < 0 ? t('debrief.history.earlier', { count: -off }) : t('debrief.history.later', { count: off })
}

/** When an item really happened: a policy's date, an event's window. */
export function realDateText(n: DebriefNames, item: DebriefHistoryItem): string {
  if (item.kind === 'policy') return item.realRule.date
  const { from, to } = item.window
  if (from === null && to === null) return n.t('debrief.history.undated')
  if (from === null) return n.t('debrief.history.by', { quarter: n.quarter(to ?? 0) })
  if (to === null || to === from) return n.quarter(from)
  return n.t('debrief.history.window', { from: n.quarter(from), to: n.quarter(to) })
}

/** An item's description: an event's text, or the real rule a policy models and its owner. */
export function historyDescription(n: DebriefNames, item: DebriefHistoryItem): string | null {
  if (item.kind === 'event') return n.description('event', item.id)
  return n.t('debrief.history.rule', { rule: item.realRule.name, owner: n.faction(item.owner) })
}

function capitalised(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1)
}

/** What happened to an item in this game. */
export function inGameText(n: DebriefNames, item: DebriefHistoryItem): string {
  const t = n.t
  if (item.kind === 'event') {
    if (item.fired.length === 0) return item.inScenario ? t('debrief.history.didNotHappen') : t('debrief.history.notInScenario')
    const when = item.fired
      .map((f) => {
        const quarter = f.injected ? t('debrief.history.injected', { quarter: n.quarter(f.quarter) }) : n.quarter(f.quarter)
        return f.choice === null ? quarter : t('debrief.history.firedChoice', { quarter, choice: choiceText(n, item.id, f.choice) })
      })
      .join('; ')
    return item.quartersOff === null ? t('debrief.history.happened', { when }) : t('debrief.history.happenedOff', { when, off: offText(n, item.quartersOff, true) })
  }
  if (item.changes.length === 0) return t('debrief.history.neverEnacted')
  const changes = item.changes.map((c) => t('debrief.history.change', { change: changeText(n, c.change), quarter: n.quarter(c.quarter), by: n.by(c.by) })).join('; ')
  if (item.inForceAtStart) return t('debrief.history.inForceThen', { changes })
  const first = capitalised(changes, n.language)
  return item.quartersOff === null ? t('debrief.history.changed', { changes: first }) : t('debrief.history.changedOff', { changes: first, off: offText(n, item.quartersOff, false) })
}

/** A card count in words: `1.0 million`, `100 thousand`. */
function cardCount(n: DebriefNames, units: number): string {
  if (units >= 1e6) return n.t('debrief.figure.million', { value: n.num(units / 1e6, 1) })
  if (units >= 1e3) return n.t('debrief.figure.thousand', { value: n.num(Math.round(units / 1e3)) })
  return n.num(units)
}

/** "In 2025 (2 of 4 quarters played), 41% of the 1.0 million accelerator cards China bought were domestic; " — empty without card figures. */
export function cardShareText(n: DebriefNames, cards: Extract<DebriefRealityCheck, { id: 'china-domestic-share' }>['cards']): string {
  if (cards === null) return ''
  const t = n.t
  const year = cards.quarters < 4 ? t('debrief.figure.yearPart', { year: cards.year, count: cards.quarters }) : String(cards.year)
  if (cards.units <= 0) return t('debrief.figure.cards.none', { year })
  return t('debrief.figure.cards.share', { year, share: n.pct(cards.domestic / cards.units), cards: cardCount(n, cards.units) })
}

/** A year's span of quarters played: `2024`, `the quarter of 2024 played`, `the 3 quarters of 2024 played`. */
function yearSpan(n: DebriefNames, year: number, quarters: number): string {
  return quarters === 4 ? String(year) : n.t('debrief.figure.played', { year, count: quarters })
}

/** A real figure and the game's, in words. */
export function figureWords(n: DebriefNames, f: DebriefRealityCheck): { label: string; real: string; game: string; caveat: string } {
  const t = n.t
  switch (f.id) {
    case 'china-domestic-share':
      return {
        label: t('debrief.figure.chinaShare.label'),
        real: f.withH1of2023 ? t('debrief.figure.chinaShare.realWith2023') : t('debrief.figure.chinaShare.real'),
        game: `${cardShareText(n, f.cards)}${t('debrief.figure.chinaShare.game', { first: n.pct(f.first.share), firstQuarter: n.quarter(f.first.quarter), last: n.pct(f.last.share), lastQuarter: n.quarter(f.last.quarter) })}`,
        caveat: t('debrief.figure.chinaShare.caveat'),
      }
    case 'nvidia-revenue':
      return {
        label: t('debrief.figure.nvidia.label', { nvidia: n.faction(f.faction) }),
        real: t('debrief.figure.nvidia.real'),
        game: f.quarters === 4 ? t('debrief.figure.nvidia.gameYear', { total: n.num(f.totalBn, 1) }) : t('debrief.figure.nvidia.gamePart', { total: n.num(f.totalBn, 1), count: f.quarters }),
        caveat: t('debrief.figure.nvidia.caveat'),
      }
    case 'huawei-output': {
      const parts = [
        ...(f.year2024 === null ? [] : [t('debrief.figure.huawei.chipsIn', { units: n.count(f.year2024.units), span: yearSpan(n, 2024, f.year2024.quarters) })]),
        ...(f.year2025 === null ? [] : [t('debrief.figure.huawei.in', { units: n.count(f.year2025.units), span: yearSpan(n, 2025, f.year2025.quarters) })]),
      ]
      const huawei = n.faction(f.faction)
      return {
        label: t('debrief.figure.huawei.label', { huawei }),
        real: f.ascend && f.idc ? t('debrief.figure.huawei.realBoth') : f.ascend ? t('debrief.figure.huawei.realAscend') : t('debrief.figure.huawei.realIdc'),
        game: t('debrief.figure.huawei.game', { huawei, parts: parts.join(t('debrief.figure.and')) }),
        caveat: t('debrief.figure.huawei.caveat'),
      }
    }
    case 'compute-ratio':
      return {
        label: t('debrief.figure.ratio.label'),
        real: t('debrief.figure.ratio.real'),
        game: t('debrief.figure.ratio.game', { first: n.num(f.first.ratio, 1), firstQuarter: n.quarter(f.first.quarter), last: n.num(f.last.ratio, 1), lastQuarter: n.quarter(f.last.quarter) }),
        caveat: t('debrief.figure.ratio.caveat'),
      }
  }
}

/** What a source is cited for, in words. */
export function citationText(n: DebriefNames, c: DebriefCitation, figures: Debrief['history']['figures']): string {
  if (c.kind === 'scenario') return n.t('debrief.sources.forScenario', { name: n.name('scenario', c.id) })
  if (c.kind === 'figure') {
    const figure = figures.find((f) => f.id === c.id)
    return figure === undefined ? c.id : figureWords(n, figure).label
  }
  return n.name(c.kind, c.id)
}
