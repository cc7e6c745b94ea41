/** Clouds: algorithmic efficiency research (more capability per unit of compute). */
import { z } from 'zod'
import { transfer } from '../resolve/context'
import { overLimit } from './common'
import { limitOf, type OrderHandler } from './handler'

/** Spend on efficiency research. */
export const EfficiencyResearchSchema = z.strictObject({ kind: z.literal('efficiency-research'), amountBn: z.number().positive() })
/** An efficiency-research order. */
export type EfficiencyResearch = z.infer<typeof EfficiencyResearchSchema>

/** Handler for efficiency-research. */
export const efficiencyResearch: OrderHandler<EfficiencyResearch> = {
  kind: 'efficiency-research',
  phase: 6,
  defaultKinds: ['cloud'],
  codes: ['over_limit'],
  reserve: (_s, _seat, order) => order.amountBn,
  validate: (state, _seat, order) => overLimit(order.amountBn, limitOf(state, 'efficiency-research', 'amountBn', 10), 'amountBn'),
  apply(ctx, seat, order) {
    const f = ctx.state.factions[seat]
    if (f === undefined) return
    const paid = transfer(ctx, seat, 'outside:rnd', order.amountBn, 'order:efficiency-research')
    f.algorithmicEfficiency += paid * ctx.state.rules.constants.efficiencyPerBn
  },
  legal: (state) => ({ amountBn: { type: 'number', min: 0.1, max: limitOf(state, 'efficiency-research', 'amountBn', 10), integer: false } }),
}
