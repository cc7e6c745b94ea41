/** `createGame(rules, { scenarioId, seats, seed })`: the opening state of a scenario. */
import { STATE_VERSION } from './state-migrations'
import { quarterIndex } from '../data/common'
import type { Rules } from '../data/rules'
import { scheduledCapacity } from '../model/capacity-path'
import { seedRng } from '../rng'
import { chipFromCatalogue } from './chip-state'
import { lockRules } from './lock-rules'
import type { FactionState, GameState, NodeState } from './game-state'

/** Options of a new game. */
export interface NewGameOptions {
  scenarioId: string
  /** Factions in play (people or AI); default: all the scenario's seats. */
  seats?: readonly string[]
  seed: number
}

/** A new game, or why it cannot start. */
export type CreateGameResult = { ok: true; state: GameState } | { ok: false; code: string; message: string }

/** Sets up a scenario's opening state. */
export function createGame(rules: Rules, options: NewGameOptions): CreateGameResult {
  // Own records only: a scenario id such as "constructor" must not find an inherited property.
  const scenario = Object.prototype.hasOwnProperty.call(rules.scenarios, options.scenarioId) ? rules.scenarios[options.scenarioId] : undefined
  if (scenario === undefined) return { ok: false, code: 'game/unknown_scenario', message: `no scenario "${options.scenarioId}" (known: ${Object.keys(rules.scenarios).join(', ')})` }
  const seats = options.seats === undefined ? [...scenario.seats] : [...options.seats]
  const bad = seats.find((s) => !scenario.seats.includes(s))
  if (bad !== undefined) return { ok: false, code: 'game/unknown_seat', message: `"${bad}" is not a seat of ${scenario.id} (seats: ${scenario.seats.join(', ')})` }
  if (seats.length === 0) return { ok: false, code: 'game/no_seats', message: 'a game needs at least one seat' }
  if (!Number.isSafeInteger(options.seed)) return { ok: false, code: 'game/bad_seed', message: 'the seed must be a whole number' }
  const start = quarterIndex(scenario.start)
  const c = rules.constants

  const chips: GameState['chips'] = {}
  const inPlay = scenario.chips ?? Object.values(rules.chips).filter((chip) => quarterIndex(chip.firstQuarter) <= start).map((chip) => chip.id)
  for (const id of inPlay) {
    const chip = rules.chips[id]
    if (chip !== undefined) chips[id] = chipFromCatalogue(chip, start)
  }

  const factions: Record<string, FactionState> = {}
  const programs: GameState['programs'] = []
  let nextId = 0
  for (const setup of scenario.factions) {
    const faction = rules.factions[setup.faction]
    if (faction === undefined) continue
    const f: FactionState = {
      id: faction.id,
      kinds: [...faction.kinds],
      cashBn: setup.cashBn,
      reputation: setup.reputation,
      politicalCapital: setup.politicalCapital,
      ecosystem: setup.ecosystem,
      actionPoints: setup.actionPoints ?? c.actionPointsPerQuarter,
      budgetBnPerQuarter: setup.budgetBnPerQuarter,
      vp: 0,
      par: setup.par,
      algorithmicEfficiency: setup.algorithmicEfficiency,
      trainingCompute: setup.trainingComputeH100eQuarters,
      capability: Math.log10(1 + setup.trainingComputeH100eQuarters) * setup.algorithmicEfficiency,
      inventory: {},
      installed: {},
      datacenterMw: {},
      building: [],
      bookings: {},
      chipPrices: {},
      allocation: {},
      waferPrices: {},
      compliance: 'strict',
      refusedCustomers: [],
      cloudPriceUsdPerHour: setup.cloudPriceUsdPerHour ?? c.cloudPriceUsdPerHour,
      trainingShare: faction.kinds.includes('cloud') ? (setup.trainingShare ?? 0.3) : 0,
      openWeights: 0,
      financials: { quarter: start - 1, cashBn: setup.cashBn, revenueBn: 0, chipRevenueBn: 0, cloudRevenueBn: 0, costBn: 0 },
    }
    for (const item of setup.inventory) f.inventory[item.item] = (f.inventory[item.item] ?? 0) + item.units
    for (const inst of setup.installed) {
      const region = (f.installed[inst.region] ??= {})
      region[inst.chip] = (region[inst.chip] ?? 0) + inst.units
    }
    for (const dc of setup.datacenterMw) f.datacenterMw[dc.region] = (f.datacenterMw[dc.region] ?? 0) + dc.mw
    for (const p of setup.programs) {
      const chip = rules.chips[p.chip]
      if (chip === undefined) continue
      const state = chipFromCatalogue(chip, -1)
      chips[chip.id] = { ...state, public: false, designed: false, launched: -1, tapedOut: -1, readiness: 'paper', producedQuarters: 0 }
      nextId += 1
      programs.push({ id: `program-${nextId}`, owner: faction.id, chip: chip.id, quartersLeft: p.quartersLeft, budgetBnPerQuarter: c.programCostBnPerQuarter, inexperience: 0 })
    }
    factions[faction.id] = f
  }
  for (const chip of Object.values(chips)) {
    const maker = factions[chip.maker]
    if (maker !== undefined) maker.chipPrices[chip.id] = chip.priceUsd
  }
  for (const setup of scenario.factions) {
    const f = factions[setup.faction]
    if (f === undefined) continue
    for (const b of setup.bookings) if (chips[b.chip]?.maker === f.id && b.wafersPerQuarter > 0) f.bookings[b.chip] = b.wafersPerQuarter
    for (const p of setup.chipPrices) if (chips[p.chip]?.maker === f.id) f.chipPrices[p.chip] = p.priceUsd
  }

  const nodes: Record<string, NodeState> = {}
  for (const node of Object.values(rules.nodes)) {
    const from = quarterIndex(node.availableFrom)
    const online = from <= start
    nodes[node.id] = { online, since: online ? from : -1, capacityWafers: scheduledCapacity(node.capacityPath, node.capacityWafersPerQuarter, start), yieldBonus: 0, advancing: -1, building: [], lastWafers: 0, lastWafersByBloc: { us: 0, china: 0, neutral: 0 } }
    const owner = rules.foundries[node.foundry]?.owner
    const of = owner === undefined ? undefined : factions[owner]
    if (of !== undefined) of.waferPrices[node.id] = node.waferPriceUsd
  }
  const lines = (records: Record<string, { capacityChipsPerQuarter?: number; capacityStacksPerQuarter?: number; capacityPath?: { quarter: string; capacity: number }[] | undefined }>) =>
    Object.fromEntries(Object.entries(records).map(([id, r]) => [id, { capacity: scheduledCapacity(r.capacityPath, r.capacityChipsPerQuarter ?? r.capacityStacksPerQuarter ?? 0, start), lastUsed: 0 }]))

  const pools: GameState['pools'] = {}
  for (const id of Object.keys(rules.demandPools)) pools[id] = { installed: {} }
  for (const p of scenario.poolInstalled) {
    const pool = pools[p.pool]
    if (pool !== undefined) pool.installed[p.chip] = (pool.installed[p.chip] ?? 0) + p.units
  }
  const policies: GameState['policies'] = {}
  for (const id of scenario.policies) {
    const p = rules.policies[id]
    if (p !== undefined) policies[id] = { since: start, licence: p.params.licence ?? null, revenueShare: p.params.revenueShare ?? 0, approved: [] }
  }
  const excluded = new Set(scenario.excludeEvents)
  const eventPool = (scenario.events ?? Object.keys(rules.events)).filter((id) => !excluded.has(id))

  const state: GameState = {
    format: 'silicon-curtain/state',
    version: STATE_VERSION,
    rules: lockRules(rules),
    scenarioId: scenario.id,
    seed: options.seed,
    quarter: start,
    startQuarter: start,
    endQuarter: quarterIndex(scenario.end),
    seats,
    factionIds: Object.keys(factions),
    rng: seedRng(options.seed),
    tension: scenario.tension,
    over: null,
    factions,
    chips,
    programs,
    nodes,
    packaging: lines(rules.packaging),
    hbm: lines(rules.hbm),
    pools,
    policies,
    entities: {},
    enforcement: {},
    modifiers: [],
    decisions: [],
    firedEvents: {},
    flags: {},
    intel: {},
    eventPool,
    market: { chips: {}, pools: {}, cloud: {} },
    gridMw: Object.fromEntries(Object.values(rules.regions).map((r) => [r.id, r.powerMw])),
    ending: null,
    actorInventory: {},
    publicFinancials: {},
    history: [],
    nextId,
  }
  return { ok: true, state }
}
