/** Regions: the map's nodes (United States, China, Taiwan, …). */
import { z } from 'zod'
import { NonNegSchema, recordBase } from './common'

/** A region of the map with its data-centre power and political alignment. */
export const RegionSchema = z.strictObject({
  ...recordBase,
  /** Which bloc the region leans to; domestic preference and controls use it. */
  alignment: z.enum(['us', 'china', 'neutral']),
  /** Data-centre power available to clouds at the start (MW), before anyone builds. */
  powerMw: NonNegSchema.default(0),
  /** Capital cost of new data-centre power in this region (US$ bn per GW). */
  powerCostBnPerGw: NonNegSchema.default(11),
  /** A transshipment hub: the grey market routes controlled chips through it. */
  transshipmentHub: z.boolean().default(false),
  /** Map position for UIs, 0–1 on each axis. */
  map: z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).optional(),
})
/** A region. */
export type Region = z.infer<typeof RegionSchema>
