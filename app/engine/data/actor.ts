/** Non-player actors (SK hynix, ASML, Japan, Gulf funds…): driven by rules in data. */
import { z } from 'zod'
import { IdSchema, recordBase } from './common'

/** A non-player actor; it can own foundries, packaging and HBM lines and receives their payments. */
export const ActorSchema = z.strictObject({
  ...recordBase,
  kind: z.enum(['memory-maker', 'tool-maker', 'foundry', 'designer', 'government', 'fund', 'buyer', 'other']),
  region: IdSchema,
})
/** An actor. */
export type Actor = z.infer<typeof ActorSchema>
