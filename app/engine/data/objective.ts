/** Objectives: what earns a faction victory points each quarter. */
import { z } from 'zod'
import { IdSchema, recordBase } from './common'

/** Quantities an objective can score (docs/engine.md defines each). */
export const ObjectiveMetricSchema = z.enum([
  /** Bloc compute (H100e installed in `regions`) over the rival bloc's (`rivalRegions`). */
  'compute-lead',
  /** Share of installed compute in `regions` made by makers based in `regions`. */
  'domestic-chip-share',
  /** The faction's chip sales this quarter (US$ bn). */
  'chip-revenue',
  /** The faction's foundry utilisation (booked / capacity). */
  'foundry-utilisation',
  /** Foundry neutrality: min(share of wafers for US-aligned, for China-aligned makers) × 2. */
  'neutrality',
  /** The faction's share of cloud revenue in `regions`. */
  'cloud-share',
  'model-capability',
  /** Share of the faction's installed compute on chips it designed. */
  'own-chip-share',
  /** Cash (US$ bn). */
  'cash',
  'reputation',
  /** Low tension: (100 − tension) / 100. */
  'stability',
])

/** An objective; VP per quarter = weight (from the scenario) × min(cap, metric / target). */
export const ObjectiveSchema = z.strictObject({
  ...recordBase,
  metric: ObjectiveMetricSchema,
  regions: z.array(IdSchema).default([]),
  rivalRegions: z.array(IdSchema).default([]),
  /** The metric value worth one full point. */
  target: z.number().positive(),
  cap: z.number().positive().default(2),
})
/** An objective. */
export type Objective = z.infer<typeof ObjectiveSchema>
