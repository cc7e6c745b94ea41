/**
 * The classroom debrief as data (`exportDebrief`): one finished (or stopped) game for a
 * teacher — who played, what each side ordered each quarter and what came of it, the race as
 * series for charts, the key moments, and the game set beside what really happened. The host
 * builds it (`app/host/debrief/`) from ids, numbers, codes, quarter indices and the game data's
 * text keys, with no words of its own; the renderer words it through i18next and draws it, in
 * the debrief screen and as the exported offline page (`renderer/src/screens/debrief/`).
 *
 * Every field is JSON (no undefined, no Maps): absent values are `null`. Quarters are indices
 * (`year × 4 + quarter − 1`); the renderer labels them.
 */

export const DEBRIEF_FORMAT = 'silicon-curtain/debrief'
/** 2: words left the host (ids, codes and text keys instead of English). */
export const DEBRIEF_VERSION = 2

/** A cited source, as the game data gives it. */
export interface DebriefSource {
  title: string
  publisher: string
  date: string
  url: string | null
  confidence: 'high' | 'med' | 'low' | null
}

/** Kinds of record the debrief names; `faction` holds factions and actors. */
export const DEBRIEF_NAME_KINDS = ['faction', 'chip', 'policy', 'event', 'node', 'hbm', 'region', 'pool', 'objective', 'scenario'] as const
/** A kind of record the debrief names. */
export type DebriefNameKind = (typeof DEBRIEF_NAME_KINDS)[number]

/**
 * The game data's text keys for every id the debrief may name, so the renderer resolves names
 * in its language (`getTexts`) and shows the id where the data has no text.
 */
export interface DebriefTextKeys {
  names: Record<DebriefNameKind, Record<string, string>>
  descriptions: { event: Record<string, string>; policy: Record<string, string>; scenario: Record<string, string> }
  /** An event's choices: event id → choice id → the choice's name key. */
  choices: Record<string, Record<string, string>>
  /** Chips designed during the game (their names are not in the data): chip id → its maker. */
  designedBy: Record<string, string>
}

/** A seat: the faction and who played it. */
export interface DebriefSeat {
  faction: string
  /** `#rrggbb` for charts. */
  color: string
  controller: 'human' | 'ai'
  /** The person's (or team's) name; null for an AI seat. */
  player: string | null
  difficulty: 'easy' | 'normal' | 'hard'
  objectives: { objective: string; weight: number }[]
  par: number
}

/** One row of the final standings. */
export interface DebriefStanding {
  faction: string
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
  /** For a crisis: whether tension reached the crisis line or an event ended the game. */
  crisisBy: 'tension' | 'event' | null
  /** Tension at the end, rounded. */
  tension: number
  /** The quarter the game ended (or stands at). */
  quarter: number
  winner: string | null
  standings: DebriefStanding[]
}

/**
 * A parameter of an order: a key naming its role (`chip`, `wafersPerQuarter`, `region`…) and its
 * value as the order gave it (ids, numbers, codes); the renderer words each key.
 */
export interface DebriefParam {
  key: string
  value: string | number | boolean | string[]
  /** A field of an order kind the debrief does not know, shown as `key value`. */
  raw?: true
}

/** What came of an accepted order where the quarter's report says, as a code and figures. */
export type DebriefOrderResult =
  | { code: 'bought'; units: number; seized: number }
  | { code: 'none-bought' }
  | { code: 'made'; units: number; limitedBy: 'wafers' | 'packaging' | 'hbm' | 'none' }
  | { code: 'nothing-made' }
  | { code: 'sold'; units: number }
  | { code: 'none-sold' }
  | { code: 'in-force' }
  | { code: 'repealed' }
  | { code: 'no-change' }

/** One order a seat gave, and whether the engine took it. */
export interface DebriefOrder {
  /** Position in the seat's list that quarter; −1: the seat's orders were not a list at all. */
  index: number
  /** The order's kind; null when unreadable. */
  kind: string | null
  params: DebriefParam[]
  status: 'accepted' | 'refused'
  /** The engine's refusal: its code and its message. */
  refusal: { code: string; message: string } | null
  result: DebriefOrderResult | null
}

/** Money in or out for one cause (`order:<kind>`, `market:<what>`, `policy:<id>`…). */
export interface DebriefCashLine {
  cause: string
  inBn: number
  outBn: number
}

