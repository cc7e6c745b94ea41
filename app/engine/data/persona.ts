/** AI personas: weights over objectives and temperament. */
import { z } from 'zod'
import { IdSchema, ShareSchema, recordBase } from './common'

/** A persona the AI follows for a faction. */
export const PersonaSchema = z.strictObject({
  ...recordBase,
  /** Weight per objective id (objectives not listed weigh 1). */
  weights: z.record(IdSchema, z.number()).default({}),
  aggressiveness: ShareSchema.default(0.5),
  riskTolerance: ShareSchema.default(0.5),
  /** 1 = claims equal the truth; 0 = inflates announcements freely. */
  honesty: ShareSchema.default(0.7),
  /** The faction it is written for (optional: a scenario names the persona per faction). */
  faction: IdSchema.optional(),
  /** Follows the real record: enacts policies once their real date has passed, not before. */
  historical: z.boolean().default(false),
  /** Multipliers on the AI's liking for order kinds (order kind → factor; unlisted = 1). */
  orderBias: z.record(z.string(), z.number().min(0)).default({}),
})
/** A persona. */
export type Persona = z.infer<typeof PersonaSchema>
