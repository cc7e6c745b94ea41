/** Designers: announce a chip with claimed specs, which may exceed the truth. */
import { z } from 'zod'
import { ChipSpecsSchema, ReadinessSchema, WorkloadsSchema } from '../data/chip'
import { IdSchema } from '../data/common'
import { isRefusal, ownChip, ownChipIds } from './common'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Announce (or re-announce) a chip: others see these claims until the truth comes out. */
export const AnnounceChipSchema = z.strictObject({
  kind: z.literal('announce-chip'),
  chip: IdSchema,
  claimed: ChipSpecsSchema,
  claimedWorkloads: WorkloadsSchema,
  claimedReadiness: ReadinessSchema,
})
/** An announce-chip order. */
export type AnnounceChip = z.infer<typeof AnnounceChipSchema>

/** Handler for announce-chip. */
export const announceChip: OrderHandler<AnnounceChip> = {
  kind: 'announce-chip',
  phase: 1,
  defaultKinds: ['designer'],
  codes: ['unknown_chip', 'not_your_chip', 'already_revealed'],
  validate(state, seat, order) {
    const chip = ownChip(state, seat, order.chip)
    if (isRefusal(chip)) return chip
    if (chip.revealed !== null) return refuse('already_revealed', `the truth about ${order.chip} is public; claims cannot change it`, ['chip'])
    return null
  },
  apply(ctx, _seat, order) {
    const chip = ctx.state.chips[order.chip]
    if (chip === undefined) return
    chip.public = true
    chip.claimed = { ...order.claimed }
    chip.claimedWorkloads = order.claimedWorkloads
    chip.claimedReadiness = order.claimedReadiness
  },
  legal(state, seat) {
    const chips = ownChipIds(state, seat, (c) => c.revealed === null)
    if (chips.length === 0) return null
    return {
      chip: { type: 'id', options: chips },
      claimed: { type: 'specs', max: { bf16Tflops: 5000, memoryGb: 288, memoryBandwidthTBs: 12, interconnectGBs: 2000, tpp: 80000, powerW: 1500 } },
      claimedWorkloads: { type: 'enum', options: ['training', 'inference', 'both'] },
      claimedReadiness: { type: 'enum', options: ['paper', 'sampling', 'volume'] },
    }
  },
}
