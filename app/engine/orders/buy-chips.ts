/** Clouds: buy accelerators from a maker, legally or through the grey market. */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { saleVerdict } from '../model/legality'
import { homeRegion } from '../model/lookups'
import type { GameState } from '../state/game-state'
import { knownChip, isRefusal } from './common'
import { limitOf, type OrderHandler } from './handler'
import { refuse } from './refusal'

/** Buy units of a chip at its maker's price (up to `maxPriceUsd`); `grey` routes a controlled chip via a hub at a premium and seizure risk. */
export const BuyChipsSchema = z.strictObject({
  kind: z.literal('buy-chips'),
  chip: IdSchema,
  units: z.number().int().min(1),
  maxPriceUsd: z.number().positive(),
  grey: z.boolean().default(false),
})
/** A buy-chips order. */
export type BuyChips = z.infer<typeof BuyChipsSchema>

/** The maker's asking price for a chip. */
export function askPrice(state: GameState, chipId: string): number {
  const chip = state.chips[chipId]
  if (chip === undefined) return 0
  const maker = state.factions[chip.maker]
  const list = maker?.chipPrices[chipId] ?? chip.priceUsd
  // Buyers who caught the maker overclaiming pay less for any of its chips for a while (resolve/reveal.ts).
  return (maker?.distrustUntil ?? -1) >= state.quarter ? list * (maker?.distrustPrice ?? 1) : list
}

/** Chips on sale to others now. */
export function onSale(state: GameState, seat: string): string[] {
  return Object.values(state.chips).filter((c) => c.public && c.launched >= 0 && !c.internalOnly && c.maker !== seat).map((c) => c.id)
}

/** Handler for buy-chips. */
export const buyChips: OrderHandler<BuyChips> = {
  kind: 'buy-chips',
  phase: 5,
  defaultKinds: ['cloud'],
  codes: ['unknown_chip', 'own_chip', 'not_on_sale', 'controlled', 'banned', 'price_too_low', 'over_limit'],
  reserve: (state, _seat, order) => (order.units * Math.min(order.maxPriceUsd, askPrice(state, order.chip) * (order.grey ? state.rules.constants.greyMarketPremium : 1))) / 1e9,
  validate(state, seat, order) {
    const chip = knownChip(state, seat, order.chip)
    if (isRefusal(chip)) return chip
    if (chip.maker === seat) return refuse('own_chip', 'you make this chip; deploy it from your inventory', ['chip'])
    if (chip.launched < 0 || chip.internalOnly) return refuse('not_on_sale', `${order.chip} is not on sale`, ['chip'])
    const max = limitOf(state, 'buy-chips', 'units', 2_000_000)
    if (order.units > max) return refuse('over_limit', `at most ${max} units`, ['units'])
    const region = homeRegion(state, seat) ?? ''
    const verdict = saleVerdict(state, chip, region, seat)
    if (verdict.kind === 'banned' && !(order.grey && !state.rules.policies[verdict.policy]?.instrument.startsWith('procurement'))) {
      return refuse('banned', `${verdict.policy} forbids you to buy ${order.chip}`, ['chip'])
    }
    if (verdict.kind === 'controlled' && !order.grey) return refuse('controlled', `${verdict.policy} controls ${order.chip} for ${region}; only the grey market sells it`, ['grey'])
    const price = askPrice(state, order.chip) * (order.grey ? state.rules.constants.greyMarketPremium : 1)
    if (order.maxPriceUsd < price) return refuse('price_too_low', `${order.chip} costs US$${Math.round(price)} a unit`, ['maxPriceUsd'])
    return null
  },
  // Applied by the market phase, which runs player purchases before the demand pools.
  apply: () => undefined,
  legal(state, seat) {
    const chips = onSale(state, seat)
    if (chips.length === 0) return null
    return { chip: { type: 'id', options: chips }, units: { type: 'number', min: 1, max: limitOf(state, 'buy-chips', 'units', 2_000_000), integer: true }, maxPriceUsd: { type: 'number', min: 1000, max: 200_000, integer: true }, grey: { type: 'boolean' } }
  },
}
