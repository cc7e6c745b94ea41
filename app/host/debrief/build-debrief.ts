/**
 * Builds a game's debrief by re-simulating it: a fresh game from the scenario and seed with
 * the rules the game was played with, then every order-log entry through `playEntry` (the
 * facilitator's interventions, then the quarter), exactly as saves' replays and undo do. Each
 * quarter's full report gives what every seat ordered and what came of it. Each state hash is
 * checked against the log; a divergence still yields a debrief, with a warning saying from
 * which quarter the figures are the re-simulation's rather than the class's.
 *
 * The debrief is data (`app/protocol/debrief.ts`): ids, numbers, codes, quarter indices and the
 * game data's text keys. The renderer words it.
 */
import { createGame, hashState, type GameState, type QuarterReport, type Rules } from '../../engine'
import { chinaCardShareOverYear } from '../../protocol'
import {
  DEBRIEF_FORMAT,
  DEBRIEF_VERSION,
  type Debrief,
  type DebriefChoice,
  type DebriefEvent,
  type DebriefIntervention,
  type DebriefKeyMoment,
  type DebriefOrder,
  type DebriefOrderResult,
  type DebriefOutcome,
  type DebriefPolicyChange,
  type DebriefQuarter,
  type DebriefSeatQuarter,
  type DebriefSeries,
  type DebriefSource,
  type DebriefWarning,
} from '../../protocol/debrief'
import type { SeatSetup } from '../game/game-session'
import { applyIntervention, playEntry } from '../game/replay-step'
import type { ReplayEntry } from '../saves'
import { buildHistory, type GameRecord } from './history'
import { orderParams } from './order-params'
import { colorOf, debriefTextKeys, quarterOf, toSource } from './text-keys'

/** What a debrief is built from: the session's setup, its order log and where it ended. */
export interface DebriefInput {
  scenarioId: string
  seed: number
  seats: SeatSetup[]
  orderLog: readonly ReplayEntry[]
  /** The game as it ended (or stands); its rules are the ones the game was played with. */
  finalState: GameState
  /** ISO 8601 time of the export (passed in: nothing here reads a clock). */
  generatedAt: string
  /**
   * The rules to re-simulate with; default `finalState.rules`. Pass the session's rules for a
   * game loaded from a save: a save stores its state as canonical JSON (keys sorted), so the
   * saved state's rules list records in another order, and a game re-created from them plays
   * out differently (records are iterated in insertion order).
   */
  rules?: Rules
}

/** Policy instruments that are export controls (key moments "controls imposed"). */
export const CONTROL_INSTRUMENTS: ReadonlySet<string> = new Set(['chip-control', 'hbm-control', 'tool-control', 'foundry-control'])

/** Tension at or above this is a key moment (the "danger zone" of the track). */
export const HIGH_TENSION = 75

function round(n: number, digits = 3): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

/** Whether a maker (faction or actor) is based in a China-aligned region. */
export function isChinaMaker(state: GameState, maker: string): boolean {
  const rules = state.rules
  const region = rules.factions[maker]?.region ?? rules.actors[maker]?.region
  return region !== undefined && rules.regions[region]?.alignment === 'china'
}

/** An event fired and waiting for its target's choice. */
interface OpenDecision {
  event: DebriefEvent
  fired: { choice: DebriefChoice | null }
}

