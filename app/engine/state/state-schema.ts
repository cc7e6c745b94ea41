/**
 * The schema of a whole `GameState`, for states that come from outside the engine (a save file):
 * every field's type, finite numbers inside sane bounds, non-negative stocks and cash, known
 * seats and ids, the quarter inside the scenario, and rules that pass the same loader
 * (`loadRules`) as the data files they came from. `checkGameState` answers the JSON pointer of
 * the first problem, so an edited save is refused saying where and why, before the engine ever
 * reads it. Pure: no clock, no I/O; it never throws, whatever it is given.
 *
 * What is checked (docs/security.md lists it for players):
 * 1. no `__proto__`, `constructor` or `prototype` key anywhere, nesting at most 64 deep;
 * 2. the shape (`GameStateSchema`): every field of every object, no unknown fields, ids in
 *    kebab-case, numbers finite and within ±1e15, stocks, capacities, prices and cash ≥ 0
 *    (cash may be a rounding error below, ≥ −1e−6, as the engine's invariants allow), shares
 *    and chances in [0, 1], tension and reputation in [0, 100];
 * 3. the rules: every kind present, each record keyed by its own id, and the whole set loaded
 *    again by `loadRules` (schemas and cross-references, as a data folder or mod is);
 * 4. cross-checks against those rules: the scenario exists, the start and end quarters are its
 *    own and the quarter lies between them, the seats are the scenario's and distinct, the
 *    factions are exactly the scenario's, and every id the state refers to (chips, makers,
 *    nodes, regions, pools, policies, events, programs, seats) names a known record.
 */
import { STATE_VERSION } from './state-migrations'
import { z } from 'zod'
import { IdSchema, quarterIndex } from '../data/common'
import { RECORD_KINDS, type RecordKind } from '../data/kinds'
import { loadRules, toPointer, valueAt, type DataFile } from '../data/load-rules'
import type { Rules } from '../data/rules'
import type { GameState } from './game-state'

/** Largest magnitude of any number in a state: far beyond any real figure, small enough that sums stay exact and finite. */
export const STATE_NUMBER_LIMIT = 1e15
/** How far below zero cash may be (floating-point rounding; the engine never spends money it does not have). */
export const CASH_ROUNDING = 1e-6
/** Deepest nesting of arrays and objects in a state (a real one is about 8 deep). */
export const STATE_MAX_DEPTH = 64

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** A finite number within the state limit. */
const Num = z.number().min(-STATE_NUMBER_LIMIT).max(STATE_NUMBER_LIMIT)
/** A stock, capacity, count or price: zero or more. */
const Stock = z.number().min(0).max(STATE_NUMBER_LIMIT)
/** A share or a chance. */
const Share = z.number().min(0).max(1)
/** A share the engine computes (a sum of quotients may round a hair above 1, as its invariants allow). */
const ComputedShare = z.number().min(0).max(1 + CASH_ROUNDING)
/** A quarter index (year × 4 + quarter − 1), or −1 for "never"; `until` fields may be "for good" (1,000,000). */
const QuarterIdx = z.number().int().min(-1).max(10_000_000)
const Int = z.number().int().min(-STATE_NUMBER_LIMIT).max(STATE_NUMBER_LIMIT)
/** Cash: never below zero but for rounding (the engine never spends money it does not have). */
const Cash = z.number().min(-CASH_ROUNDING).max(STATE_NUMBER_LIMIT)
const Id = IdSchema.max(128)
const idRecord = <T extends z.ZodType>(value: T) => z.record(Id, value)

const ChipSpecsState = z.strictObject({
  bf16Tflops: Stock,
  memoryGb: Stock,
  memoryBandwidthTBs: Stock,
  interconnectGBs: Stock,
  tpp: Stock,
  powerW: Stock,
})
const WorkloadsState = z.enum(['training', 'inference', 'both'])
const ReadinessState = z.enum(['paper', 'sampling', 'volume'])

