/** Designers: a standing list price for one of your chips. */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { isRefusal, ownChip, ownChipIds } from './common'
import { limitOf, type OrderHandler } from './handler'
import { refuse } from './refusal'

/** Set a chip's price per unit (US$). */
export const SetChipPriceSchema = z.strictObject({ kind: z.literal('set-chip-price'), chip: IdSchema, priceUsd: z.number().positive() })
/** A set-chip-price order. */
export type SetChipPrice = z.infer<typeof SetChipPriceSchema>

/** Handler for set-chip-price. */
export const setChipPrice: OrderHandler<SetChipPrice> = {
  kind: 'set-chip-price',
  phase: 5,
  defaultKinds: ['designer'],
  codes: ['unknown_chip', 'not_your_chip', 'over_limit'],
  validate(state, seat, order) {
    const chip = ownChip(state, seat, order.chip)
    if (isRefusal(chip)) return chip
    const max = limitOf(state, 'set-chip-price', 'priceUsd', 200_000)
    return order.priceUsd > max ? refuse('over_limit', `at most US$${max}`, ['priceUsd']) : null
  },
  apply(ctx, seat, order) {
    const f = ctx.state.factions[seat]
    if (f !== undefined) f.chipPrices[order.chip] = order.priceUsd
  },
  legal(state, seat) {
    const chips = ownChipIds(state, seat)
    return chips.length === 0 ? null : { chip: { type: 'id', options: chips }, priceUsd: { type: 'number', min: 1000, max: limitOf(state, 'set-chip-price', 'priceUsd', 200_000), integer: true } }
  },
}