/** Builds the debrief of a game. Never throws on a bad log: problems become `warnings`. */
export function buildDebrief(input: DebriefInput): Debrief {
  const rules = input.rules ?? input.finalState.rules
  const warnings: DebriefWarning[] = []
  const seatIds = input.seats.map((s) => s.faction)
  const chips: GameState['chips'] = { ...input.finalState.chips }
  const decisions = new Map<string, string>()
  const scenario = rules.scenarios[input.scenarioId]

  const created = createGame(rules, { scenarioId: input.scenarioId, seats: seatIds, seed: input.seed })
  let state: GameState
  let replayable = true
  if (created.ok) {
    state = created.state
  } else {
    warnings.push({ code: 'not-recreated', message: created.message })
    state = input.finalState
    replayable = false
  }
  const startState = state
  for (const d of state.decisions) decisions.set(d.id, d.event)

  const quarters: DebriefQuarter[] = []
  const keyMoments: DebriefKeyMoment[] = []
  const record: GameRecord = { eventsFired: new Map(), policyChanges: new Map(), production: new Map(), history: [], startQuarter: startState.quarter, lastQuarter: startState.quarter - 1 }
  /** Events waiting for their target's choice: decision id → the debrief event to fill. */
  const openDecisions = new Map<string, OpenDecision>()
  const replay: Debrief['replay'] = { entries: 0, matched: 0, divergedAt: null, finalStateMatches: false }

  const recorder = createRecorder({ rules, record, decisions, openDecisions, keyMoments, startState, seatIds })

  for (const entry of replayable ? input.orderLog : []) {
    const quarter = state.quarter
    const before = state
    const events: DebriefEvent[] = []
    const policies: DebriefPolicyChange[] = []
    const facilitator = interveneAll(state, entry, quarter, recorder, events, policies, keyMoments)
    state = facilitator.state
    let failed = facilitator.failed

    let report: QuarterReport | null = null
    if (failed === null) {
      try {
        const played = playEntry(state, { orders: entry.orders, ...(entry.stopped === true ? { stopped: true as const } : {}) })
        state = played.state
        report = played.report
      } catch (error) {
        failed = error instanceof Error ? error.message : String(error)
      }
    }
    if (failed !== null) {
      warnings.push({ code: 'replay-failed', quarter, message: failed })
      replayable = false
      quarters.push(quarterOfGame(quarter, entry, facilitator.interventions, [], events, policies, before.tension, state.tension, facilitator.causes, []))
      break
    }
    replay.entries += 1
    const hash = hashState(state)
    if (hash === entry.stateHash) replay.matched += 1
    else if (replay.divergedAt === null) {
      replay.divergedAt = quarter
      warnings.push({ code: 'diverged', quarter, hash, logged: entry.stateHash })
    }
    Object.assign(chips, state.chips)
    record.lastQuarter = quarter

    const seats: DebriefSeatQuarter[] = []
    if (report !== null) {
      recorder.noteEvents(report, quarter, false, events)
      recorder.notePolicies(report, quarter, policies)
      const production = new Map<string, number>()
      for (const line of report.production) production.set(line.maker, (production.get(line.maker) ?? 0) + line.units)
      record.production.set(quarter, production)
      const orders = typeof entry.orders === 'object' && entry.orders !== null ? (entry.orders as Record<string, unknown>) : {}
      for (const seat of seatIds) seats.push(seatQuarter(decisions, seat, Object.prototype.hasOwnProperty.call(orders, seat) ? orders[seat] : [], report, state))
      answerChoices(seatIds, orders, report, openDecisions)
      recorder.noteMilestones(report, quarter, state)
    }
    const causes = [...facilitator.causes, ...(report?.tension.causes ?? [])]
    recorder.noteTension(quarter, before.tension, state.tension, causes)
    quarters.push(quarterOfGame(quarter, entry, facilitator.interventions, seats, events, policies, before.tension, state.tension, causes, report?.reveals ?? []))
  }

  return finishDebrief({ input, rules, scenario, seatIds, startState, state, chips, replayable, openDecisions, replay, warnings, record, keyMoments, quarters })
}

