/**
 * The engine's types as the renderer sees them, derived from the contract (the renderer may
 * not import app/engine, not even its types): the seat's view, the report, legal orders.
 */
import type { CallResponse, QuarterResolved } from '../../../../app/protocol/contract'

/** What `getView` answers and `quarterResolved` sends: the seat's view, without the ruleset. */
export type ViewBody = CallResponse<'getView'>
/** The ruleset as the seat may see it (`getRules`, once per game). */
export type Rules = CallResponse<'getRules'>
/** The seat's view with the ruleset beside it, as the screens hold them. */
export type SeatView = ViewBody & { rules: Rules }
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
