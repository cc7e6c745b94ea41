/** Process nodes: a foundry's manufacturing generations (TSMC N7…N2, SMIC N+2/N+3). */
import { z } from 'zod'
import { CapacityPathSchema, IdSchema, NonNegSchema, QuarterSchema, ShareSchema, recordBase } from './common'

/** A process node at one foundry. */
export const NodeSchema = z.strictObject({
  ...recordBase,
  foundry: IdSchema,
  /** Marketing class in nm (7, 5, 3…); tool controls name a class limit. */
  featureNm: z.number().positive(),
  /** Needs EUV lithography (blocked by a tool control for its foundry's region). */
  euv: z.boolean(),
  /** Yield of a mature process for a ~100 mm² die (0–1). */
  yieldMature: ShareSchema,
  /** Quarters from first production to maturity (yield maturity rises 0.4 → 1). */
  maturityQuarters: z.number().int().min(1).default(6),
  /** First quarter of volume production; a node comes online by itself then (unless a tool control blocks it), or earlier by an `advance-node` order. */
  availableFrom: QuarterSchema,
  capacityWafersPerQuarter: NonNegSchema,
  /** Wafers per quarter over time (overrides `capacityWafersPerQuarter` from its first point). */
  capacityPath: CapacityPathSchema.optional(),
  waferPriceUsd: NonNegSchema,
  /** The foundry's own cost per wafer (US$). */
  waferCostUsd: NonNegSchema,
  /** The node a foundry must run before it can advance to this one. */
  requires: IdSchema.optional(),
  /** R&D cost to bring this node up by an `advance-node` order (US$ bn). */
  advanceCostBn: NonNegSchema.default(5),
  /** Realised logic density of a GPU-like design on this node (million transistors per mm²); bounds what a program can reach. Absent: a table by `featureNm` (model/design.ts). */
  densityMTrPerMm2: z.number().positive().optional(),
  /** Best realised dense BF16 TFLOPS per watt on this node (power per operation); bounds a program's TFLOPS by its power. Absent: a table by `featureNm`. */
  tflopsPerWatt: z.number().positive().optional(),
  /** Design cost of an AI accelerator on this node at full pace (US$ bn over a standard program); a budget below its per-quarter share stretches the schedule. Absent: a table by `featureNm`. */
  designCostBn: z.number().positive().optional(),
})
/** A process node. */
export type Node = z.infer<typeof NodeSchema>
