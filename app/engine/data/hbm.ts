/** High-bandwidth memory: stacks from memory makers, a separate scarce and controllable pool. */
import { z } from 'zod'
import { CapacityPathSchema, IdSchema, NonNegSchema, QuarterSchema, recordBase } from './common'

/** An HBM product line of one maker. */
export const HbmSchema = z.strictObject({
  ...recordBase,
  owner: IdSchema,
  region: IdSchema,
  generation: z.enum(['hbm2', 'hbm2e', 'hbm3', 'hbm3e', 'hbm4']),
  stackGb: NonNegSchema,
  bandwidthTBsPerStack: NonNegSchema,
  capacityStacksPerQuarter: NonNegSchema,
  /** Capacity over time (overrides `capacityStacksPerQuarter` from its first point). */
  capacityPath: CapacityPathSchema.optional(),
  priceUsd: NonNegSchema,
  availableFrom: QuarterSchema,
  growthPerQuarter: z.number().min(-1).max(2).default(0),
})
/** An HBM line. */
export type Hbm = z.infer<typeof HbmSchema>
