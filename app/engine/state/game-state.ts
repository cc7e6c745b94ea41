/**
 * The game state: plain, serialisable data (records of plain numbers, no Maps or classes),
 * updated with immer. The rules travel inside it so a save replays without its mods.
 */
import type { STATE_VERSION } from './state-migrations'
import type { ChipSpecs, Readiness } from '../data/chip'
import type { Rules } from '../data/rules'

/** A chip's workloads. */
export type Workloads = 'training' | 'inference' | 'both'
/** How the truth about a chip became known. */
export type RevealHow = 'benchmark' | 'leak' | 'intelligence'

/** A chip in the game: a catalogue chip or one designed during play. */
export interface ChipState {
  id: string
  /** Text key (catalogue chips) or a generated label (`designed.<id>`). */
  name: string
  maker: string
  node: string
  dieMm2: number
  diesPerChip: number
  hbm: string | null
  hbmStacks: number
  advancedPackaging: boolean
  internalOnly: boolean
  variantOf: string | null
  /** Secret to the maker until revealed. */
  true: ChipSpecs
  claimed: ChipSpecs
  workloads: Workloads
  claimedWorkloads: Workloads
  readiness: Readiness
  claimedReadiness: Readiness
  /** Others know it exists (catalogue chips in play, or announced). */
  public: boolean
  /** The design is finished (true specs drawn); false while a program runs. */
  designed: boolean
  /** Quarter index of tape-out, or −1. */
  tapedOut: number
  /** Quarter index it entered the market, or −1. */
  launched: number
  revealed: 'benchmark' | 'leak' | 'intelligence' | null
  /** Revenue (US$ bn) from sales made while only the claims were public: refunded in part if they prove false. */
  claimSalesBn?: number
  producedUnits: number
  producedQuarters: number
  /** Quarters in which customers other than the maker had it installed. */
  customerQuarters: number
  priceUsd: number
}

/** A design program in progress. */
export interface Program {
  id: string
  owner: string
  chip: string
  quartersLeft: number
  budgetBnPerQuarter: number
  /** 1 when the maker has never finished a chip on this node (bigger spread, lower mean). */
  inexperience: number
  /** Budget per quarter that keeps the program on schedule (US$ bn); less stretches it. Absent: always on schedule (variants, old saves). */
  fullPaceBn?: number
  /** Target over the design bound (0–2): near 1 raises the respin chance. */
  boundRatio?: number
  /** Respins so far (a weak first silicon costs a quarter and money). */
  respins?: number
}

/** A process node's live figures. */
export interface NodeState {
  /** Operational: foundries can run wafers on it. */
  online: boolean
  /** Quarter index it came online (for maturity), or −1. */
  since: number
  capacityWafers: number
  yieldBonus: number
  /** Quarter it comes online after an `advance-node` order, or −1. */
  advancing: number
  /** Fabs being built: wafers per quarter added at `ready`. */
  building: { wafers: number; ready: number; region: string }[]
  /** Wafers run last quarter (utilisation). */
  lastWafers: number
  /** Wafers run last quarter for US-aligned and China-aligned makers (neutrality). */
  lastWafersByBloc: { us: number; china: number; neutral: number }
}

/** A packaging or HBM line's live capacity. */
export interface LineState {
  capacity: number
  lastUsed: number
}

/** A non-player demand pool's installed base. */
export interface PoolState {
  installed: Record<string, number>
}

/** An enacted policy. */
export interface PolicyState {
  since: number
  /** Licence mode in force (set-licence can change it). */
  licence: 'deny' | 'case-by-case' | 'revenue-share' | 'allow' | null
  revenueShare: number
  /** Chips granted a case-by-case licence this quarter. */
  approved: string[]
}

/** A temporary multiplier from an event (capacity or demand). */
export interface Modifier {
  target: string
  kind: 'capacity' | 'demand'
  factor: number
  /** Last quarter index it applies to (inclusive); a very large number = for good. */
  until: number
}

/** An event choice waiting for its seat's decision. */
export interface Decision {
  id: string
  event: string
  seat: string
  choices: string[]
  /** Quarter index by which it must be chosen (else the first choice applies). */
  due: number
}

/** Figures a company reports (public one quarter late). */
export interface Financials {
  quarter: number
  cashBn: number
  revenueBn: number
  chipRevenueBn: number
  cloudRevenueBn: number
  /** Every cash outflow, capital spending included. */
  costBn: number
  /** Cash spent on capital (fabs, nodes, data centres) this quarter. */
  capexBn?: number
  /** Non-cash: the quarter's share of capital written off (book value / depreciationQuarters). */
  depreciationBn?: number
}

