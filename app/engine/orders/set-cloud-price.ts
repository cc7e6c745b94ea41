/** Clouds: a standing price per H100e-hour. */
import { z } from 'zod'
import { overLimit } from './common'
import { limitOf, type OrderHandler } from './handler'

/** Set your cloud price (US$ per H100e-hour). */
export const SetCloudPriceSchema = z.strictObject({ kind: z.literal('set-cloud-price'), priceUsdPerHour: z.number().positive() })
/** A set-cloud-price order. */
export type SetCloudPrice = z.infer<typeof SetCloudPriceSchema>

/** Handler for set-cloud-price. */
export const setCloudPrice: OrderHandler<SetCloudPrice> = {
  kind: 'set-cloud-price',
  phase: 6,
  defaultKinds: ['cloud'],
  codes: ['over_limit'],
  validate: (state, _seat, order) => overLimit(order.priceUsdPerHour, limitOf(state, 'set-cloud-price', 'priceUsdPerHour', 20), 'priceUsdPerHour'),
  apply(ctx, seat, order) {
    const f = ctx.state.factions[seat]
    if (f !== undefined) f.cloudPriceUsdPerHour = order.priceUsdPerHour
  },
  legal: (state) => ({ priceUsdPerHour: { type: 'number', min: 0.5, max: limitOf(state, 'set-cloud-price', 'priceUsdPerHour', 20), integer: false } }),
}