/** The facilitator's moves of one log entry, applied in order until one no longer applies. */
function interveneAll(
  start: GameState,
  entry: ReplayEntry,
  quarter: number,
  recorder: Recorder,
  events: DebriefEvent[],
  policies: DebriefPolicyChange[],
  keyMoments: DebriefKeyMoment[],
): { state: GameState; interventions: DebriefIntervention[]; causes: { cause: string; delta: number }[]; failed: string | null } {
  let state = start
  const interventions: DebriefIntervention[] = []
  const causes: { cause: string; delta: number }[] = []
  for (const intervention of entry.interventions ?? []) {
    const from = state.tension
    const event = intervention.kind === 'inject-event' ? intervention.event : null
    const delta = intervention.kind === 'adjust-tension' ? intervention.delta : null
    try {
      const applied = applyIntervention(state, intervention)
      state = applied.state
      const policiesBefore = policies.length
      if (applied.report !== null) {
        recorder.noteEvents(applied.report, quarter, true, events)
        recorder.notePolicies(applied.report, quarter, policies)
      }
      interventions.push({ kind: intervention.kind, event, delta, tensionFrom: from, tensionTo: state.tension, policies: policies.slice(policiesBefore).map((p) => ({ policy: p.policy, change: p.change })), failed: null })
      if (state.tension !== from) causes.push({ cause: event === null ? 'facilitator' : `facilitator:${event}`, delta: state.tension - from })
      keyMoments.push({ kind: 'intervention', quarter, intervention: intervention.kind, event, delta, from: Math.round(from), to: Math.round(state.tension) })
    } catch (error) {
      const failed = error instanceof Error ? error.message : String(error)
      interventions.push({ kind: intervention.kind, event, delta: null, tensionFrom: from, tensionTo: from, policies: [], failed })
      return { state, interventions, causes, failed }
    }
  }
  return { state, interventions, causes, failed: null }
}

/** Choices answered this quarter fill the events that asked for them. */
function answerChoices(seatIds: readonly string[], orders: Record<string, unknown>, report: QuarterReport, openDecisions: Map<string, OpenDecision>): void {
  for (const seat of seatIds) {
    const given = orders[seat]
    if (!Array.isArray(given)) continue
    const refused = new Set((report.refusals[seat] ?? []).map((r) => r.index))
    given.forEach((o: unknown, index) => {
      const order = o as { kind?: unknown; decision?: unknown; choice?: unknown }
      if (refused.has(index) || order.kind !== 'choose-event-option' || typeof order.decision !== 'string' || typeof order.choice !== 'string') return
      const open = openDecisions.get(order.decision)
      if (open === undefined) return
      const choice: DebriefChoice = { status: 'chosen', choice: order.choice }
      open.event.choice = choice
      open.fired.choice = choice
      openDecisions.delete(order.decision)
    })
  }
}

/** What the recorder writes to while the game is re-simulated. */
interface RecorderTarget {
  rules: Rules
  record: GameRecord
  /** Decision id → the event that asked it. */
  decisions: Map<string, string>
  openDecisions: Map<string, OpenDecision>
  keyMoments: DebriefKeyMoment[]
  startState: GameState
  seatIds: string[]
}

type Recorder = ReturnType<typeof createRecorder>

