/** Designers: benchmark a chip publicly, revealing its true specs to everyone. */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { revealChip } from '../resolve/reveal'
import { isRefusal, ownChip, ownChipIds } from './common'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Publish a benchmark of your chip. */
export const BenchmarkChipSchema = z.strictObject({ kind: z.literal('benchmark-chip'), chip: IdSchema })
/** A benchmark-chip order. */
export type BenchmarkChip = z.infer<typeof BenchmarkChipSchema>

/** Handler for benchmark-chip. */
export const benchmarkChip: OrderHandler<BenchmarkChip> = {
  kind: 'benchmark-chip',
  phase: 9,
  defaultKinds: ['designer'],
  codes: ['unknown_chip', 'not_your_chip', 'not_designed', 'already_revealed'],
  validate(state, seat, order) {
    const chip = ownChip(state, seat, order.chip)
    if (isRefusal(chip)) return chip
    if (!chip.designed) return refuse('not_designed', `${order.chip} does not exist in silicon yet`, ['chip'])
    if (chip.revealed !== null) return refuse('already_revealed', `${order.chip} is already benchmarked or leaked`, ['chip'])
    return null
  },
  apply(ctx, _seat, order) {
    revealChip(ctx, order.chip, 'benchmark')
  },
  legal(state, seat) {
    const chips = ownChipIds(state, seat, (c) => c.designed && c.revealed === null)
    return chips.length === 0 ? null : { chip: { type: 'id', options: chips } }
  },
}
