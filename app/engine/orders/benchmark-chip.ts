/**
 * Designers and clouds: benchmark a chip publicly, revealing its true specs to everyone. Your own
 * chip (to back its claims), or a rival's chip on sale: you buy engineering samples at its list
 * price and publish the results at the end of the quarter (calling the bluff, issue 16).
 */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { revealChip } from '../resolve/reveal'
import { transfer } from '../resolve/context'
import type { ChipState, GameState } from '../state/game-state'
import { isRefusal, knownChip } from './common'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Publish a benchmark of a chip: yours, or a rival's that is on sale. */
export const BenchmarkChipSchema = z.strictObject({ kind: z.literal('benchmark-chip'), chip: IdSchema })
/** A benchmark-chip order. */
export type BenchmarkChip = z.infer<typeof BenchmarkChipSchema>

/** A rival's chip anyone can buy samples of: public, launched, not kept in its maker's cloud. */
function onSale(chip: ChipState): boolean {
  return chip.public && chip.launched >= 0 && !chip.internalOnly
}

/** What the samples of a rival's chip cost (US$ bn): `benchmarkSampleUnits` at its list price. */
export function sampleCostBn(state: GameState, seat: string, chip: ChipState): number {
  if (chip.maker === seat) return 0
  const price = state.factions[chip.maker]?.chipPrices[chip.id] ?? chip.priceUsd
  return (state.rules.constants.benchmarkSampleUnits * price) / 1e9
}

/** Handler for benchmark-chip. */
export const benchmarkChip: OrderHandler<BenchmarkChip> = {
  kind: 'benchmark-chip',
  phase: 9,
  defaultKinds: ['designer'],
  codes: ['unknown_chip', 'not_designed', 'already_revealed', 'not_on_sale'],
  reserve: (state, seat, order) => {
    const chip = state.chips[order.chip]
    return chip === undefined ? 0 : sampleCostBn(state, seat, chip)
  },
  validate(state, seat, order) {
    const chip = knownChip(state, seat, order.chip)
    if (isRefusal(chip)) return chip
    if (chip.maker === seat && !chip.designed) return refuse('not_designed', `${order.chip} does not exist in silicon yet`, ['chip'])
    if (chip.revealed !== null) return refuse('already_revealed', `${order.chip} is already benchmarked or leaked`, ['chip'])
    if (chip.maker !== seat && !onSale(chip)) return refuse('not_on_sale', `no samples of ${order.chip} can be bought: it is not on sale`, ['chip'])
    return null
  },
  apply(ctx, seat, order) {
    const chip = ctx.state.chips[order.chip]
    if (chip === undefined) return
    const cost = sampleCostBn(ctx.state as GameState, seat, chip)
    if (cost > 0) {
      const seller = ctx.state.factions[chip.maker] !== undefined ? chip.maker : `outside:${chip.maker}`
      transfer(ctx, seat, seller, cost, 'order:benchmark-samples')
    }
    revealChip(ctx, order.chip, 'benchmark', chip.maker === seat ? null : seat)
  },
  legal(state, seat) {
    const chips = Object.values(state.chips).filter((c) => c.revealed === null && (c.maker === seat ? c.designed : onSale(c))).map((c) => c.id)
    return chips.length === 0 ? null : { chip: { type: 'id', options: chips } }
  },
}