/** Notes a quarter's events, policy changes, tension and milestones (truths revealed, Chinese chips at volume) into the record and the key moments. */
function createRecorder(target: RecorderTarget) {
  const { rules, record, decisions, openDecisions, keyMoments, startState, seatIds } = target
  let domesticVolumeSeen = false
  /** Domestic (China-aligned makers') chips at volume: those at the start never make a key moment. */
  const domesticAtVolume = new Set(Object.values(startState.chips).filter((c) => c.readiness === 'volume' && isChinaMaker(startState, c.maker)).map((c) => c.id))
  let highTensionSeen = startState.tension >= HIGH_TENSION
  const revealedChips = new Set<string>()

  const noteEvents = (report: QuarterReport, quarter: number, injected: boolean, into: DebriefEvent[]): void => {
    for (const e of report.events) {
      const event: DebriefEvent = { id: e.event, historical: rules.events[e.event]?.historical ?? false, target: e.target, choice: null }
      into.push(event)
      const fired = { quarter, injected, choice: null as DebriefChoice | null }
      const list = record.eventsFired.get(e.event) ?? []
      list.push(fired)
      record.eventsFired.set(e.event, list)
      if (e.decision !== null) {
        decisions.set(e.decision, e.event)
        openDecisions.set(e.decision, { event, fired })
      }
    }
  }
  const notePolicies = (report: QuarterReport, quarter: number, into: DebriefPolicyChange[]): void => {
    for (const p of report.policies) {
      const policy = rules.policies[p.policy]
      const change: DebriefPolicyChange = { policy: p.policy, change: p.change, by: p.by, instrument: policy?.instrument ?? null, control: policy !== undefined && CONTROL_INSTRUMENTS.has(policy.instrument) }
      into.push(change)
      const list = record.policyChanges.get(p.policy) ?? []
      list.push({ quarter, change: p.change, by: p.by })
      record.policyChanges.set(p.policy, list)
      const real = policy?.realRule
      const moment = (kind: 'control' | 'control-lifted' | 'counter-control'): void => {
        keyMoments.push({ kind, quarter, policy: p.policy, by: p.by, realRule: real === undefined ? null : { name: real.name, date: real.date } })
      }
      if (change.control && p.change === 'enacted') moment('control')
      else if (change.control && p.change === 'repealed') moment('control-lifted')
      else if (policy?.instrument === 'counter-control' && p.change === 'enacted') moment('counter-control')
    }
  }
  const noteTension = (quarter: number, from: number, to: number, causes: { cause: string; delta: number }[]): void => {
    if (highTensionSeen || to < HIGH_TENSION) return
    highTensionSeen = true
    const top = [...causes].filter((c) => c.delta > 0).sort((a, b) => b.delta - a.delta)[0]
    keyMoments.push({ kind: 'tension-high', quarter, from: Math.round(from), to: Math.round(to), crisisTension: rules.constants.crisisTension, cause: top === undefined ? null : { cause: top.cause, delta: round(top.delta, 1) } })
  }
  const noteMilestones = (report: QuarterReport, quarter: number, state: GameState): void => {
    for (const r of report.reveals) {
      if (r.reputationDelta >= 0 || revealedChips.has(r.chip)) continue
      revealedChips.add(r.chip)
      keyMoments.push({ kind: 'truth-revealed', quarter, chip: r.chip, how: r.how, to: r.to, maker: state.chips[r.chip]?.maker ?? null, reputationLoss: round(-r.reputationDelta, 1) })
    }
    const reached = Object.values(state.chips).filter((c) => c.readiness === 'volume' && !domesticAtVolume.has(c.id) && isChinaMaker(state, c.maker))
    for (const chip of reached) {
      domesticAtVolume.add(chip.id)
      const units = report.production.filter((l) => l.chip === chip.id).reduce((sum, l) => sum + l.units, 0)
      const first = !domesticVolumeSeen
      domesticVolumeSeen = true
      const atStart = first ? Object.values(startState.chips).filter((c) => c.readiness === 'volume' && isChinaMaker(startState, c.maker) && c.public).map((c) => c.id) : []
      keyMoments.push({ kind: 'domestic-volume', quarter, chip: chip.id, maker: chip.maker, first, units: Math.round(units), makerPlayed: seatIds.includes(chip.maker), atStart })
    }
  }
  return { noteEvents, notePolicies, noteTension, noteMilestones }
}

/** A re-simulated game, as `finishDebrief` completes it. */
interface DebriefRun {
  input: DebriefInput
  rules: Rules
  scenario: Rules['scenarios'][string] | undefined
  seatIds: string[]
  startState: GameState
  /** The state the re-simulation reached. */
  state: GameState
  /** Every chip seen, as the game ended (seats' designs included). */
  chips: GameState['chips']
  replayable: boolean
  openDecisions: Map<string, OpenDecision>
  replay: Debrief['replay']
  warnings: DebriefWarning[]
  record: GameRecord
  keyMoments: DebriefKeyMoment[]
  quarters: DebriefQuarter[]
}

