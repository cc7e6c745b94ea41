/** Foundries: how strictly to apply controls, and customers you refuse. */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** `strict` refuses every blocked booking; `lax` serves them and risks being caught. */
export const SetComplianceSchema = z.strictObject({ kind: z.literal('set-compliance'), level: z.enum(['strict', 'lax']), refused: z.array(IdSchema).default([]) })
/** A set-compliance order. */
export type SetCompliance = z.infer<typeof SetComplianceSchema>

/** Handler for set-compliance. */
export const setCompliance: OrderHandler<SetCompliance> = {
  kind: 'set-compliance',
  phase: 3,
  defaultKinds: ['foundry'],
  codes: ['unknown_faction'],
  validate(state, _seat, order) {
    const i = order.refused.findIndex((id) => state.rules.factions[id] === undefined && state.rules.actors[id] === undefined)
    return i >= 0 ? refuse('unknown_faction', `there is no faction or actor "${order.refused[i]}"`, ['refused', i]) : null
  },
  apply(ctx, seat, order) {
    const f = ctx.state.factions[seat]
    if (f === undefined) return
    f.compliance = order.level
    f.refusedCustomers = [...order.refused]
  },
  legal: (state) => ({ level: { type: 'enum', options: ['strict', 'lax'] }, refused: { type: 'ids', options: state.factionIds } }),
}
