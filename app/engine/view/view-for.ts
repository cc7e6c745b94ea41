/**
 * `viewFor(state, seat)`: only what a seat may know. Its own faction in full; for others the
 * public figures, their chips' claimed specs unless the truth is known to this seat (benchmark,
 * leak, or this government's intelligence), and financials one quarter late. The facilitator
 * sees everything. The PRNG state is never in a view (it would predict the future).
 */
import type { Rules } from '../data/rules'
import { factionCompute } from '../model/compute'
import type { ChipSpecs, Readiness } from '../data/chip'
import type { ChipState, Decision, Financials, FactionState, GameState, HistoryPoint, NodeState, Outcome, MarketSummary, Modifier, Program, Workloads } from '../state/game-state'
import { chipIdentity } from '../state/chip-state'

/** The facilitator's pseudo-seat. */
export const FACILITATOR = 'facilitator'

/** What a seat knows about a chip. */
export interface ChipView {
  id: string
  name: string
  maker: string
  node: string
  dieMm2: number
  diesPerChip: number
  hbm: string | null
  hbmStacks: number
  internalOnly: boolean
  variantOf: string | null
  claimed: ChipSpecs
  claimedWorkloads: Workloads
  claimedReadiness: Readiness
  launched: number
  priceUsd: number
  /** The truth, when this seat knows it, and how. */
  known: { specs: ChipSpecs; workloads: Workloads; readiness: Readiness; how: 'own' | 'benchmark' | 'leak' | 'intelligence' | 'facilitator' } | null
  /** The maker's full record (own chips, or the facilitator). */
  own: ChipState | null
}

/** Public figures of a faction. */
export interface PublicFaction {
  id: string
  kinds: string[]
  reputation: number
  vp: number
  par: number
  ecosystem: number
  capability: number
  openWeights: number
  computeH100e: number
  datacenterMw: Record<string, number>
  /** Last reported quarter (one quarter late). */
  financials: Financials | null
}

/** A seat's view of the game. */
export interface SeatView {
  seat: string
  scenarioId: string
  quarter: number
  startQuarter: number
  endQuarter: number
  seats: string[]
  factionIds: string[]
  tension: number
  over: Outcome | null
  rules: Rules
  factions: Record<string, { public: PublicFaction; private: FactionState | null }>
  chips: Record<string, ChipView>
  programs: Program[]
  nodes: Record<string, Pick<NodeState, 'online' | 'capacityWafers' | 'lastWafers'> & { detail: NodeState | null }>
  packaging: GameState['packaging']
  hbm: GameState['hbm']
  pools: GameState['pools']
  policies: GameState['policies']
  entities: GameState['entities']
  modifiers: Modifier[]
  decisions: Decision[]
  firedEvents: Record<string, number>
  intel: string[]
  market: MarketSummary
  gridMw: Record<string, number>
  history: HistoryPoint[]
}

const publicRulesCache = new WeakMap<Rules, Rules>()

/** A list kept under a seat's key; the seat is untrusted input, so only own keys count. */
function ownList(record: Record<string, string[]>, key: string): string[] {
  return Object.prototype.hasOwnProperty.call(record, key) ? (record[key] ?? []) : []
}

/** The rules without secrets: catalogue chips carry their claims in place of the truth; scenarios keep no faction's starting secrets. */
export function publicRules(rules: Rules): Rules {
  const cached = publicRulesCache.get(rules)
  if (cached !== undefined) return cached
  const chips: Rules['chips'] = {}
  for (const [id, chip] of Object.entries(rules.chips)) {
    chips[id] = { ...chip, true: { ...chip.claimed }, workloads: chip.claimedWorkloads ?? chip.workloads, readiness: chip.claimedReadiness ?? chip.readiness }
  }
  // A scenario's starting secrets (programs under way, stocks, bookings) stay with their faction's own view.
  const scenarios: Rules['scenarios'] = {}
  for (const [id, scenario] of Object.entries(rules.scenarios)) {
    scenarios[id] = { ...scenario, factions: scenario.factions.map((f) => ({ ...f, programs: [], inventory: [], bookings: [], cashBn: 0 })) }
  }
  const result = { ...rules, chips, scenarios }
  publicRulesCache.set(rules, result)
  return result
}

