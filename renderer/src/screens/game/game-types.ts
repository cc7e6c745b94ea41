/**
 * The engine's types as the renderer sees them, derived from the contract (the renderer may
 * not import app/engine, not even its types): the seat's view, the report, legal orders.
 */
import type { CallResponse, QuarterResolved } from '../../../../app/protocol/contract'

/** What `getView` answers: the seat's view with the public rules. */
export type SeatView = CallResponse<'getView'>
/** The view without the static rules, as `quarterResolved` sends it. */
export type ViewBody = Omit<SeatView, 'rules'>
/** The public rules. */
export type Rules = SeatView['rules']
/** A quarter's report as the seat may see it. */
export type QuarterReport = QuarterResolved['report']
/** A report note's code (the engine's note table). */
export type NoteCode = QuarterReport['notes'][number]['code']
/** An order refusal's code without its `order/` prefix (the engine's refusal table). */
export type RefusalCode = NonNullable<QuarterReport['refusals'][string]>[number]['refusal']['code'] extends `order/${infer C}` ? C : never
/** An order kind open to the seat, with its costs. */
export type LegalOrder = CallResponse<'getLegalOrders'>[number]
/** The seat's own faction state. */
export type FactionState = NonNullable<SeatView['factions'][string]['private']>
