/**
 * The debrief: plain, versioned JSON describing one finished (or stopped) classroom game for
 * a teacher: who played, what each side ordered each quarter and what came of it, the race
 * as series for charts, the key moments, and the game set beside what really happened (from
 * the game data's historical events, policies and their sources). `render-html.ts` turns it
 * into a self-contained HTML page; `debriefJson` writes it as JSON.
 *
 * Every field is JSON (no undefined, no Maps): absent values are `null`.
 */

export const DEBRIEF_FORMAT = 'silicon-curtain/debrief'
export const DEBRIEF_VERSION = 1

/** A cited source, as the game data gives it. */
export interface DebriefSource {
  title: string
  publisher: string
  date: string
  url: string | null
  confidence: 'high' | 'med' | 'low' | null
}

/** A seat: the faction and who played it. */
export interface DebriefSeat {
  faction: string
  factionName: string
  /** `#rrggbb` for charts. */
  color: string
  controller: 'human' | 'ai'
  /** The person's name, or `AI (normal)`. */
  player: string
  objectives: { objective: string; name: string; weight: number }[]
  par: number
}

/** One row of the final standings. */
export interface DebriefStanding {
  faction: string
  factionName: string
  vp: number
  par: number
  /** VP − par: the winner has the highest. */
  score: number
  rank: number
}

/** How the game ended (or where it stands, when it is not over). */
export interface DebriefOutcome {
  /** `null`: the game was exported before its end. */
  reason: 'end' | 'crisis' | 'stopped' | null
  /** In words: "The scenario ran to its last quarter", "Crisis: …", "The facilitator ended the game early". */
  reasonText: string
  /** The quarter the game ended (or stands at). */
  quarter: string
  winner: string | null
  winnerName: string | null
  standings: DebriefStanding[]
}

/** A named parameter of an order. */
export interface DebriefParam {
  label: string
  value: string
}

/** One order a seat gave, in words, and whether the engine took it. */
export interface DebriefOrder {
  /** Position in the seat's list that quarter. */
  index: number
  kind: string
  /** The order's name from the texts ("Book production"). */
  name: string
  /** The order in one line ("Book production: H20, 5,000 wafers a quarter"). */
  text: string
  params: DebriefParam[]
  status: 'accepted' | 'refused'
  refusal: { code: string; message: string } | null
  /** What came of an accepted order where the quarter's report says ("bought 2,271", "made 83,371"), else null. */
  result: string | null
}

/** Money in or out for one cause. */
export interface DebriefCashLine {
  cause: string
  causeText: string
  inBn: number
  outBn: number
}

/** One seat's quarter: its orders and what came of them. */
export interface DebriefSeatQuarter {
  faction: string
  factionName: string
  orders: DebriefOrder[]
  cash: { inBn: number; outBn: number; netBn: number; byCause: DebriefCashLine[] }
  vp: { objective: string; name: string; points: number }[]
  vpTotal: number
  production: { chip: string; chipName: string; units: number; limitedBy: string }[]
  sales: { chip: string; chipName: string; units: number; revenueBn: number; priceUsd: number }[]
  purchases: { chip: string; chipName: string; seller: string; sellerName: string; units: number; grey: boolean; seized: number }[]
  /** Event choices this seat was asked to make (from events fired this quarter). */
  decisions: { event: string; eventName: string }[]
}

/** A facilitator's move during a quarter's planning. */
export interface DebriefIntervention {
  kind: 'inject-event' | 'adjust-tension'
  text: string
  event: string | null
  eventName: string | null
  delta: number | null
  tensionFrom: number
  tensionTo: number
  /** Policies the injected event enacted or repealed. */
  policies: string[]
  /** Why it did not apply (the re-simulation stopped there), or null. */
  failed: string | null
}

/** One event fired during a quarter. */
export interface DebriefEvent {
  id: string
  name: string
  description: string | null
  historical: boolean
  target: string | null
  targetName: string | null
  /** What the target chose (filled when the choice was made the next quarter), or null. */
  choice: string | null
}

/** A policy enacted or repealed. */
export interface DebriefPolicyChange {
  policy: string
  name: string
  change: 'enacted' | 'repealed'
  /** A faction id or `event:<id>`. */
  by: string
  byText: string
  instrument: string | null
  /** A chip, HBM, tool or foundry control. */
  control: boolean
}

