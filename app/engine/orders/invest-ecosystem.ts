/** Designers: invest in the software ecosystem (the CUDA/CANN moat). */
import { z } from 'zod'
import { limitOf, type OrderHandler } from './handler'
import { overLimit } from './common'
import { transfer } from '../resolve/context'

/** Spend on the software stack; ecosystem e rises with diminishing returns. */
export const InvestEcosystemSchema = z.strictObject({ kind: z.literal('invest-ecosystem'), amountBn: z.number().positive() })
/** An invest-ecosystem order. */
export type InvestEcosystem = z.infer<typeof InvestEcosystemSchema>

/** Handler for invest-ecosystem. */
export const investEcosystem: OrderHandler<InvestEcosystem> = {
  kind: 'invest-ecosystem',
  phase: 2,
  defaultKinds: ['designer'],
  codes: ['over_limit'],
  reserve: (_s, _seat, order) => order.amountBn,
  validate: (state, _seat, order) => overLimit(order.amountBn, limitOf(state, 'invest-ecosystem', 'amountBn', 20), 'amountBn'),
  apply(ctx, seat, order) {
    const f = ctx.state.factions[seat]
    if (f === undefined) return
    const c = ctx.state.rules.constants
    const paid = transfer(ctx, seat, 'outside:software', order.amountBn, 'order:invest-ecosystem')
    // Diminishing returns: the gap to the maximum closes, it is never overshot.
    f.ecosystem = Math.min(c.ecosystemMax, f.ecosystem + paid * c.ecosystemPerBn * (c.ecosystemMax - f.ecosystem))
  },
  legal: (state) => ({ amountBn: { type: 'number', min: 0.1, max: limitOf(state, 'invest-ecosystem', 'amountBn', 20), integer: false } }),
}
