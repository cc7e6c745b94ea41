/** The shape every order kind's handler has; `resolveQuarter` only composes them. */
import type { FactionKind } from '../data/faction'
import type { PhaseContext } from '../resolve/context'
import type { GameState } from '../state/game-state'
import type { OrderRefusal, RefusalCode } from './refusal'

/** A parameter's legal range, for menus and the bot. */
export type ParamSpec =
  | { type: 'id'; options: string[] }
  | { type: 'ids'; options: string[] }
  | { type: 'enum'; options: string[] }
  | { type: 'number'; min: number; max: number; integer: boolean }
  | { type: 'boolean' }
  | { type: 'specs'; max: Record<string, number>; byNode?: Record<string, Record<string, number>> }

/** What an order kind needs to be validated, applied and listed. */
export interface OrderHandler<O extends { kind: string }> {
  kind: O['kind']
  /** The phase (1–9) in which the order takes effect. */
  phase: number
  /** Faction kinds that may issue it when the data has no orderCosts record. */
  defaultKinds: FactionKind[]
  /** The refusal codes its own checks give (the common ones are in validate-order.ts). */
  codes: readonly RefusalCode[]
  /** Money (US$ bn) the order will spend besides its fixed cost, reserved at validation. */
  reserve?: (state: GameState, seat: string, order: O) => number
  /** Political capital the order spends besides its fixed cost. */
  politicalCost?: (state: GameState, seat: string, order: O) => number
  /** Order-specific checks; null when legal. */
  validate: (state: GameState, seat: string, order: O) => OrderRefusal | null
  /** Applies the order during its phase. */
  apply: (ctx: PhaseContext, seat: string, order: O) => void
  /** Parameter ranges for `legalOrders`, or null when the seat cannot use it now. */
  legal: (state: GameState, seat: string) => Record<string, ParamSpec> | null
}

/** The upper limit of a parameter from the orderCosts record, or a fallback. */
export function limitOf(state: GameState, kind: string, param: string, fallback: number): number {
  return state.rules.orderCosts[kind]?.limits[param] ?? fallback
}
