/** Foundries: spend on yield learning for a node (slower under tool controls). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { yieldGrowthFactor } from '../model/legality'
import { transfer } from '../resolve/context'
import { ownNode, ownNodeIds } from './common'
import { limitOf, type OrderHandler } from './handler'
import { refuse } from './refusal'

/** Invest in a node's yield. */
export const ImproveYieldSchema = z.strictObject({ kind: z.literal('improve-yield'), node: IdSchema, amountBn: z.number().positive() })
/** An improve-yield order. */
export type ImproveYield = z.infer<typeof ImproveYieldSchema>

/** Handler for improve-yield. */
export const improveYield: OrderHandler<ImproveYield> = {
  kind: 'improve-yield',
  phase: 2,
  defaultKinds: ['foundry'],
  codes: ['unknown_node', 'not_your_node', 'node_offline', 'over_limit'],
  reserve: (_s, _seat, order) => order.amountBn,
  validate(state, seat, order) {
    const bad = ownNode(state, seat, order.node)
    if (bad !== null) return bad
    if (state.nodes[order.node]?.online !== true) return refuse('node_offline', `${order.node} is not in production`, ['node'])
    const max = limitOf(state, 'improve-yield', 'amountBn', 10)
    return order.amountBn > max ? refuse('over_limit', `at most US$${max}bn`, ['amountBn']) : null
  },
  apply(ctx, seat, order) {
    const live = ctx.state.nodes[order.node]
    const node = ctx.state.rules.nodes[order.node]
    if (live === undefined || node === undefined) return
    const c = ctx.state.rules.constants
    const paid = transfer(ctx, seat, 'outside:rnd', order.amountBn, 'order:improve-yield')
    const room = Math.max(0, c.yieldMax - node.yieldMature - live.yieldBonus)
    live.yieldBonus += Math.min(room, paid * c.yieldPerBn * yieldGrowthFactor(ctx.state, order.node))
  },
  legal(state, seat) {
    const nodes = ownNodeIds(state, seat, (id) => state.nodes[id]?.online === true)
    return nodes.length === 0 ? null : { node: { type: 'id', options: nodes }, amountBn: { type: 'number', min: 0.1, max: limitOf(state, 'improve-yield', 'amountBn', 10), integer: false } }
  },
}