/** Completes a debrief after the re-simulation: unanswered choices, the replay's verdict, seats, outcome, key moments, history and sources. */
function finishDebrief(run: DebriefRun): Debrief {
  const { input, rules, scenario, seatIds, startState, state, replayable, openDecisions, replay, warnings, record, keyMoments, quarters } = run
  // Choices never answered: the first option applied when due, or still open at the end.
  for (const [id, open] of openDecisions) {
    const pending = state.decisions.some((d) => d.id === id)
    const first = rules.events[open.event.id]?.choices[0]
    const choice: DebriefChoice = pending ? { status: 'undecided', choice: null } : first === undefined ? { status: 'none', choice: null } : { status: 'default', choice: first.id }
    open.event.choice = choice
    open.fired.choice = choice
  }

  replay.finalStateMatches = hashState(state) === hashState(input.finalState)
  if (replayable && !replay.finalStateMatches && replay.divergedAt === null) warnings.push({ code: 'final-state-differs' })
  const end = replayable ? state : input.finalState
  record.history = end.history

  const seats = input.seats.map((s, i) => {
    const sf = scenario?.factions.find((f) => f.faction === s.faction)
    return {
      faction: s.faction,
      color: colorOf(rules, s.faction, i),
      controller: s.controller,
      player: s.controller === 'ai' ? null : s.name,
      difficulty: s.difficulty,
      objectives: (sf?.objectives ?? []).map((o) => ({ objective: o.objective, weight: o.weight })),
      par: end.factions[s.faction]?.par ?? sf?.par ?? 0,
    }
  })

  const outcome = outcomeOf(end, seatIds)
  if (end.over !== null) {
    const kind = end.over.reason === 'crisis' ? 'crisis' : end.over.reason === 'stopped' ? 'stopped' : 'end'
    keyMoments.push({ kind, quarter: end.over.quarter, winner: outcome.winner })
  }
  const order: Record<DebriefKeyMoment['kind'], number> = { intervention: 0, 'domestic-volume': 1, control: 2, 'control-lifted': 3, 'counter-control': 4, 'truth-revealed': 5, 'tension-high': 6, crisis: 7, stopped: 8, end: 9 }
  keyMoments.sort((a, b) => a.quarter - b.quarter || order[a.kind] - order[b.kind])

  const history = buildHistory(rules, input.scenarioId, end.eventPool, record)
  const planned = startState.endQuarter - startState.startQuarter + 1
  return {
    format: DEBRIEF_FORMAT,
    version: DEBRIEF_VERSION,
    generatedAt: input.generatedAt,
    scenario: { id: input.scenarioId, start: startState.startQuarter, end: startState.endQuarter, quartersPlanned: planned, quartersPlayed: quarters.filter((q) => !q.stopped).length },
    seed: input.seed,
    seats,
    outcome,
    warnings,
    replay,
    quarters,
    series: seriesOf(end, rules, seatIds, startState.startQuarter, planned),
    keyMoments,
    history,
    sources: collectSources(scenario === undefined ? null : { id: scenario.id, sources: scenario.sources.map(toSource) }, history),
    texts: debriefTextKeys(rules, run.chips),
  }
}

/** One seat's quarter in the debrief: its orders and what came of them, cash by cause, VP, production, sales, purchases. */
function seatQuarter(decisions: ReadonlyMap<string, string>, seat: string, given: unknown, report: QuarterReport, after: GameState): DebriefSeatQuarter {
  const refusals = new Map((report.refusals[seat] ?? []).map((r) => [r.index, r.refusal]))
  const list = Array.isArray(given) ? (given as unknown[]) : []
  const orders: DebriefOrder[] = list.map((o, index) => {
    const refusal = refusals.get(index)
    return {
      index,
      ...orderParams(o, decisions),
      status: refusal === undefined ? 'accepted' : 'refused',
      refusal: refusal === undefined ? null : { code: refusal.code, message: refusal.message },
      result: refusal === undefined ? orderResult(seat, o, report) : null,
    }
  })
  const whole = refusals.get(-1)
  if (whole !== undefined) orders.push({ index: -1, kind: null, params: [], status: 'refused', refusal: { code: whole.code, message: whole.message }, result: null })
  const byCause = new Map<string, { inBn: number; outBn: number }>()
  for (const f of report.flows) {
    if (f.from === f.to || (f.from !== seat && f.to !== seat)) continue
    const line = byCause.get(f.cause) ?? { inBn: 0, outBn: 0 }
    if (f.to === seat) line.inBn += f.amountBn
    else line.outBn += f.amountBn
    byCause.set(f.cause, line)
  }
  const cash = [...byCause.entries()]
    .map(([cause, l]) => ({ cause, inBn: round(l.inBn), outBn: round(l.outBn) }))
    .filter((l) => l.inBn > 0 || l.outBn > 0)
    .sort((a, b) => b.inBn + b.outBn - (a.inBn + a.outBn))
  const inBn = round(cash.reduce((s, l) => s + l.inBn, 0))
  const outBn = round(cash.reduce((s, l) => s + l.outBn, 0))
  const vp = (report.vp[seat] ?? []).map((v) => ({ objective: v.objective, points: round(v.points) }))
  return {
    faction: seat,
    orders,
    cash: { inBn, outBn, netBn: round(inBn - outBn), byCause: cash },
    vp,
    vpTotal: round(vp.reduce((s, v) => s + v.points, 0)),
    production: report.production.filter((l) => l.maker === seat).map((l) => ({ chip: l.chip, units: l.units, limitedBy: l.limitedBy })),
    sales: Object.entries(report.market.chips)
      .filter(([chip]) => after.chips[chip]?.maker === seat)
      .map(([chip, m]) => ({ chip, units: m.units, revenueBn: round(m.revenueBn), priceUsd: Math.round(m.priceUsd) })),
    purchases: report.market.purchases.filter((p) => p.buyer === seat).map((p) => ({ chip: p.chip, seller: p.seller, units: p.units, grey: p.grey, seized: p.seized })),
    decisions: report.events.filter((e) => e.target === seat && e.decision !== null).map((e) => ({ event: e.event })),
  }
}

