/** Governments: an intelligence assessment of a rival chip (the truth, for you only). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { assessChip as assess, revealChip } from '../resolve/reveal'
import { isRefusal, knownChip } from './common'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Assess a public chip's true specs; with `publish`, the assessment is made public (it costs political capital). */
export const AssessChipSchema = z.strictObject({ kind: z.literal('assess-chip'), chip: IdSchema, publish: z.boolean().default(false) })
/** An assess-chip order. */
export type AssessChip = z.infer<typeof AssessChipSchema>

/** Handler for assess-chip. */
export const assessChip: OrderHandler<AssessChip> = {
  kind: 'assess-chip',
  phase: 9,
  defaultKinds: ['government'],
  codes: ['unknown_chip', 'not_designed', 'already_known'],
  politicalCost: (state, _seat, order) => (order.publish ? state.rules.constants.publishAssessmentCapital : 0),
  validate(state, seat, order) {
    const chip = knownChip(state, seat, order.chip)
    if (isRefusal(chip)) return chip
    if (!chip.designed) return refuse('not_designed', `${order.chip} does not exist in silicon yet`, ['chip'])
    if (chip.revealed !== null || (!order.publish && (state.intel[seat] ?? []).includes(order.chip))) return refuse('already_known', `the truth about ${order.chip} is already known to you`, ['chip'])
    return null
  },
  apply: (ctx, seat, order) => (order.publish ? revealChip(ctx, order.chip, 'intelligence', seat) : assess(ctx, order.chip, seat)),
  legal(state, seat) {
    const options = Object.values(state.chips).filter((c) => c.public && c.designed && c.revealed === null && c.maker !== seat).map((c) => c.id)
    return options.length === 0 ? null : { chip: { type: 'id', options }, publish: { type: 'boolean' } }
  },
}
