/** Advanced packaging (CoWoS-class): a scarce pool of package slots. */
import { z } from 'zod'
import { CapacityPathSchema, IdSchema, NonNegSchema, QuarterSchema, recordBase } from './common'

/** A packaging line; capacity counts chip packages per quarter. */
export const PackagingSchema = z.strictObject({
  ...recordBase,
  owner: IdSchema,
  region: IdSchema,
  capacityChipsPerQuarter: NonNegSchema,
  /** Capacity over time (overrides `capacityChipsPerQuarter` from its first point). */
  capacityPath: CapacityPathSchema.optional(),
  priceUsd: NonNegSchema,
  availableFrom: QuarterSchema,
  /** Capacity growth per quarter (fraction), e.g. CoWoS doubling a year ≈ 0.19. */
  growthPerQuarter: z.number().min(-1).max(2).default(0),
})
/** A packaging line. */
export type Packaging = z.infer<typeof PackagingSchema>
