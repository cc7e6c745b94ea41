/** Designers: a standing wafer booking for a chip (packaging and HBM follow the wafers). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { isRefusal, ownChip, ownChipIds } from './common'
import { limitOf, type OrderHandler } from './handler'
import { refuse } from './refusal'

/** Book wafers per quarter for a taped-out chip (0 cancels). */
export const BookProductionSchema = z.strictObject({ kind: z.literal('book-production'), chip: IdSchema, wafersPerQuarter: z.number().int().min(0) })
/** A book-production order. */
export type BookProduction = z.infer<typeof BookProductionSchema>

/** Handler for book-production. */
export const bookProduction: OrderHandler<BookProduction> = {
  kind: 'book-production',
  phase: 3,
  defaultKinds: ['designer'],
  codes: ['unknown_chip', 'not_your_chip', 'not_taped_out', 'over_limit'],
  validate(state, seat, order) {
    const chip = ownChip(state, seat, order.chip)
    if (isRefusal(chip)) return chip
    if (chip.tapedOut < 0) return refuse('not_taped_out', `${order.chip} has not been taped out`, ['chip'])
    const max = limitOf(state, 'book-production', 'wafersPerQuarter', 200_000)
    if (order.wafersPerQuarter > max) return refuse('over_limit', `at most ${max} wafers per quarter`, ['wafersPerQuarter'])
    return null
  },
  apply(ctx, seat, order) {
    const f = ctx.state.factions[seat]
    if (f === undefined) return
    if (order.wafersPerQuarter === 0) delete f.bookings[order.chip]
    else f.bookings[order.chip] = order.wafersPerQuarter
  },
  legal(state, seat) {
    const chips = ownChipIds(state, seat, (c) => c.tapedOut >= 0)
    if (chips.length === 0) return null
    return { chip: { type: 'id', options: chips }, wafersPerQuarter: { type: 'number', min: 0, max: limitOf(state, 'book-production', 'wafersPerQuarter', 200_000), integer: true } }
  },
}
