/** Demand pools: non-player buyers of accelerators or of cloud compute. */
import { z } from 'zod'
import { IdSchema, NonNegSchema, QuarterSchema, ShareSchema, recordBase } from './common'

/** A point on a budget path; budgets between points are interpolated linearly. */
export const BudgetPointSchema = z.strictObject({ quarter: QuarterSchema, budgetBn: NonNegSchema })

/** A demand pool: a quarterly budget split over legal products by a softmax of utilities (MODEL.md). */
export const DemandPoolSchema = z.strictObject({
  ...recordBase,
  /** `accelerators` buys chips from designers; `cloud` rents compute from clouds. */
  market: z.enum(['accelerators', 'cloud']).default('accelerators'),
  region: IdSchema,
  /** Quarterly budget (US$ bn) along a path; at least one point. */
  budget: z.array(BudgetPointSchema).min(1),
  /** Share of the budget spent on training (the rest on inference). */
  trainingShare: ShareSchema.default(0.5),
  /** Utility weights: price-performance, ecosystem, domestic, readiness, reputation. */
  weights: z.strictObject({
    pricePerformance: z.number().default(1),
    ecosystem: z.number().default(1),
    domestic: z.number().default(0),
    readiness: z.number().default(0.5),
    reputation: z.number().default(0.5),
  }),
  /** Never buys a product whose maker is of the rival bloc (US-aligned against China-aligned), even when nothing else is in stock. */
  shunsRival: z.boolean().default(false),
  /** Buys controlled products through the grey market when legal ones are short (0 = never). */
  greyMarketAppetite: ShareSchema.default(0),
  /** Entities on whose behalf the pool buys (Entity List checks use them). */
  members: z.array(IdSchema).default([]),
})
/** A demand pool. */
export type DemandPool = z.infer<typeof DemandPoolSchema>
