/** Clouds: release a model's open weights (ecosystem and influence, not cash). */
import { z } from 'zod'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Release your current model as open weights. */
export const ReleaseOpenWeightsSchema = z.strictObject({ kind: z.literal('release-open-weights') })
/** A release-open-weights order. */
export type ReleaseOpenWeights = z.infer<typeof ReleaseOpenWeightsSchema>

/** Handler for release-open-weights. */
export const releaseOpenWeights: OrderHandler<ReleaseOpenWeights> = {
  kind: 'release-open-weights',
  phase: 6,
  defaultKinds: ['cloud'],
  codes: ['no_model'],
  validate: (state, seat) => ((state.factions[seat]?.capability ?? 0) >= 1 ? null : refuse('no_model', 'you have no trained model to release', [])),
  apply(ctx, seat) {
    const f = ctx.state.factions[seat]
    if (f === undefined) return
    const c = ctx.state.rules.constants
    f.openWeights += 1
    f.reputation = Math.min(100, f.reputation + c.openWeightsReputation)
    f.ecosystem = Math.min(c.ecosystemMax, f.ecosystem + c.openWeightsEcosystem)
  },
  legal: (state, seat) => ((state.factions[seat]?.capability ?? 0) >= 1 ? {} : null),
}
