/** Foundries: a standing wafer price for one of your nodes. */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { ownNode, ownNodeIds } from './common'
import { limitOf, type OrderHandler } from './handler'
import { refuse } from './refusal'

/** Set a node's wafer price (US$). */
export const SetWaferPriceSchema = z.strictObject({ kind: z.literal('set-wafer-price'), node: IdSchema, priceUsd: z.number().positive() })
/** A set-wafer-price order. */
export type SetWaferPrice = z.infer<typeof SetWaferPriceSchema>

/** Handler for set-wafer-price. */
export const setWaferPrice: OrderHandler<SetWaferPrice> = {
  kind: 'set-wafer-price',
  phase: 3,
  defaultKinds: ['foundry'],
  codes: ['unknown_node', 'not_your_node', 'over_limit'],
  validate(state, seat, order) {
    const bad = ownNode(state, seat, order.node)
    if (bad !== null) return bad
    const max = limitOf(state, 'set-wafer-price', 'priceUsd', 100_000)
    return order.priceUsd > max ? refuse('over_limit', `at most US$${max} a wafer`, ['priceUsd']) : null
  },
  apply(ctx, seat, order) {
    const f = ctx.state.factions[seat]
    if (f !== undefined) f.waferPrices[order.node] = order.priceUsd
  },
  legal(state, seat) {
    const nodes = ownNodeIds(state, seat)
    return nodes.length === 0 ? null : { node: { type: 'id', options: nodes }, priceUsd: { type: 'number', min: 1000, max: limitOf(state, 'set-wafer-price', 'priceUsd', 100_000), integer: true } }
  },
}