/** One seat's quarter: its orders and what came of them. */
export interface DebriefSeatQuarter {
  faction: string
  orders: DebriefOrder[]
  cash: { inBn: number; outBn: number; netBn: number; byCause: DebriefCashLine[] }
  vp: { objective: string; points: number }[]
  vpTotal: number
  production: { chip: string; units: number; limitedBy: 'wafers' | 'packaging' | 'hbm' | 'none' }[]
  sales: { chip: string; units: number; revenueBn: number; priceUsd: number }[]
  purchases: { chip: string; seller: string; units: number; grey: boolean; seized: number }[]
  /** Events whose choice this seat was asked to make (fired this quarter). */
  decisions: { event: string }[]
}

/** What the target of an event chose. */
export interface DebriefChoice {
  /** `chosen`: answered; `default`: no answer, the first option applied; `undecided`: still open at the end; `none`: no answer and no option. */
  status: 'chosen' | 'default' | 'undecided' | 'none'
  choice: string | null
}

/** A facilitator's move during a quarter's planning. */
export interface DebriefIntervention {
  kind: 'inject-event' | 'adjust-tension'
  event: string | null
  delta: number | null
  tensionFrom: number
  tensionTo: number
  /** Policies the injected event enacted or repealed. */
  policies: { policy: string; change: 'enacted' | 'repealed' }[]
  /** The engine's reason it did not apply (the re-simulation stopped there), or null. */
  failed: string | null
}

/** One event fired during a quarter. */
export interface DebriefEvent {
  id: string
  historical: boolean
  target: string | null
  /** What the target chose (filled when the choice was made the next quarter), or null when it asked nothing. */
  choice: DebriefChoice | null
}

/** A policy enacted or repealed. */
export interface DebriefPolicyChange {
  policy: string
  change: 'enacted' | 'repealed'
  /** A faction id or `event:<id>`. */
  by: string
  instrument: string | null
  /** A chip, HBM, tool or foundry control. */
  control: boolean
}

/** One quarter of the game. */
export interface DebriefQuarter {
  index: number
  /** The facilitator ended the game here instead of resolving it. */
  stopped: boolean
  interventions: DebriefIntervention[]
  seats: DebriefSeatQuarter[]
  events: DebriefEvent[]
  policies: DebriefPolicyChange[]
  reveals: { chip: string; how: 'benchmark' | 'leak' | 'intelligence'; to: string | null; reputationDelta: number }[]
  /** Causes: report causes, `facilitator` or `facilitator:<event>`. */
  tension: { from: number; to: number; causes: { cause: string; delta: number }[] }
}

/** A line of a chart: a faction or maker id (`others`: the makers not shown on their own). */
export interface DebriefSeries {
  id: string
  color: string
  values: (number | null)[]
}