/** A faction's live position. */
export interface FactionState {
  id: string
  kinds: string[]
  cashBn: number
  reputation: number
  politicalCapital: number
  ecosystem: number
  actionPoints: number
  budgetBnPerQuarter: number
  vp: number
  par: number
  algorithmicEfficiency: number
  trainingCompute: number
  capability: number
  /** Chips and HBM stacks held (id → units). */
  inventory: Record<string, number>
  /** Installed accelerators by region (region → chip → units). */
  installed: Record<string, Record<string, number>>
  datacenterMw: Record<string, number>
  building: { region: string; mw: number; ready: number }[]
  /** Standing wafer bookings (chip → wafers per quarter). */
  bookings: Record<string, number>
  chipPrices: Record<string, number>
  /** Regions a chip is offered in (chip → region ids); absent = everywhere. */
  allocation: Record<string, string[]>
  waferPrices: Record<string, number>
  compliance: 'strict' | 'lax'
  refusedCustomers: string[]
  cloudPriceUsdPerHour: number
  trainingShare: number
  openWeights: number
  /** Quarter index until which buyers distrust this maker's claims (after an overclaim came out); absent: trusted. */
  distrustUntil?: number
  /** While distrusted: the share of its asking prices buyers still pay (1 − a concession that grows with the overclaim); absent: 1. */
  distrustPrice?: number
  /** Book value of capital (fabs, nodes, data centres), depreciated each quarter. */
  assetsBn?: number
  /** This quarter's figures (private until lagged into `publicFinancials`). */
  financials: Financials
}

/** One quarter's public figures for the charts. */
export interface HistoryPoint {
  quarter: number
  tension: number
  factions: Record<string, { vp: number; reputation: number; computeH100e: number; capability: number }>
  /** Financials (revealed to others only after the lag). */
  financials: Record<string, { cashBn: number; revenueBn: number }>
  /** Share of China's installed compute (H100e) on domestic chips. */
  chinaDomesticShare: number
  /**
   * Accelerator cards bought in China this quarter (demand pools and players, in units), and how
   * many of them China-based makers made: the measure IDC reports (~41 % domestic in 2025).
   * Absent in games saved before it was kept.
   */
  chinaCards?: { units: number; domestic: number }
  /** US-bloc over China installed compute. */
  computeRatio: number
  /** Installed H100e by the chips' maker (claimed specs where the truth is secret). Absent in games saved before it was kept. */
  computeByMaker?: Record<string, number>
  /** Installed H100e by region. Absent in games saved before it was kept. */
  computeByRegion?: Record<string, number>
}

/** How a game ended. */
export interface Outcome {
  /** `stopped`: the facilitator ended the game early. */
  reason: 'end' | 'crisis' | 'stopped'
  quarter: number
  winner: string | null
  scores: Record<string, number>
}

/** Last quarter's public market results. */
export interface MarketSummary {
  chips: Record<string, { units: number; revenueBn: number; priceUsd: number }>
  pools: Record<string, { spentBn: number; shares: Record<string, number> }>
  cloud: Record<string, { spentBn: number; shares: Record<string, number> }>
}

/** The whole game. */
export interface GameState {
  format: 'silicon-curtain/state'
  /** The state's shape version (state-migrations.ts lifts older ones). */
  version: typeof STATE_VERSION
  rules: Rules
  scenarioId: string
  seed: number
  quarter: number
  startQuarter: number
  endQuarter: number
  seats: string[]
  factionIds: string[]
  rng: number[]
  tension: number
  over: Outcome | null
  factions: Record<string, FactionState>
  chips: Record<string, ChipState>
  programs: Program[]
  nodes: Record<string, NodeState>
  packaging: Record<string, LineState>
  hbm: Record<string, LineState>
  pools: Record<string, PoolState>
  policies: Record<string, PolicyState>
  /** Entity List additions by order (government → ids). */
  entities: Record<string, string[]>
  /** Extra grey-market seizure chance set by governments. */
  enforcement: Record<string, number>
  modifiers: Modifier[]
  decisions: Decision[]
  firedEvents: Record<string, number>
  flags: Record<string, number>
  /** Chips each government's intelligence has assessed. */
  intel: Record<string, string[]>
  /** Events this scenario may fire (ids). */
  eventPool: string[]
  market: MarketSummary
  /** Stock of chips made by non-player makers (actors), by chip id. */
  actorInventory: Record<string, number>
  /** Grid power (MW) available for data centres per region; builds draw on it. */
  gridMw: Record<string, number>
  /** An `end-game` operation asked to end the game after this quarter. */
  ending: 'crisis' | 'scenario' | null
  publicFinancials: Record<string, Financials>
  history: HistoryPoint[]
  nextId: number
}
