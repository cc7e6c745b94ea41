/** Governments: enact a policy from the data (controls, subsidies, counter-controls…). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { enactPolicy as enact } from '../resolve/policies'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Enact one of your policies; it costs its political capital. */
export const EnactPolicySchema = z.strictObject({ kind: z.literal('enact-policy'), policy: IdSchema })
/** An enact-policy order. */
export type EnactPolicy = z.infer<typeof EnactPolicySchema>

/** Handler for enact-policy. */
export const enactPolicy: OrderHandler<EnactPolicy> = {
  kind: 'enact-policy',
  phase: 1,
  defaultKinds: ['government'],
  codes: ['unknown_policy', 'not_your_policy', 'already_active'],
  politicalCost: (state, _seat, order) => state.rules.policies[order.policy]?.politicalCost ?? 0,
  validate(state, seat, order) {
    const p = state.rules.policies[order.policy]
    if (p === undefined) return refuse('unknown_policy', `there is no policy "${order.policy}"`, ['policy'])
    if (p.owner !== seat) return refuse('not_your_policy', `${order.policy} is another government's`, ['policy'])
    if (state.policies[order.policy] !== undefined) return refuse('already_active', `${order.policy} is already in force`, ['policy'])
    return null
  },
  apply: (ctx, seat, order) => enact(ctx, order.policy, seat),
  legal(state, seat) {
    const options = Object.values(state.rules.policies).filter((p) => p.owner === seat && state.policies[p.id] === undefined).map((p) => p.id)
    return options.length === 0 ? null : { policy: { type: 'id', options } }
  },
}
