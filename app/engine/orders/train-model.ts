/** Clouds: the standing share of your installed compute that trains your own models. */
import { z } from 'zod'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Train models with this share of compute (the rest is rented out). */
export const TrainModelSchema = z.strictObject({ kind: z.literal('train-model'), computeShare: z.number().min(0).max(1) })
/** A train-model order. */
export type TrainModel = z.infer<typeof TrainModelSchema>

/** Handler for train-model. */
export const trainModel: OrderHandler<TrainModel> = {
  kind: 'train-model',
  phase: 6,
  defaultKinds: ['cloud'],
  codes: ['no_compute'],
  validate(state, seat) {
    const f = state.factions[seat]
    const any = f !== undefined && Object.values(f.installed).some((r) => Object.values(r).some((n) => n > 0))
    return any ? null : refuse('no_compute', 'you have no installed compute to train with', [])
  },
  apply(ctx, seat, order) {
    const f = ctx.state.factions[seat]
    if (f !== undefined) f.trainingShare = order.computeShare
  },
  legal: () => ({ computeShare: { type: 'number', min: 0, max: 1, integer: false } }),
}