function chipView(state: GameState, chip: ChipState, seat: string, all: boolean): ChipView {
  const mine = chip.maker === seat
  let how: NonNullable<ChipView['known']>['how'] | null = null
  if (all) how = 'facilitator'
  else if (mine) how = 'own'
  else if (chip.revealed !== null) how = chip.revealed
  else if (ownList(state.intel, seat).includes(chip.id)) how = 'intelligence'
  return {
    ...chipIdentity(chip),
    claimed: { ...chip.claimed },
    claimedWorkloads: chip.claimedWorkloads,
    claimedReadiness: chip.claimedReadiness,
    launched: chip.launched,
    priceUsd: state.factions[chip.maker]?.chipPrices[chip.id] ?? chip.priceUsd,
    known: how === null ? null : { specs: { ...chip.true }, workloads: chip.workloads, readiness: chip.readiness, how },
    own: mine || all ? structuredCopy(chip) : null,
  }
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** Lines' capacities for all; their use only for their owner (stockpiles are private). */
function lines(_state: GameState, live: Record<string, { capacity: number; lastUsed: number }>, recs: Record<string, { owner: string }>, seat: string, all: boolean): Record<string, { capacity: number; lastUsed: number }> {
  const out: Record<string, { capacity: number; lastUsed: number }> = {}
  for (const [id, line] of Object.entries(live)) out[id] = { capacity: line.capacity, lastUsed: all || recs[id]?.owner === seat ? line.lastUsed : 0 }
  return out
}

/** What `seat` (a faction id, or `facilitator`) may know. */
export function viewFor(state: GameState, seat: string): SeatView {
  const all = seat === FACILITATOR
  const lag = state.rules.constants.financialLagQuarters
  const factions: SeatView['factions'] = {}
  for (const id of state.factionIds) {
    const f = state.factions[id]
    if (f === undefined) continue
    const pub = state.publicFinancials[id]
    factions[id] = {
      public: {
        id,
        kinds: [...f.kinds],
        reputation: f.reputation,
        vp: f.vp,
        par: f.par,
        ecosystem: f.ecosystem,
        capability: f.capability,
        openWeights: f.openWeights,
        computeH100e: factionCompute(state, id, all ? 'true' : 'public'),
        datacenterMw: { ...f.datacenterMw },
        financials: pub === undefined ? null : { ...pub },
      },
      private: all || id === seat ? structuredCopy(f) : null,
    }
  }
  const chips: Record<string, ChipView> = {}
  for (const chip of Object.values(state.chips)) {
    if (all || chip.public || chip.maker === seat) chips[chip.id] = chipView(state, chip, seat, all)
  }
  const nodes: SeatView['nodes'] = {}
  for (const [id, node] of Object.entries(state.nodes)) {
    const rec = state.rules.nodes[id]
    const owner = rec === undefined ? undefined : state.rules.foundries[rec.foundry]?.owner
    const mine = all || owner === seat
    // Wafers run are the owner's business: with one customer they would reveal its booking.
    nodes[id] = { online: node.online, capacityWafers: node.capacityWafers, lastWafers: mine ? node.lastWafers : 0, detail: mine ? structuredCopy(node) : null }
  }
  const history = state.history.map((h) => {
    if (all || state.over !== null || h.quarter + lag < state.quarter) return h
    const own = h.financials[seat]
    return { ...h, financials: own === undefined ? {} : { [seat]: own } }
  })
  // Everything from the live state is copied (a view must not alias the state); the public
  // rules are immutable and cached, so they are shared, not copied.
  const view = structuredCopy({
    seat,
    scenarioId: state.scenarioId,
    quarter: state.quarter,
    startQuarter: state.startQuarter,
    endQuarter: state.endQuarter,
    seats: state.seats,
    factionIds: state.factionIds,
    tension: state.tension,
    over: state.over,
    rules: null,
    factions,
    chips,
    programs: state.programs.filter((p) => all || p.owner === seat),
    nodes,
    packaging: lines(state, state.packaging, state.rules.packaging, seat, all),
    hbm: lines(state, state.hbm, state.rules.hbm, seat, all),
    pools: state.pools,
    policies: state.policies,
    entities: state.entities,
    modifiers: state.modifiers,
    decisions: state.decisions.filter((d) => all || d.seat === seat),
    firedEvents: state.firedEvents,
    intel: all ? Object.values(state.intel).flat() : ownList(state.intel, seat),
    market: state.market,
    gridMw: state.gridMw,
    history,
  })
  return { ...view, rules: all ? state.rules : publicRules(state.rules) }
}
