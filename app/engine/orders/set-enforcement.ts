/** Governments: how hard to enforce controls against smuggling (adds to grey-market seizure chance). */
import { z } from 'zod'
import { overLimit } from './common'
import { limitOf, type OrderHandler } from './handler'

/** Set your enforcement level (added seizure probability). */
export const SetEnforcementSchema = z.strictObject({ kind: z.literal('set-enforcement'), seizureChance: z.number().min(0).max(1) })
/** A set-enforcement order. */
export type SetEnforcement = z.infer<typeof SetEnforcementSchema>

/** Handler for set-enforcement. */
export const setEnforcement: OrderHandler<SetEnforcement> = {
  kind: 'set-enforcement',
  phase: 1,
  defaultKinds: ['government'],
  codes: ['over_limit'],
  validate: (state, _seat, order) => overLimit(order.seizureChance, limitOf(state, 'set-enforcement', 'seizureChance', 0.6), 'seizureChance'),
  apply(ctx, seat, order) {
    ctx.state.enforcement[seat] = order.seizureChance
  },
  legal: (state) => ({ seizureChance: { type: 'number', min: 0, max: limitOf(state, 'set-enforcement', 'seizureChance', 0.6), integer: false } }),
}
