/** Chips (accelerators): claimed and true specs, workloads, readiness, export-control fields. */
import { z } from 'zod'
import { IdSchema, NonNegSchema, QuarterSchema, recordBase } from './common'

/** A chip's headline specs (dense BF16, memory, bandwidth, interconnect, TPP, power). */
export const ChipSpecsSchema = z.strictObject({
  bf16Tflops: NonNegSchema,
  memoryGb: NonNegSchema,
  memoryBandwidthTBs: NonNegSchema,
  /** Scale-up chip-to-chip bandwidth per chip, GB/s. */
  interconnectGBs: NonNegSchema,
  /** Total processing performance (dense TOPS × bit length), the US control metric. */
  tpp: NonNegSchema,
  powerW: NonNegSchema,
})
/** A chip's specs. */
export type ChipSpecs = z.infer<typeof ChipSpecsSchema>

/** Which workloads a chip runs. */
export const WorkloadsSchema = z.enum(['training', 'inference', 'both'])
/** Production readiness: announced only, engineering samples, volume production. */
export const ReadinessSchema = z.enum(['paper', 'sampling', 'volume'])
/** A readiness level. */
export type Readiness = z.infer<typeof ReadinessSchema>

/** An accelerator. `true` is private to its maker; others see `claimed` until the truth is revealed. */
export const ChipSchema = z.strictObject({
  ...recordBase,
  /** Designer: a faction or an actor id. */
  maker: IdSchema,
  node: IdSchema,
  dieMm2: z.number().positive(),
  /** Logic dies per package (910C and B200 have two). */
  diesPerChip: z.number().int().min(1).max(8).default(1),
  /** HBM product it uses (an `hbm` id); absent for chips without HBM. */
  hbm: IdSchema.optional(),
  hbmStacks: z.number().int().min(0).default(0),
  /** Needs an advanced-packaging slot (CoWoS-class). */
  advancedPackaging: z.boolean().default(true),
  true: ChipSpecsSchema,
  claimed: ChipSpecsSchema,
  workloads: WorkloadsSchema,
  /** Workloads the maker claims (defaults to `workloads`). */
  claimedWorkloads: WorkloadsSchema.optional(),
  readiness: ReadinessSchema,
  /** Readiness the maker claims (defaults to `readiness`). */
  claimedReadiness: ReadinessSchema.optional(),
  firstQuarter: QuarterSchema,
  /** List price per chip (US$). */
  priceUsd: NonNegSchema,
  /** The chip it is a control-compliant variant of (H800 of H100, H20 of H100). */
  variantOf: IdSchema.optional(),
  /** For chips of non-player makers: wafers booked per quarter (default: the constant `actorWafersPerQuarter`). */
  actorWafersPerQuarter: NonNegSchema.optional(),
  /** Not sold on the open market (TPUs, Hanguang): used by its maker's cloud only. */
  internalOnly: z.boolean().default(false),
  /** Dense INT8 TOPS of an inference chip without BF16 (the Hanguang 800's 825); counts for inference at half rate (tensor units run INT8 at twice BF16). */
  int8Tops: NonNegSchema.optional(),
  /** Most units its maker can make a quarter (a sourced volume cap, e.g. the Hanguang 800's); absent: no cap beyond wafers, packaging and HBM. */
  maxUnitsPerQuarter: NonNegSchema.optional(),
})
/** A chip. */
export type Chip = z.infer<typeof ChipSchema>
