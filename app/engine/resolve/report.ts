/** The quarter report: every number a player sees traced to its cause. */
import type { OrderRefusal } from '../orders/refusal'
import type { NoteCode } from './note-codes'

/** A money movement. `from`/`to` are faction ids or `outside:<what>` (markets, treasuries, suppliers). */
export interface Flow {
  from: string
  to: string
  amountBn: number
  /** `order:<kind>`, `policy:<id>`, `event:<id>`, `market:<what>`, `finance:<what>`, `draw:<what>`. */
  cause: string
}

/** A note for one seat (or everyone when `seat` is null): a code UIs translate, and its parameters. */
export interface ReportNote {
  seat: string | null
  phase: number
  code: NoteCode
  params: Record<string, string | number>
}

/** Production of one chip this quarter (private to its maker). */
export interface ProductionLine {
  chip: string
  maker: string
  wafers: number
  goodDies: number
  units: number
  limitedBy: 'wafers' | 'packaging' | 'hbm' | 'none'
}

/** A truth revealed this quarter. */
export interface Reveal {
  chip: string
  how: 'benchmark' | 'leak' | 'intelligence'
  /** For intelligence: the government that learned it (only it sees the reveal). */
  to: string | null
  reputationDelta: number
  /** Who called it (a rival's benchmark, a published assessment), when someone did. */
  by?: string
  /** Sales refunded (US$ bn) because the claims proved false. */
  refundBn?: number
}

/** The full report of one quarter (the facilitator's); `reportFor` filters it per seat. */
export interface QuarterReport {
  quarter: number
  accepted: Record<string, string[]>
  refusals: Record<string, { index: number; kind: string; refusal: OrderRefusal }[]>
  flows: Flow[]
  production: ProductionLine[]
  /** Capacity used against capacity available, per node, packaging line and HBM line (public). */
  capacity: { id: string; owner: string; used: number; capacity: number }[]
  market: {
    chips: Record<string, { units: number; revenueBn: number; priceUsd: number }>
    /** Each demand pool's purchases: spend shares and units by chip (public market figures). */
    pools: Record<string, { budgetBn: number; spentBn: number; shares: Record<string, number>; units: Record<string, number>; greyUnits: number; seizedUnits: number }>
    cloud: Record<string, { budgetBn: number; spentBn: number; shares: Record<string, number> }>
    /** Player purchases (private to buyer and seller). */
    purchases: { buyer: string; seller: string; chip: string; units: number; grey: boolean; seized: number }[]
  }
  events: { event: string; target: string | null; decision: string | null }[]
  reveals: Reveal[]
  policies: { policy: string; change: 'enacted' | 'repealed'; by: string }[]
  tension: { from: number; to: number; causes: { cause: string; delta: number }[] }
  vp: Record<string, { objective: string; points: number }[]>
  notes: ReportNote[]
  over: { reason: 'end' | 'crisis' | 'stopped'; winner: string | null; scores: Record<string, number> } | null
}

/** An empty report for a quarter. */
export function emptyReport(quarter: number, tension: number): QuarterReport {
  return {
    quarter,
    // Keyed by seats as given (untrusted): no prototype, so "__proto__" is an ordinary key.
    accepted: Object.create(null) as QuarterReport['accepted'],
    refusals: Object.create(null) as QuarterReport['refusals'],
    flows: [],
    production: [],
    capacity: [],
    market: { chips: {}, pools: {}, cloud: {}, purchases: [] },
    events: [],
    reveals: [],
    policies: [],
    tension: { from: tension, to: tension, causes: [] },
    vp: {},
    notes: [],
    over: null,
  }
}
