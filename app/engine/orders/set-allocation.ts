/** Designers: which regions a chip is offered in (a standing setting). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { isRefusal, ownChip, ownChipIds } from './common'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Offer a chip only in these regions (an empty list withdraws it from sale). */
export const SetAllocationSchema = z.strictObject({ kind: z.literal('set-allocation'), chip: IdSchema, regions: z.array(IdSchema) })
/** A set-allocation order. */
export type SetAllocation = z.infer<typeof SetAllocationSchema>

/** Handler for set-allocation. */
export const setAllocation: OrderHandler<SetAllocation> = {
  kind: 'set-allocation',
  phase: 5,
  defaultKinds: ['designer'],
  codes: ['unknown_chip', 'not_your_chip', 'unknown_region'],
  validate(state, seat, order) {
    const chip = ownChip(state, seat, order.chip)
    if (isRefusal(chip)) return chip
    const i = order.regions.findIndex((r) => state.rules.regions[r] === undefined)
    return i >= 0 ? refuse('unknown_region', `there is no region "${order.regions[i]}"`, ['regions', i]) : null
  },
  apply(ctx, seat, order) {
    const f = ctx.state.factions[seat]
    if (f !== undefined) f.allocation[order.chip] = [...order.regions]
  },
  legal(state, seat) {
    const chips = ownChipIds(state, seat)
    return chips.length === 0 ? null : { chip: { type: 'id', options: chips }, regions: { type: 'ids', options: Object.keys(state.rules.regions) } }
  },
}