/** One quarter of the debrief. */
function quarterOfGame(
  quarter: number,
  entry: ReplayEntry,
  interventions: DebriefIntervention[],
  seats: DebriefSeatQuarter[],
  events: DebriefEvent[],
  policies: DebriefPolicyChange[],
  from: number,
  to: number,
  causes: { cause: string; delta: number }[],
  reveals: QuarterReport['reveals'],
): DebriefQuarter {
  return {
    index: quarter,
    stopped: entry.stopped === true,
    interventions,
    seats,
    events,
    policies,
    reveals: reveals.map((r) => ({ chip: r.chip, how: r.how, to: r.to, reputationDelta: round(r.reputationDelta, 2) })),
    tension: { from: round(from, 2), to: round(to, 2), causes: causes.map((c) => ({ cause: c.cause, delta: round(c.delta, 2) })) },
  }
}

/** What the quarter's report says came of an accepted order (null when it says nothing particular). */
function orderResult(seat: string, input: unknown, report: QuarterReport): DebriefOrderResult | null {
  const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>
  switch (o.kind) {
    case 'buy-chips': {
      const got = report.market.purchases.filter((p) => p.buyer === seat && p.chip === o.chip)
      const units = got.reduce((n, p) => n + p.units, 0)
      const seized = got.reduce((n, p) => n + p.seized, 0)
      return units === 0 ? { code: 'none-bought' } : { code: 'bought', units: Math.round(units), seized: Math.round(seized) }
    }
    case 'book-production': {
      const line = report.production.find((l) => l.chip === o.chip && l.maker === seat)
      if (line === undefined || line.units === 0) return { code: 'nothing-made' }
      return { code: 'made', units: Math.round(line.units), limitedBy: line.limitedBy }
    }
    case 'set-chip-price': {
      const sold = typeof o.chip === 'string' ? report.market.chips[o.chip] : undefined
      return sold === undefined || sold.units === 0 ? { code: 'none-sold' } : { code: 'sold', units: Math.round(sold.units) }
    }
    case 'enact-policy':
    case 'repeal-policy': {
      const change = report.policies.find((p) => p.policy === o.policy)
      return change === undefined ? { code: 'no-change' } : change.change === 'enacted' ? { code: 'in-force' } : { code: 'repealed' }
    }
    default:
      return null
  }
}