/** One quarter of the game. */
export interface DebriefQuarter {
  index: number
  label: string
  /** The facilitator ended the game here instead of resolving it. */
  stopped: boolean
  interventions: DebriefIntervention[]
  seats: DebriefSeatQuarter[]
  events: DebriefEvent[]
  policies: DebriefPolicyChange[]
  reveals: { chip: string; chipName: string; how: string; reputationDelta: number }[]
  tension: { from: number; to: number; causes: { cause: string; causeText: string; delta: number }[] }
}

/** A line of a chart. */
export interface DebriefSeries {
  id: string
  name: string
  color: string
  values: (number | null)[]
}

/** Series for the charts, one value per quarter played (after the quarter resolved). */
export interface DebriefSeriesSet {
  quarters: string[]
  tension: number[]
  /** Cumulative VP per seat. */
  vp: DebriefSeries[]
  /** Cumulative VP minus the share of par due by then (par × quarters played / quarters planned): above 0 is ahead of pace. */
  scoreVsPar: DebriefSeries[]
  /** Share (0–1) of China's installed compute on chips made by China-aligned makers. */
  chinaDomesticShare: number[]
  /** Share (0–1) of the accelerator cards China bought in the four quarters up to this one made by Chinese firms; null when none were bought or the game did not keep it. */
  chinaDomesticCardShare: (number | null)[]
  /** US-bloc installed compute over China's. */
  computeRatio: number[]
  /** Installed compute (H100-equivalents) by the chips' maker. */
  computeByMaker: DebriefSeries[]
}

/** What a key moment is about. */
export type KeyMomentKind =
  | 'domestic-volume'
  | 'control'
  | 'control-lifted'
  | 'counter-control'
  | 'tension-high'
  | 'truth-revealed'
  | 'intervention'
  | 'crisis'
  | 'stopped'
  | 'end'

/** A turning point of the game. */
export interface DebriefKeyMoment {
  kind: KeyMomentKind
  quarter: string
  quarterIndex: number
  title: string
  detail: string
  /** What caused it: a faction, an event, a policy, the facilitator. */
  cause: string
}

/** A historical event or policy of the scenario's period, beside this game. */
export interface DebriefHistoryItem {
  kind: 'event' | 'policy'
  id: string
  name: string
  description: string | null
  /** When it really happened: a date (policies) or the quarter window the data dates it to (events). */
  realDate: string
  /** Quarter index of the real date (start of the window), for sorting. */
  realQuarterIndex: number
  /** What happened in this game, in words. */
  inGame: string
  /** Quarter it happened in the game, or null when it did not. */
  gameQuarter: string | null
  /** Quarters earlier (< 0) or later (> 0) than reality; null when not comparable. */
  quartersOff: number | null
  sources: DebriefSource[]
}

/** A real figure set beside the game's figure for the same thing. */
export interface DebriefRealityCheck {
  id: string
  label: string
  real: string
  game: string
  /** How the two measures differ, so no one compares apples with pears unawares. */
  caveat: string
  sources: DebriefSource[]
}

/** "What really happened" for the scenario's period. */
export interface DebriefHistory {
  period: { from: string; to: string }
  /** Policies already in force when the scenario starts (their real dates). */
  inForceAtStart: { id: string; name: string; realDate: string }[]
  items: DebriefHistoryItem[]
  figures: DebriefRealityCheck[]
}

/** Whether re-simulating the order log reproduced the recorded game. */
export interface DebriefReplayCheck {
  /** Log entries re-simulated. */
  entries: number
  /** Entries whose state hash matched the log's. */
  matched: number
  /** The first quarter that differed, or null. */
  divergedAt: string | null
  /** The re-simulation's final state equals the game's final state. */
  finalStateMatches: boolean
}

/** The whole debrief. */
export interface Debrief {
  format: typeof DEBRIEF_FORMAT
  version: typeof DEBRIEF_VERSION
  generatedAt: string
  scenario: {
    id: string
    name: string
    description: string | null
    start: string
    end: string
    quartersPlanned: number
    quartersPlayed: number
  }
  seed: number
  seats: DebriefSeat[]
  outcome: DebriefOutcome
  /** Problems the teacher should know about (a replay that diverged, …); empty when all is well. */
  warnings: string[]
  replay: DebriefReplayCheck
  quarters: DebriefQuarter[]
  series: DebriefSeriesSet
  keyMoments: DebriefKeyMoment[]
  history: DebriefHistory
  /** Every source cited anywhere above, once. */
  sources: (DebriefSource & { citedFor: string[] })[]
}