const ChipStateSchema = z.strictObject({
  id: Id,
  name: z.string().min(1).max(200),
  maker: Id,
  node: Id,
  dieMm2: Stock,
  diesPerChip: z.number().int().min(1).max(64),
  hbm: Id.nullable(),
  hbmStacks: z.number().int().min(0).max(1024),
  advancedPackaging: z.boolean(),
  internalOnly: z.boolean(),
  variantOf: Id.nullable(),
  true: ChipSpecsState,
  claimed: ChipSpecsState,
  workloads: WorkloadsState,
  claimedWorkloads: WorkloadsState,
  readiness: ReadinessState,
  claimedReadiness: ReadinessState,
  public: z.boolean(),
  designed: z.boolean(),
  tapedOut: QuarterIdx,
  launched: QuarterIdx,
  revealed: z.enum(['benchmark', 'leak', 'intelligence']).nullable(),
  claimSalesBn: Stock.optional(),
  producedUnits: Stock,
  producedQuarters: z.number().int().min(0).max(100_000),
  customerQuarters: z.number().int().min(0).max(100_000),
  priceUsd: Stock,
})

const ProgramSchema = z.strictObject({
  id: Id,
  owner: Id,
  chip: Id,
  quartersLeft: z.number().min(0).max(1000),
  budgetBnPerQuarter: Stock,
  inexperience: Share,
  fullPaceBn: Stock.optional(),
  boundRatio: z.number().min(0).max(2).optional(),
  respins: z.number().int().min(0).max(100).optional(),
})

const NodeStateSchema = z.strictObject({
  online: z.boolean(),
  since: QuarterIdx,
  capacityWafers: Stock,
  yieldBonus: Num,
  advancing: QuarterIdx,
  building: z.array(z.strictObject({ wafers: Stock, ready: QuarterIdx, region: Id })).max(10_000),
  lastWafers: Stock,
  lastWafersByBloc: z.strictObject({ us: Stock, china: Stock, neutral: Stock }),
})

const LineStateSchema = z.strictObject({ capacity: Stock, lastUsed: Stock })

const FinancialsSchema = z.strictObject({
  quarter: QuarterIdx,
  cashBn: Cash,
  revenueBn: Num,
  chipRevenueBn: Num,
  cloudRevenueBn: Num,
  costBn: Num,
  capexBn: Num.optional(),
  depreciationBn: Num.optional(),
})

const FactionStateSchema = z.strictObject({
  id: Id,
  kinds: z.array(z.string().min(1).max(64)).max(16),
  cashBn: Cash,
  reputation: z.number().min(0).max(100),
  politicalCapital: Stock,
  ecosystem: Stock,
  actionPoints: z.number().int().min(0).max(1000),
  budgetBnPerQuarter: Stock,
  vp: Num,
  par: Num,
  algorithmicEfficiency: Stock,
  trainingCompute: Stock,
  capability: Num,
  inventory: idRecord(Stock),
  installed: idRecord(idRecord(Stock)),
  datacenterMw: idRecord(Stock),
  building: z.array(z.strictObject({ region: Id, mw: Stock, ready: QuarterIdx })).max(10_000),
  bookings: idRecord(Stock),
  chipPrices: idRecord(Stock),
  allocation: idRecord(z.array(Id).max(1000)),
  waferPrices: idRecord(Stock),
  compliance: z.enum(['strict', 'lax']),
  refusedCustomers: z.array(Id).max(1000),
  cloudPriceUsdPerHour: Stock,
  trainingShare: Share,
  openWeights: Stock,
  assetsBn: Stock.optional(),
  distrustUntil: z.number().int().min(-1).max(1_000_000).optional(),
  distrustPrice: z.number().min(0).max(1).optional(),
  financials: FinancialsSchema,
})