function outcomeOf(state: GameState, seats: string[]): DebriefOutcome {
  const over = state.over
  const rows = seats.map((id) => {
    const f = state.factions[id]
    const vp = f?.vp ?? 0
    const par = f?.par ?? 0
    return { faction: id, vp: round(vp, 2), par: round(par, 2), score: round(over?.scores[id] ?? vp - par, 2) }
  })
  rows.sort((a, b) => b.score - a.score)
  const standings = rows.map((r, i) => ({ ...r, rank: i + 1 }))
  return {
    reason: over?.reason ?? null,
    crisisBy: over?.reason !== 'crisis' ? null : state.tension >= state.rules.constants.crisisTension ? 'tension' : 'event',
    tension: Math.round(state.tension),
    quarter: over?.quarter ?? state.quarter,
    winner: over === null ? null : over.winner,
    standings,
  }
}

/** How many makers the compute chart shows on their own (the rest are summed as "others"). */
const MAKERS_SHOWN = 6

function seriesOf(state: GameState, rules: Rules, seats: string[], startQuarter: number, planned: number): Debrief['series'] {
  const history = state.history
  const vp: DebriefSeries[] = seats.map((id, i) => ({ id, color: colorOf(rules, id, i), values: history.map((h) => (h.factions[id] === undefined ? null : round(h.factions[id].vp, 2))) }))
  const scoreVsPar: DebriefSeries[] = vp.map((line) => {
    const par = state.factions[line.id]?.par ?? 0
    return { ...line, values: line.values.map((v, i) => (v === null ? null : round(v - (par * ((history[i]?.quarter ?? startQuarter) - startQuarter + 1)) / Math.max(1, planned), 2))) }
  })
  const makers = new Map<string, number>()
  for (const h of history) for (const [maker, value] of Object.entries(h.computeByMaker ?? {})) makers.set(maker, Math.max(makers.get(maker) ?? 0, value))
  const ranked = [...makers.entries()].sort((a, b) => b[1] - a[1]).map(([m]) => m)
  const shown = ranked.slice(0, MAKERS_SHOWN)
  const others = ranked.slice(MAKERS_SHOWN)
  const computeByMaker: DebriefSeries[] = shown.map((maker, i) => ({
    id: maker,
    color: colorOf(rules, maker, seats.length + i),
    values: history.map((h) => (h.computeByMaker === undefined ? null : Math.round(h.computeByMaker[maker] ?? 0))),
  }))
  if (others.length > 0) {
    computeByMaker.push({ id: 'others', color: '#888888', values: history.map((h) => (h.computeByMaker === undefined ? null : Math.round(others.reduce((s, m) => s + (h.computeByMaker?.[m] ?? 0), 0)))) })
  }
  return {
    quarters: history.map((h) => h.quarter),
    tension: history.map((h) => round(h.tension, 2)),
    vp,
    scoreVsPar,
    chinaDomesticShare: history.map((h) => round(h.chinaDomesticShare, 4)),
    chinaDomesticCardShare: history.map((_, i) => {
      const share = chinaCardShareOverYear(history, i)
      return share === null ? null : round(share, 4)
    }),
    computeRatio: history.map((h) => round(h.computeRatio, 3)),
    computeByMaker,
  }
}

function collectSources(scenario: { id: string; sources: DebriefSource[] } | null, history: Debrief['history']): Debrief['sources'] {
  const all = new Map<string, Debrief['sources'][number]>()
  const add = (s: DebriefSource, what: Debrief['sources'][number]['citedFor'][number]): void => {
    const key = `${s.title}\u0000${s.publisher}\u0000${s.date}`
    const entry = all.get(key) ?? { ...s, citedFor: [] }
    if (!entry.citedFor.some((c) => c.kind === what.kind && c.id === what.id)) entry.citedFor.push(what)
    all.set(key, entry)
  }
  if (scenario !== null) for (const s of scenario.sources) add(s, { kind: 'scenario', id: scenario.id })
  for (const item of history.items) for (const s of item.sources) add(s, { kind: item.kind, id: item.id })
  for (const figure of history.figures) for (const s of figure.sources) add(s, { kind: 'figure', id: figure.id })
  return [...all.values()].sort((a, b) => (quarterOf(a.date) ?? 0) - (quarterOf(b.date) ?? 0) || a.date.localeCompare(b.date) || a.publisher.localeCompare(b.publisher))
}