/** Series for the charts, one value per quarter played (after the quarter resolved). */
export interface DebriefSeriesSet {
  quarters: number[]
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

/** A turning point of the game, with what the renderer needs to word it. */
export type DebriefKeyMoment = { quarter: number } & (
  | { kind: 'intervention'; intervention: 'inject-event' | 'adjust-tension'; event: string | null; delta: number | null; from: number; to: number }
  | {
      kind: 'control' | 'control-lifted' | 'counter-control'
      policy: string
      /** A faction id or `event:<id>`. */
      by: string
      /** The real rule the policy models, or null (then its description). */
      realRule: { name: string; date: string } | null
    }
  | { kind: 'tension-high'; from: number; to: number; crisisTension: number; cause: { cause: string; delta: number } | null }
  | { kind: 'truth-revealed'; chip: string; how: 'benchmark' | 'leak' | 'intelligence'; to: string | null; maker: string | null; reputationLoss: number }
  | {
      kind: 'domestic-volume'
      chip: string
      maker: string
      /** The first new Chinese chip at volume this game. */
      first: boolean
      /** Made this quarter. */
      units: number
      /** A seat plays its maker. */
      makerPlayed: boolean
      /** With the first: China's public chips already at volume when the game began. */
      atStart: string[]
    }
  | { kind: 'crisis' | 'stopped' | 'end'; winner: string | null }
)

/** What a key moment is about. */
export type KeyMomentKind = DebriefKeyMoment['kind']

/** When an event fired in the game. */
export interface DebriefFiring {
  quarter: number
  injected: boolean
  choice: DebriefChoice | null
}

/** A historical event or dated policy of the scenario's period, beside this game. */
export type DebriefHistoryItem = {
  id: string
  /** Quarter index of the real date (start of the window), for sorting. */
  realQuarter: number
  /** Quarter it first happened in the game, or null when it did not. */
  gameQuarter: number | null
  /** Quarters earlier (< 0) or later (> 0) than reality; null when not comparable. */
  quartersOff: number | null
  sources: DebriefSource[]
} & (
  | {
      kind: 'event'
      /** The quarters the data dates it to (its trigger window); null ends are open. */
      window: { from: number | null; to: number | null }
      fired: DebriefFiring[]
      /** The event is in this scenario's pool. */
      inScenario: boolean
    }
  | {
      kind: 'policy'
      realRule: { name: string; date: string }
      owner: string
      changes: { quarter: number; change: 'enacted' | 'repealed'; by: string }[]
      /** In force when the scenario starts. */
      inForceAtStart: boolean
    }
)

/** China's accelerator cards bought in one calendar year of the game. */
export interface DebriefCardYear {
  year: number
  /** Quarters of that year played (of 4). */
  quarters: number
  units: number
  domestic: number
}

/** A real figure set beside the game's figure for the same thing (the words are the renderer's, by id). */
export type DebriefRealityCheck = { sources: DebriefSource[] } & (
  | {
      id: 'china-domestic-share'
      /** The data carries IDC's H1 2023 figure too. */
      withH1of2023: boolean
      cards: DebriefCardYear | null
      first: { quarter: number; share: number }
      last: { quarter: number; share: number }
    }
  | { id: 'nvidia-revenue'; faction: string; totalBn: number; quarters: number }
  | {
      id: 'huawei-output'
      faction: string
      /** Which real figures the data's sources carry. */
      ascend: boolean
      idc: boolean
      year2024: { units: number; quarters: number } | null
      year2025: { units: number; quarters: number } | null
    }
  | { id: 'compute-ratio'; first: { quarter: number; ratio: number }; last: { quarter: number; ratio: number } }
)

/** "What really happened" for the scenario's period. */
export interface DebriefHistory {
  period: { from: number; to: number }
  /** Policies already in force when the scenario starts, with their real dates (null: undated). */
  inForceAtStart: { id: string; realDate: string | null }[]
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
  divergedAt: number | null
  /** The re-simulation's final state equals the game's final state. */
  finalStateMatches: boolean
}

/** A problem the teacher should know about, as a code and its figures. */
export type DebriefWarning =
  | { code: 'not-recreated'; message: string }
  | { code: 'replay-failed'; quarter: number; message: string }
  | { code: 'diverged'; quarter: number; hash: string; logged: string }
  | { code: 'final-state-differs' }

/** What a source is cited for. */
export type DebriefCitation = { kind: 'scenario' | 'event' | 'policy'; id: string } | { kind: 'figure'; id: DebriefRealityCheck['id'] }

/** The whole debrief. */
export interface Debrief {
  format: typeof DEBRIEF_FORMAT
  version: typeof DEBRIEF_VERSION
  generatedAt: string
  scenario: {
    id: string
    start: number
    end: number
    quartersPlanned: number
    quartersPlayed: number
  }
  seed: number
  seats: DebriefSeat[]
  outcome: DebriefOutcome
  /** Empty when all is well. */
  warnings: DebriefWarning[]
  replay: DebriefReplayCheck
  quarters: DebriefQuarter[]
  series: DebriefSeriesSet
  keyMoments: DebriefKeyMoment[]
  history: DebriefHistory
  /** Every source cited anywhere above, once, with what it is cited for. */
  sources: (DebriefSource & { citedFor: DebriefCitation[] })[]
  /** The game data's text keys for the ids above. */
  texts: DebriefTextKeys
}

/** `exportDebrief`'s answer: the debrief and the file name the host suggests for it. */
export interface DebriefExport {
  /** `debrief-<scenario>-<yyyymmdd-hhmm>.html`; the JSON is the same name with `.json`. */
  fileName: string
  debrief: Debrief
}
