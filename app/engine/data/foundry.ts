/** Foundries: owners of process nodes. */
import { z } from 'zod'
import { IdSchema, recordBase } from './common'

/** A foundry (TSMC, SMIC, Samsung Foundry); its owner is a faction or an actor. */
export const FoundrySchema = z.strictObject({
  ...recordBase,
  owner: IdSchema,
  region: IdSchema,
})
/** A foundry. */
export type Foundry = z.infer<typeof FoundrySchema>
