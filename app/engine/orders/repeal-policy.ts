/** Governments: repeal one of your policies in force. */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { repealPolicy as repeal } from '../resolve/policies'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Repeal a policy you enacted. */
export const RepealPolicySchema = z.strictObject({ kind: z.literal('repeal-policy'), policy: IdSchema })
/** A repeal-policy order. */
export type RepealPolicy = z.infer<typeof RepealPolicySchema>

/** Handler for repeal-policy. */
export const repealPolicy: OrderHandler<RepealPolicy> = {
  kind: 'repeal-policy',
  phase: 1,
  defaultKinds: ['government'],
  codes: ['unknown_policy', 'not_your_policy', 'not_active'],
  validate(state, seat, order) {
    const p = state.rules.policies[order.policy]
    if (p === undefined) return refuse('unknown_policy', `there is no policy "${order.policy}"`, ['policy'])
    if (p.owner !== seat) return refuse('not_your_policy', `${order.policy} is another government's`, ['policy'])
    if (state.policies[order.policy] === undefined) return refuse('not_active', `${order.policy} is not in force`, ['policy'])
    return null
  },
  apply: (ctx, seat, order) => repeal(ctx, order.policy, seat),
  legal(state, seat) {
    const options = Object.keys(state.policies).filter((id) => state.rules.policies[id]?.owner === seat)
    return options.length === 0 ? null : { policy: { type: 'id', options } }
  },
}
