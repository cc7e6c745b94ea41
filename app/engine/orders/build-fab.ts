/** Foundries: build fab capacity for a node, at home or abroad (subsidies may pay part). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { toolBlock } from '../model/legality'
import { transfer } from '../resolve/context'
import { paySubsidies } from '../resolve/subsidies'
import { ownNode, ownNodeIds } from './common'
import { limitOf, type OrderHandler } from './handler'
import { refuse } from './refusal'

/** Add wafers per quarter of capacity to a node; ready after `fabBuildQuarters`. */
export const BuildFabSchema = z.strictObject({ kind: z.literal('build-fab'), node: IdSchema, region: IdSchema, wafersPerQuarter: z.number().int().min(1) })
/** A build-fab order. */
export type BuildFab = z.infer<typeof BuildFabSchema>

/** The capital cost of a fab (US$ bn). */
export function fabCostBn(state: { rules: { constants: { fabCapexUsdPerWaferQuarter: number } } }, wafers: number): number {
  return (wafers * state.rules.constants.fabCapexUsdPerWaferQuarter) / 1e9
}

/** Handler for build-fab. */
export const buildFab: OrderHandler<BuildFab> = {
  kind: 'build-fab',
  phase: 2,
  defaultKinds: ['foundry'],
  codes: ['unknown_node', 'not_your_node', 'unknown_region', 'over_limit', 'tool_blocked'],
  reserve: (state, _seat, order) => fabCostBn(state, order.wafersPerQuarter),
  validate(state, seat, order) {
    const bad = ownNode(state, seat, order.node)
    if (bad !== null) return bad
    if (state.rules.regions[order.region] === undefined) return refuse('unknown_region', `there is no region "${order.region}"`, ['region'])
    const max = limitOf(state, 'build-fab', 'wafersPerQuarter', 150_000)
    if (order.wafersPerQuarter > max) return refuse('over_limit', `at most ${max} wafers per quarter`, ['wafersPerQuarter'])
    const block = toolBlock(state, order.node)
    if (block !== null) return refuse('tool_blocked', `${block} denies the tools for ${order.node}`, ['node'])
    return null
  },
  apply(ctx, seat, order) {
    const node = ctx.state.nodes[order.node]
    if (node === undefined) return
    const cost = fabCostBn(ctx.state, order.wafersPerQuarter)
    const paid = transfer(ctx, seat, 'outside:construction', cost, 'order:build-fab')
    const wafers = cost > 0 ? Math.floor((order.wafersPerQuarter * paid) / cost + 1e-9) : order.wafersPerQuarter
    if (wafers <= 0) return
    node.building.push({ wafers, ready: ctx.state.quarter + ctx.state.rules.constants.fabBuildQuarters, region: order.region })
    paySubsidies(ctx, seat, paid, order.region)
  },
  legal(state, seat) {
    const nodes = ownNodeIds(state, seat, (id) => toolBlock(state, id) === null)
    return nodes.length === 0 ? null : { node: { type: 'id', options: nodes }, region: { type: 'id', options: Object.keys(state.rules.regions) }, wafersPerQuarter: { type: 'number', min: 1000, max: limitOf(state, 'build-fab', 'wafersPerQuarter', 150_000), integer: true } }
  },
}
