/** Shared pieces of the candidate generators: the candidate type, parameter helpers, fleet and power figures. */
import { quarterIndex } from '../data/common'
import { pInf, pTrain } from '../model/performance'
import type { ParamSpec } from '../orders/handler'
import type { LegalOrder } from '../orders/legal-orders'
import type { Rng } from '../rng'
import type { ChipState, GameState } from '../state/game-state'
import { type Temper } from './temper'

/** A candidate order with its prior score; `slot` names what it sets (one order per slot in a plan). */
export interface Candidate {
  order: Record<string, unknown>
  score: number
  slot: string
}

/** A generator of candidates for one order kind. */
export type Gen = (g: GameState, t: Temper, legal: LegalOrder, rng: Rng) => Candidate[]

/** Options of an id, ids or enum parameter. */
export const ids = (spec: ParamSpec | undefined): string[] => (spec !== undefined && (spec.type === 'id' || spec.type === 'ids' || spec.type === 'enum') ? spec.options : [])
/** Upper bound of a number parameter. */
export const numMax = (spec: ParamSpec | undefined, fallback: number): number => (spec?.type === 'number' ? spec.max : fallback)
/** Lower bound of a number parameter. */
export const numMin = (spec: ParamSpec | undefined, fallback: number): number => (spec?.type === 'number' ? spec.min : fallback)
/** Clamps a value. */
export const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v))
/** Rounds to cents. */
export const round2 = (v: number): number => Math.round(v * 100) / 100

export function own(g: GameState, t: Temper): ChipState[] {
  return Object.values(g.chips).filter((c) => c.maker === t.seat)
}

/** A chip's best index (training or inference). */
export function chipPower(g: GameState, chip: ChipState): number {
  return Math.max(pTrain(chip.true, chip.workloads, g.rules.constants), pInf(chip.true, chip.workloads, g.rules.constants))
}

/** The seat's best own designed chip (by performance). */
export function bestOwn(g: GameState, t: Temper): ChipState | undefined {
  return own(g, t).filter((c) => c.designed).sort((a, b) => chipPower(g, b) - chipPower(g, a))[0]
}

/** MW the seat's installed and stocked chips draw. */
export function usedMw(g: GameState, seat: string): number {
  const f = g.factions[seat]
  let mw = 0
  for (const region of Object.values(f?.installed ?? {})) {
    for (const [id, units] of Object.entries(region)) mw += (units * (g.chips[id]?.true.powerW ?? 700) * g.rules.constants.allInPowerFactor) / 1e6
  }
  for (const [id, units] of Object.entries(f?.inventory ?? {})) {
    const chip = g.chips[id]
    if (chip !== undefined) mw += (units * chip.true.powerW * g.rules.constants.allInPowerFactor) / 1e6
  }
  return mw
}

/** MW of data centres the seat has and is building. */
export function totalMw(g: GameState, seat: string): number {
  const f = g.factions[seat]
  let mw = 0
  for (const v of Object.values(f?.datacenterMw ?? {})) mw += v
  for (const b of f?.building ?? []) mw += b.mw
  return mw
}

/** A quarter index from an ISO date (`YYYY-MM-DD` or `YYYY-MM`). */
export function dateQuarter(date: string): number {
  const year = Number(date.slice(0, 4))
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : 1
  return quarterIndex(`${year}Q${Math.floor((month - 1) / 3) + 1}`)
}