const HistoryPointSchema = z.strictObject({
  quarter: QuarterIdx,
  tension: z.number().min(0).max(100),
  factions: idRecord(z.strictObject({ vp: Num, reputation: z.number().min(0).max(100), computeH100e: Stock, capability: Num })),
  financials: idRecord(z.strictObject({ cashBn: Cash, revenueBn: Num })),
  chinaDomesticShare: ComputedShare,
  chinaCards: z.strictObject({ units: Stock, domestic: Stock }).optional(),
  computeRatio: Stock,
  computeByMaker: idRecord(Stock).optional(),
  computeByRegion: idRecord(Stock).optional(),
})

const OutcomeSchema = z.strictObject({
  reason: z.enum(['end', 'crisis', 'stopped']),
  quarter: QuarterIdx,
  winner: Id.nullable(),
  scores: idRecord(Num),
})

const MarketSummarySchema = z.strictObject({
  chips: idRecord(z.strictObject({ units: Stock, revenueBn: Stock, priceUsd: Stock })),
  pools: idRecord(z.strictObject({ spentBn: Stock, shares: idRecord(ComputedShare) })),
  cloud: idRecord(z.strictObject({ spentBn: Stock, shares: idRecord(ComputedShare) })),
})

/** The rules as a state carries them: every kind, each a record of records (their content is checked by `loadRules`). */
const RulesShape = z.strictObject(
  Object.fromEntries(RECORD_KINDS.map((kind) => [kind, kind === 'constants' ? z.record(z.string(), z.unknown()) : z.record(Id, z.record(z.string(), z.unknown()))])) as unknown as Record<RecordKind, z.ZodType>,
)

/** The shape of a whole game state (cross-checks against its rules come after, in `checkGameState`). */
export const GameStateSchema = z.strictObject({
  format: z.literal('silicon-curtain/state'),
  version: z.literal(STATE_VERSION),
  rules: RulesShape,
  scenarioId: Id,
  seed: z.number().int().min(-(2 ** 53)).max(2 ** 53),
  quarter: z.number().int().min(0).max(40_000),
  startQuarter: z.number().int().min(0).max(40_000),
  endQuarter: z.number().int().min(0).max(40_000),
  seats: z.array(Id).min(1).max(64),
  factionIds: z.array(Id).max(256),
  rng: z.array(z.number().int().min(-(2 ** 31)).max(2 ** 32 - 1)).length(4),
  tension: z.number().min(0).max(100),
  over: OutcomeSchema.nullable(),
  factions: idRecord(FactionStateSchema),
  chips: idRecord(ChipStateSchema),
  programs: z.array(ProgramSchema).max(10_000),
  nodes: idRecord(NodeStateSchema),
  packaging: idRecord(LineStateSchema),
  hbm: idRecord(LineStateSchema),
  pools: idRecord(z.strictObject({ installed: idRecord(Stock) })),
  policies: idRecord(
    z.strictObject({
      since: QuarterIdx,
      licence: z.enum(['deny', 'case-by-case', 'revenue-share', 'allow']).nullable(),
      revenueShare: Share,
      approved: z.array(Id).max(1000),
    }),
  ),
  entities: idRecord(z.array(Id).max(1000)),
  enforcement: idRecord(Share),
  modifiers: z.array(z.strictObject({ target: Id, kind: z.enum(['capacity', 'demand']), factor: Stock, until: QuarterIdx })).max(10_000),
  decisions: z.array(z.strictObject({ id: Id, event: Id, seat: Id, choices: z.array(Id).min(1).max(64), due: QuarterIdx })).max(10_000),
  firedEvents: idRecord(QuarterIdx),
  flags: idRecord(QuarterIdx),
  intel: idRecord(z.array(Id).max(10_000)),
  eventPool: z.array(Id).max(10_000),
  market: MarketSummarySchema,
  actorInventory: idRecord(Stock),
  gridMw: idRecord(Stock),
  ending: z.enum(['crisis', 'scenario']).nullable(),
  publicFinancials: idRecord(FinancialsSchema),
  history: z.array(HistoryPointSchema).max(10_000),
  nextId: Int.min(0),
})

