/** Foundries: bring up a new node (needs the previous node, and tools a control may deny). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { toolBlock } from '../model/legality'
import { transfer } from '../resolve/context'
import { paySubsidies } from '../resolve/subsidies'
import { ownNode, ownNodeIds } from './common'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Start bringing a node online (its `advanceCostBn`; online after half a fab's build time). */
export const AdvanceNodeSchema = z.strictObject({ kind: z.literal('advance-node'), node: IdSchema })
/** An advance-node order. */
export type AdvanceNode = z.infer<typeof AdvanceNodeSchema>

/** Handler for advance-node. */
export const advanceNode: OrderHandler<AdvanceNode> = {
  kind: 'advance-node',
  phase: 2,
  defaultKinds: ['foundry'],
  codes: ['unknown_node', 'not_your_node', 'already_online', 'already_advancing', 'requires_node', 'tool_blocked'],
  reserve: (state, _seat, order) => state.rules.nodes[order.node]?.advanceCostBn ?? 0,
  validate(state, seat, order) {
    const bad = ownNode(state, seat, order.node)
    if (bad !== null) return bad
    const live = state.nodes[order.node]
    const node = state.rules.nodes[order.node]
    if (live === undefined || node === undefined) return refuse('unknown_node', `there is no node "${order.node}"`, ['node'])
    if (live.online) return refuse('already_online', `${order.node} is already in production`, ['node'])
    if (live.advancing >= 0) return refuse('already_advancing', `${order.node} is already being brought up`, ['node'])
    if (node.requires !== undefined && state.nodes[node.requires]?.online !== true) return refuse('requires_node', `${order.node} needs ${node.requires} first`, ['node'])
    const block = toolBlock(state, order.node)
    if (block !== null) return refuse('tool_blocked', `${block} denies the tools for ${order.node}`, ['node'])
    return null
  },
  apply(ctx, seat, order) {
    const live = ctx.state.nodes[order.node]
    const node = ctx.state.rules.nodes[order.node]
    if (live === undefined || node === undefined) return
    const paid = transfer(ctx, seat, 'outside:rnd', node.advanceCostBn, 'order:advance-node')
    if (paid + 1e-9 < node.advanceCostBn) {
      // Not enough money: what was paid is sunk, the node does not start.
      return
    }
    live.advancing = ctx.state.quarter + Math.max(1, Math.round(ctx.state.rules.constants.fabBuildQuarters / 2))
    paySubsidies(ctx, seat, paid, null)
  },
  legal(state, seat) {
    const nodes = ownNodeIds(state, seat, (id) => {
      const live = state.nodes[id]
      const req = state.rules.nodes[id]?.requires
      return live !== undefined && !live.online && live.advancing < 0 && (req === undefined || state.nodes[req]?.online === true) && toolBlock(state, id) === null
    })
    return nodes.length === 0 ? null : { node: { type: 'id', options: nodes } }
  },
}
