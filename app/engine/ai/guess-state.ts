/**
 * A determinised guess of the whole game state built from one seat's view, never from the real
 * state: the AI needs a `GameState` to validate its orders and to simulate candidate plans with
 * the engine. The seat's own faction, chips, programs and nodes are copied exactly; everything it
 * cannot see is replaced by public figures or sampled guesses:
 * - rivals' chips: their claimed specs (public rules already carry claims in place of the truth),
 *   or, when a generator is given, a plausible draw around the claim (claims tend to flatter);
 * - rivals' cash: their last reported (one quarter late) financials;
 * - rivals' inventories, bookings, stockpiles, data centres being built and installed bases by
 *   chip: unknown, left empty (public compute counts still show in the view's public figures);
 * - the event pool, flags and the game's PRNG: unknown; the guess has no events and its own PRNG.
 */
import type { Rules } from '../data/rules'
import { seedRng, type Rng } from '../rng'
import { chipIdentity } from '../state/chip-state'
import type { ChipState, FactionState, GameState, NodeState } from '../state/game-state'
import type { ChipView, SeatView } from '../view/view-for'

function guessChip(view: SeatView, chip: ChipView, rng: Rng | null): ChipState {
  if (chip.own !== null) return chip.own
  const rec = view.rules.chips[chip.id]
  const known = chip.known
  let specs = known?.specs ?? { ...chip.claimed }
  if (known === null && rng !== null) {
    // Claims flatter: the truth is drawn a little below the claim (MODEL.md's draw, mean −5 %).
    const f = Math.exp(-0.05 + 0.12 * rng.normal())
    specs = { ...specs, bf16Tflops: specs.bf16Tflops * Math.min(1.1, f), tpp: specs.tpp * Math.min(1.1, f) }
  }
  const revealed = known !== null && (known.how === 'benchmark' || known.how === 'leak' || known.how === 'intelligence') ? known.how : null
  return {
    ...chipIdentity(chip),
    advancedPackaging: rec?.advancedPackaging ?? true,
    true: specs,
    claimed: { ...chip.claimed },
    workloads: known?.workloads ?? chip.claimedWorkloads,
    claimedWorkloads: chip.claimedWorkloads,
    readiness: known?.readiness ?? chip.claimedReadiness,
    claimedReadiness: chip.claimedReadiness,
    public: true,
    designed: chip.launched >= 0 || chip.claimedReadiness !== 'paper',
    tapedOut: chip.launched >= 0 ? chip.launched : -1,
    launched: chip.launched,
    revealed,
    producedUnits: 0,
    producedQuarters: chip.launched >= 0 ? Math.max(1, view.quarter - chip.launched) : 0,
    customerQuarters: 0,
    priceUsd: chip.priceUsd,
  }
}

function guessFaction(view: SeatView, id: string, chips: Record<string, ChipState>): FactionState | null {
  const entry = view.factions[id]
  if (entry === undefined) return null
  if (entry.private !== null) return entry.private
  const pub = entry.public
  const c = view.rules.constants
  const chipPrices: Record<string, number> = {}
  for (const chip of Object.values(chips)) if (chip.maker === id) chipPrices[chip.id] = chip.priceUsd
  const fin = pub.financials
  return {
    id,
    kinds: [...pub.kinds],
    cashBn: fin?.cashBn ?? 10,
    reputation: pub.reputation,
    politicalCapital: 50,
    ecosystem: pub.ecosystem,
    actionPoints: c.actionPointsPerQuarter,
    budgetBnPerQuarter: 0,
    vp: pub.vp,
    par: pub.par,
    algorithmicEfficiency: 1,
    trainingCompute: 0,
    capability: pub.capability,
    inventory: {},
    installed: {},
    datacenterMw: { ...pub.datacenterMw },
    building: [],
    bookings: {},
    chipPrices,
    allocation: {},
    waferPrices: {},
    compliance: 'strict',
    refusedCustomers: [],
    cloudPriceUsdPerHour: c.cloudPriceUsdPerHour,
    trainingShare: 0.3,
    openWeights: pub.openWeights,
    financials: { quarter: view.quarter, cashBn: fin?.cashBn ?? 10, revenueBn: 0, chipRevenueBn: 0, cloudRevenueBn: 0, costBn: 0 },
  }
}

function guessNode(view: SeatView, id: string): NodeState {
  const node = view.nodes[id]
  if (node?.detail !== null && node?.detail !== undefined) return node.detail
  return {
    online: node?.online ?? false,
    // Unknown age: treat a running node as mature.
    since: node?.online === true ? view.startQuarter - 12 : -1,
    capacityWafers: node?.capacityWafers ?? 0,
    yieldBonus: 0,
    advancing: -1,
    building: [],
    lastWafers: node?.lastWafers ?? 0,
    lastWafersByBloc: { us: 0, china: 0, neutral: 0 },
  }
}

/** A full state consistent with what `view.seat` knows; `rng` samples what it cannot see (null = claims as they stand). */
export function guessState(view: SeatView, rng: Rng | null, seed = 0): GameState {
  const rules: Rules = view.rules
  const chips: Record<string, ChipState> = {}
  for (const chip of Object.values(view.chips)) chips[chip.id] = guessChip(view, chip, rng)
  const factions: Record<string, FactionState> = {}
  const publicFinancials: GameState['publicFinancials'] = {}
  for (const id of view.factionIds) {
    const f = guessFaction(view, id, chips)
    if (f !== null) factions[id] = f
    const fin = view.factions[id]?.public.financials
    if (fin !== null && fin !== undefined) publicFinancials[id] = fin
  }
  const nodes: Record<string, NodeState> = {}
  for (const id of Object.keys(view.nodes)) nodes[id] = guessNode(view, id)
  return {
    format: 'silicon-curtain/state',
    version: 1,
    rules,
    scenarioId: view.scenarioId,
    seed,
    quarter: view.quarter,
    startQuarter: view.startQuarter,
    endQuarter: view.endQuarter,
    seats: view.seats,
    factionIds: view.factionIds,
    rng: seedRng(seed),
    tension: view.tension,
    over: view.over,
    factions,
    chips,
    programs: view.programs,
    nodes,
    packaging: view.packaging,
    hbm: view.hbm,
    pools: view.pools,
    policies: view.policies,
    entities: view.entities,
    enforcement: {},
    modifiers: view.modifiers,
    decisions: view.decisions,
    firedEvents: view.firedEvents,
    flags: {},
    intel: { [view.seat]: view.intel },
    eventPool: [],
    market: view.market,
    actorInventory: {},
    gridMw: view.gridMw,
    ending: null,
    publicFinancials,
    history: view.history,
    nextId: 1_000_000,
  }
}
