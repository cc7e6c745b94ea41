/** Governments: an intelligence assessment of a rival chip (the truth, for you only). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { assessChip as assess } from '../resolve/reveal'
import { isRefusal, knownChip } from './common'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Assess a public chip's true specs. */
export const AssessChipSchema = z.strictObject({ kind: z.literal('assess-chip'), chip: IdSchema })
/** An assess-chip order. */
export type AssessChip = z.infer<typeof AssessChipSchema>

/** Handler for assess-chip. */
export const assessChip: OrderHandler<AssessChip> = {
  kind: 'assess-chip',
  phase: 9,
  defaultKinds: ['government'],
  codes: ['unknown_chip', 'not_designed', 'already_known'],
  validate(state, seat, order) {
    const chip = knownChip(state, seat, order.chip)
    if (isRefusal(chip)) return chip
    if (!chip.designed) return refuse('not_designed', `${order.chip} does not exist in silicon yet`, ['chip'])
    if (chip.revealed !== null || (state.intel[seat] ?? []).includes(order.chip)) return refuse('already_known', `the truth about ${order.chip} is already known to you`, ['chip'])
    return null
  },
  apply: (ctx, seat, order) => assess(ctx, order.chip, seat),
  legal(state, seat) {
    const options = Object.values(state.chips).filter((c) => c.public && c.designed && c.revealed === null && !(state.intel[seat] ?? []).includes(c.id)).map((c) => c.id)
    return options.length === 0 ? null : { chip: { type: 'id', options } }
  },
}