/** Why a state was refused: the JSON pointer (from the state's root) of the first problem, and what is wrong there. */
export interface StateProblem {
  ok: false
  code: 'save/schema'
  pointer: string
  message: string
}

/** What `checkGameState` answers. */
export type StateCheck = { ok: true; state: GameState } | StateProblem

function problem(path: readonly (string | number)[] | string, message: string): StateProblem {
  return { ok: false, code: 'save/schema', pointer: typeof path === 'string' ? path : toPointer(path), message }
}

/**
 * Finds the first `__proto__`, `constructor` or `prototype` key, or nesting deeper than
 * STATE_MAX_DEPTH, in any JSON value (without recursion: a hostile value may nest without end).
 */
export function findUnsafeKey(root: unknown): StateProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }]
  while (stack.length > 0) {
    const { value, path } = stack.pop()!
    if (typeof value !== 'object' || value === null) continue
    if (path.length > STATE_MAX_DEPTH) return problem(path, `nested more than ${STATE_MAX_DEPTH} deep`)
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] })
      continue
    }
    const keys = Object.keys(value)
    for (const key of keys) if (FORBIDDEN_KEYS.has(key)) return problem([...path, key], `the key "${key}" is not allowed (it could change how objects behave)`)
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] })
    }
  }
  return null
}

function describeValue(value: unknown): string {
  try {
    const text = JSON.stringify(value)
    if (text === undefined) return typeof value
    return text.length > 60 ? `${text.slice(0, 57)}...` : text
  } catch {
    return typeof value
  }
}

/** Loads the state's rules again with the data files' loader; the first error, located in the state. */
function rulesProblem(rules: Record<string, Record<string, unknown>>): StateProblem | null {
  const files: DataFile[] = []
  const ids = new Map<string, string[]>()
  for (const kind of RECORD_KINDS) {
    const records = rules[kind] ?? {}
    if (kind === 'constants') {
      files.push({ file: kind, data: { kind, records: [records] } })
      continue
    }
    const keys = Object.keys(records)
    for (const key of keys) {
      const record = records[key] as Record<string, unknown>
      if (record.id !== key) return problem(['rules', kind, key, 'id'], `the record is filed under "${key}" but its id is ${describeValue(record.id)}`)
    }
    ids.set(kind, keys)
    files.push({ file: kind, data: { kind, records: keys.map((k) => records[k]) } })
  }
  const loaded = loadRules(files, { sources: 'off' })
  if (loaded.ok) return null
  const first = loaded.errors.find((e) => e.severity === 'error') ?? loaded.errors[0]
  if (first === undefined) return problem(['rules'], 'the rules do not load')
  // `/records/3/node` in the document for chips → `/rules/chips/<id of record 3>/node`.
  const match = /^\/records\/(\d+)(.*)$/.exec(first.pointer)
  const kind = first.file
  let pointer = `${toPointer(['rules'])}${first.pointer}`
  if (match !== null) {
    const id = kind === 'constants' ? null : ids.get(kind)?.[Number(match[1])]
    pointer = kind === 'constants' ? `${toPointer(['rules', 'constants'])}${match[2] ?? ''}` : `${toPointer(['rules', kind, id ?? match[1] ?? ''])}${match[2] ?? ''}`
  }
  const detail = [first.expected === undefined ? '' : `expected ${first.expected}`, first.found === undefined ? '' : `found ${first.found}`].filter(Boolean).join('; ')
  return problem(pointer, `the rules do not load: ${first.message}${detail === '' ? '' : ` (${detail})`}`)
}

