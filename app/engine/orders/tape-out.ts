/** Designers: tape out a finished design at its node's foundry (samples follow after two quarters). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { serviceBlock } from '../model/legality'
import { nodeRegion } from '../model/lookups'
import { isRefusal, ownChip, ownChipIds } from './common'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Tape out one of your designed chips. */
export const TapeOutSchema = z.strictObject({ kind: z.literal('tape-out'), chip: IdSchema })
/** A tape-out order. */
export type TapeOut = z.infer<typeof TapeOutSchema>

/** Handler for tape-out. */
export const tapeOut: OrderHandler<TapeOut> = {
  kind: 'tape-out',
  phase: 2,
  defaultKinds: ['designer'],
  codes: ['unknown_chip', 'not_your_chip', 'not_designed', 'already_taped_out', 'node_offline', 'service_blocked'],
  validate(state, seat, order) {
    const chip = ownChip(state, seat, order.chip)
    if (isRefusal(chip)) return chip
    if (!chip.designed) return refuse('not_designed', `${order.chip} is still being designed`, ['chip'])
    if (chip.tapedOut >= 0) return refuse('already_taped_out', `${order.chip} is already taped out`, ['chip'])
    if (state.nodes[chip.node]?.online !== true) return refuse('node_offline', `${chip.node} is not in production`, ['chip'])
    // Tool controls do not stop taping out on a line that already runs (Huawei at SMIC N+2).
    const block = serviceBlock(state, nodeRegion(state, chip.node), seat)
    if (block !== null) return refuse('service_blocked', `${block} forbids making ${order.chip} at ${chip.node}`, ['chip'])
    return null
  },
  apply(ctx, _seat, order) {
    const chip = ctx.state.chips[order.chip]
    if (chip !== undefined) chip.tapedOut = ctx.state.quarter
  },
  legal(state, seat) {
    const ready = ownChipIds(state, seat, (c) => c.designed && c.tapedOut < 0)
    return ready.length === 0 ? null : { chip: { type: 'id', options: ready } }
  },
}
