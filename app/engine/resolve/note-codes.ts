/**
 * Every note the quarter can write, with the parameters it carries: the one table the
 * engine's `note()` and the UIs' wording are typed from, so a new code does not compile
 * until each UI words it (or says why it does not).
 */
export const NOTE_PARAMS = {
  'chip/sampling': ['chip'],
  'claims/overclaim-revealed': ['chip', 'seat', 'pct', 'refundBn'],
  'deploy/grid-short': ['region', 'asked', 'built'],
  'deploy/no-power': ['chip', 'units'],
  'event/chosen': ['event', 'seat', 'choice'],
  'event/defaulted': ['event', 'seat', 'choice'],
  'finance/summary': ['revenueBn', 'costBn', 'capexBn', 'depreciationBn', 'profitBn'],
  'market/nothing-bought': ['chip'],
  'market/price-above-limit': ['chip'],
  'market/purchase-blocked': ['chip'],
  'market/short-cash': ['chip', 'ordered', 'bought'],
  'market/short-stock': ['chip', 'ordered', 'bought'],
  'market/smuggling-bust': ['region'],
  'node/online': ['node'],
  'production/blocked': ['chip', 'node', 'policy'],
  'production/foundry-caught': ['foundry', 'policy'],
  'production/refused': ['chip', 'node'],
  'program/complete': ['chip', 'trueTflops'],
  'program/respin': ['chip', 'quarters', 'costBn'],
  'program/stalled': ['chip'],
  'program/unfunded': ['chip'],
} as const satisfies Record<string, readonly string[]>

/** A note's code: `phase-area/what`. */
export type NoteCode = keyof typeof NOTE_PARAMS

/** The parameters a note of `C` carries. */
export type NoteParams<C extends NoteCode> = Record<(typeof NOTE_PARAMS)[C][number], string | number>

/** Every note code, in the table's order. */
export const NOTE_CODES = Object.keys(NOTE_PARAMS) as NoteCode[]