/** Cross-checks of a well-shaped state against its own (valid) rules. */
function crossProblem(state: GameState): StateProblem | null {
  const rules = state.rules as Rules
  const has = <K extends Exclude<RecordKind, 'constants'>>(kind: K, id: string): boolean => Object.prototype.hasOwnProperty.call(rules[kind], id)
  const scenario = has('scenarios', state.scenarioId) ? rules.scenarios[state.scenarioId] : undefined
  if (scenario === undefined) return problem(['scenarioId'], `"${state.scenarioId}" is not a scenario of the state's rules`)
  const start = quarterIndex(scenario.start)
  const end = quarterIndex(scenario.end)
  if (state.startQuarter !== start) return problem(['startQuarter'], `the scenario starts at quarter ${start} (${scenario.start}), not ${state.startQuarter}`)
  if (state.endQuarter !== end) return problem(['endQuarter'], `the scenario ends at quarter ${end} (${scenario.end}), not ${state.endQuarter}`)
  if (state.quarter < start || state.quarter > end) return problem(['quarter'], `quarter ${state.quarter} is outside the scenario (${start}–${end})`)
  if (state.history.length > end - start + 1) return problem(['history'], `${state.history.length} quarters of history in a scenario of ${end - start + 1}`)

  // Factions: exactly the scenario's (those its rules define), each filed under its own id.
  const expected = scenario.factions.map((f) => f.faction).filter((id) => has('factions', id))
  const factionIds = new Set(state.factionIds)
  if (factionIds.size !== state.factionIds.length) return problem(['factionIds'], 'a faction is listed twice')
  for (const [i, id] of state.factionIds.entries()) {
    if (!expected.includes(id)) return problem(['factionIds', i], `"${id}" is not a faction of ${scenario.id}`)
    if (!Object.prototype.hasOwnProperty.call(state.factions, id)) return problem(['factions', id], `the faction "${id}" is missing`)
  }
  for (const id of expected) if (!factionIds.has(id)) return problem(['factionIds'], `the faction "${id}" of ${scenario.id} is missing`)
  for (const [id, f] of Object.entries(state.factions)) {
    if (!factionIds.has(id)) return problem(['factions', id], `"${id}" is not one of the game's factions`)
    if (f.id !== id) return problem(['factions', id, 'id'], `the faction is filed under "${id}" but its id is "${f.id}"`)
  }
  const seats = new Set(state.seats)
  if (seats.size !== state.seats.length) return problem(['seats'], 'a seat is listed twice')
  for (const [i, seat] of state.seats.entries()) {
    if (!scenario.seats.includes(seat)) return problem(['seats', i], `"${seat}" is not a seat of ${scenario.id} (seats: ${scenario.seats.join(', ')})`)
    if (!factionIds.has(seat)) return problem(['seats', i], `the seat "${seat}" has no faction`)
  }

  // Every id the state refers to names a known record.
  const chipKnown = (id: string): boolean => Object.prototype.hasOwnProperty.call(state.chips, id) || has('chips', id)
  const itemKnown = (id: string): boolean => chipKnown(id) || has('hbm', id)
  const makerKnown = (id: string): boolean => factionIds.has(id) || has('factions', id) || has('actors', id)
  const firmKnown = makerKnown
  const regionKnown = (id: string): boolean => has('regions', id)
  const check = (ok: boolean, path: (string | number)[], what: string, id: string): StateProblem | null => (ok ? null : problem(path, `"${id}" is not ${what}`))
  const firstOf = (...checks: (StateProblem | null)[]): StateProblem | null => checks.find((c) => c !== null) ?? null
  const keysOf = (record: Record<string, unknown>, path: (string | number)[], known: (id: string) => boolean, what: string): StateProblem | null => {
    for (const id of Object.keys(record)) if (!known(id)) return problem([...path, id], `"${id}" is not ${what}`)
    return null
  }

  for (const [id, chip] of Object.entries(state.chips)) {
    const at = ['chips', id]
    const found = firstOf(
      chip.id === id ? null : problem([...at, 'id'], `the chip is filed under "${id}" but its id is "${chip.id}"`),
      check(makerKnown(chip.maker), [...at, 'maker'], 'a faction or actor', chip.maker),
      check(has('nodes', chip.node), [...at, 'node'], 'a node', chip.node),
      chip.hbm === null ? null : check(has('hbm', chip.hbm), [...at, 'hbm'], 'an HBM product', chip.hbm),
      chip.variantOf === null ? null : check(chipKnown(chip.variantOf), [...at, 'variantOf'], 'a chip', chip.variantOf),
    )
    if (found !== null) return found
  }
  const programIds = new Set<string>()
  for (const [i, p] of state.programs.entries()) {
    if (programIds.has(p.id)) return problem(['programs', i, 'id'], `the program "${p.id}" is listed twice`)
    programIds.add(p.id)
    const found = firstOf(check(factionIds.has(p.owner), ['programs', i, 'owner'], 'a faction of this game', p.owner), check(Object.prototype.hasOwnProperty.call(state.chips, p.chip), ['programs', i, 'chip'], 'a chip of this game', p.chip))
    if (found !== null) return found
  }
  for (const [id, f] of Object.entries(state.factions)) {
    const at = ['factions', id]
    const found = firstOf(
      keysOf(f.inventory, [...at, 'inventory'], itemKnown, 'a chip or HBM product'),
      keysOf(f.installed, [...at, 'installed'], regionKnown, 'a region'),
      ...Object.entries(f.installed).map(([region, chips]) => keysOf(chips, [...at, 'installed', region], chipKnown, 'a chip')),
      keysOf(f.datacenterMw, [...at, 'datacenterMw'], regionKnown, 'a region'),
      ...f.building.map((b, i) => check(regionKnown(b.region), [...at, 'building', i, 'region'], 'a region', b.region)),
      keysOf(f.bookings, [...at, 'bookings'], chipKnown, 'a chip'),
      keysOf(f.chipPrices, [...at, 'chipPrices'], chipKnown, 'a chip'),
      keysOf(f.allocation, [...at, 'allocation'], chipKnown, 'a chip'),
      ...Object.entries(f.allocation).flatMap(([chip, regions]) => regions.map((r, i) => check(regionKnown(r), [...at, 'allocation', chip, i], 'a region', r))),
      keysOf(f.waferPrices, [...at, 'waferPrices'], (n) => has('nodes', n), 'a node'),
      ...f.refusedCustomers.map((c, i) => check(firmKnown(c), [...at, 'refusedCustomers', i], 'a faction or actor', c)),
    )
    if (found !== null) return found
  }
  // Live records the game keeps for every record of the rules (made by createGame, never removed).
  const complete = (record: Record<string, unknown>, path: string, kind: 'nodes' | 'packaging' | 'hbm' | 'demandPools' | 'regions', what: string): StateProblem | null => {
    const missing = Object.keys(rules[kind]).find((id) => !Object.prototype.hasOwnProperty.call(record, id))
    return missing === undefined ? null : problem([path], `${what} "${missing}" of the rules has no live record`)
  }
  const found = firstOf(
    complete(state.nodes, 'nodes', 'nodes', 'the node'),
    complete(state.packaging, 'packaging', 'packaging', 'the packaging line'),
    complete(state.hbm, 'hbm', 'hbm', 'the HBM product'),
    complete(state.pools, 'pools', 'demandPools', 'the demand pool'),
    complete(state.gridMw, 'gridMw', 'regions', 'the region'),
    keysOf(state.nodes, ['nodes'], (id) => has('nodes', id), 'a node'),
    ...Object.entries(state.nodes).flatMap(([id, n]) => n.building.map((b, i) => check(regionKnown(b.region), ['nodes', id, 'building', i, 'region'], 'a region', b.region))),
    keysOf(state.packaging, ['packaging'], (id) => has('packaging', id), 'a packaging line'),
    keysOf(state.hbm, ['hbm'], (id) => has('hbm', id), 'an HBM product'),
    keysOf(state.pools, ['pools'], (id) => has('demandPools', id), 'a demand pool'),
    ...Object.entries(state.pools).map(([id, p]) => keysOf(p.installed, ['pools', id, 'installed'], chipKnown, 'a chip')),
    keysOf(state.policies, ['policies'], (id) => has('policies', id), 'a policy'),
    ...Object.entries(state.policies).flatMap(([id, p]) => p.approved.map((c, i) => check(chipKnown(c), ['policies', id, 'approved', i], 'a chip', c))),
    keysOf(state.entities, ['entities'], (id) => factionIds.has(id), 'a faction of this game'),
    ...Object.entries(state.entities).flatMap(([id, list]) => list.map((e, i) => check(firmKnown(e), ['entities', id, i], 'a faction or actor', e))),
    keysOf(state.enforcement, ['enforcement'], (id) => factionIds.has(id), 'a faction of this game'),
    ...state.decisions.flatMap((d, i) => [check(has('events', d.event), ['decisions', i, 'event'], 'an event', d.event), check(factionIds.has(d.seat), ['decisions', i, 'seat'], 'a faction of this game', d.seat)]),
    keysOf(state.firedEvents, ['firedEvents'], (id) => has('events', id), 'an event'),
    keysOf(state.intel, ['intel'], (id) => factionIds.has(id), 'a faction of this game'),
    ...Object.entries(state.intel).flatMap(([id, list]) => list.map((c, i) => check(chipKnown(c), ['intel', id, i], 'a chip', c))),
    ...state.eventPool.map((e, i) => check(has('events', e), ['eventPool', i], 'an event', e)),
    keysOf(state.market.chips, ['market', 'chips'], chipKnown, 'a chip'),
    keysOf(state.market.pools, ['market', 'pools'], (id) => has('demandPools', id), 'a demand pool'),
    keysOf(state.actorInventory, ['actorInventory'], chipKnown, 'a chip'),
    keysOf(state.gridMw, ['gridMw'], regionKnown, 'a region'),
    keysOf(state.publicFinancials, ['publicFinancials'], (id) => factionIds.has(id), 'a faction of this game'),
    state.over?.winner === null || state.over === null ? null : check(seats.has(state.over.winner), ['over', 'winner'], 'a seat of this game', state.over.winner),
    state.over === null ? null : keysOf(state.over.scores, ['over', 'scores'], (id) => factionIds.has(id), 'a faction of this game'),
    ...state.history.flatMap((h, i) => [keysOf(h.factions, ['history', i, 'factions'], (id) => factionIds.has(id), 'a faction of this game'), keysOf(h.financials, ['history', i, 'financials'], (id) => factionIds.has(id), 'a faction of this game')]),
  )
  return found
}

/**
 * Checks a state that came from outside the engine (a save): its shape, its rules (through the
 * data loader) and its cross-references. Answers the state, typed, or the first problem with its
 * JSON pointer from the state's root. Never throws.
 */
export function checkGameState(value: unknown): StateCheck {
  try {
    const hazard = findUnsafeKey(value)
    if (hazard !== null) return hazard
    const shape = GameStateSchema.safeParse(value)
    if (!shape.success) {
      const issue = shape.error.issues[0]
      const path = (issue?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p)))
      const found = issue?.code === 'unrecognized_keys' ? '' : ` (found ${describeValue(valueAt(value, path))})`
      const where = issue?.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path
      return problem(where, `${issue?.message ?? 'does not match a game state'}${found}`)
    }
    const state = value as GameState
    return rulesProblem(state.rules as unknown as Record<string, Record<string, unknown>>) ?? crossProblem(state) ?? { ok: true, state }
  } catch (cause) {
    // Last line of defence: a bug here must refuse the state, not crash the host.
    return problem('', `the state could not be checked: ${cause instanceof Error ? cause.message : String(cause)}`)
  }
}
