/** Policy instruments: export controls, licences, subsidies, counter-controls… with their parameters. */
import { z } from 'zod'
import { IdSchema, NonNegSchema, ShareSchema, recordBase } from './common'
import { OperationSchema } from './operation'

/** What kind of lever a policy is; the engine reads `params` according to it. */
export const InstrumentSchema = z.enum([
  'chip-control', 'hbm-control', 'tool-control', 'foundry-control', 'entity-list', 'subsidy',
  'procurement', 'counter-control', 'antitrust', 'state-compute', 'talent', 'enforcement',
  'ally-pressure', 'diplomacy',
])
/** A policy instrument. */
export type Instrument = z.infer<typeof InstrumentSchema>

/** How a controlled sale is licensed. */
export const LicenceModeSchema = z.enum(['deny', 'case-by-case', 'revenue-share', 'allow'])

/** Parameters; each instrument reads the ones it needs (docs/engine.md lists them). */
export const PolicyParamsSchema = z.strictObject({
  /** chip-control: controlled when TPP ≥ this (and interconnect ≥ `interconnectAtLeastGBs` if set). */
  tppAtLeast: NonNegSchema.optional(),
  interconnectAtLeastGBs: NonNegSchema.optional(),
  /** chip-control: also controlled when TPP ≥ t and performance density (TPP/mm²) ≥ d (2023 rule). */
  densityTiers: z.array(z.strictObject({ tppAtLeast: NonNegSchema, densityAtLeast: NonNegSchema })).optional(),
  /** Regions the control applies to (buyers there). */
  destinations: z.array(IdSchema).optional(),
  /** entity-list / antitrust / subsidy: the factions or actors named. */
  entities: z.array(IdSchema).optional(),
  /** chip-control / hbm-control: how a controlled sale is licensed. */
  licence: LicenceModeSchema.optional(),
  /** Seller's share paid to the licensing government under `revenue-share`. */
  revenueShare: ShareSchema.optional(),
  /** case-by-case: probability a licence is granted each quarter. */
  approvalChance: ShareSchema.optional(),
  /**
   * tool-control: foundries in `destinations` cannot build capacity on, advance to or bring
   * online EUV nodes or nodes below this class; lines already running keep running.
   */
  nodeMinNm: z.number().positive().optional(),
  /** tool-control: yield growth multiplier for affected foundries (0–1). */
  yieldGrowthFactor: ShareSchema.optional(),
  /** subsidy: share of capex paid by the government for `entities` (fabs, programs). */
  subsidyShare: ShareSchema.optional(),
  /** subsidy / state-compute: quarterly amount (US$ bn). */
  amountBnPerQuarter: NonNegSchema.optional(),
  /** subsidy: only for fabs built in these regions (CHIPS Act: at home). */
  fabRegions: z.array(IdSchema).optional(),
  /** procurement: added to the domestic weight of pools in `destinations`. */
  domesticWeightDelta: z.number().optional(),
  /** procurement: limit the policy to these demand pools (e.g. state-funded data centres) instead of every pool in `destinations`. */
  pools: z.array(IdSchema).optional(),
  /** procurement: chips pools in `destinations` may not buy. */
  bannedChips: z.array(IdSchema).optional(),
  /** counter-control: production cost multiplier for makers outside the enacting bloc. */
  costMultiplier: z.number().min(1).max(3).optional(),
  /** enforcement: added grey-market seizure probability. */
  seizureChance: ShareSchema.optional(),
  /** state-compute: the demand pool that receives `amountBnPerQuarter`. */
  pool: IdSchema.optional(),
  /** talent: ecosystem or yield growth bonus per quarter for `entities`. */
  ecosystemPerQuarter: z.number().optional(),
})
/** A policy's parameters. */
export type PolicyParams = z.infer<typeof PolicyParamsSchema>

/** A policy a government can enact (or that a scenario starts with). */
export const PolicySchema = z.strictObject({
  ...recordBase,
  /** The government faction that may enact it. */
  owner: IdSchema,
  instrument: InstrumentSchema,
  /** The real rule it models, with its date, where one exists. */
  realRule: z.strictObject({ name: z.string().min(1), date: z.string().min(4) }).optional(),
  params: PolicyParamsSchema.default({}),
  politicalCost: NonNegSchema.default(10),
  tensionDelta: z.number().default(0),
  /** Applied once when enacted. */
  effects: z.array(OperationSchema).default([]),
  /** Applied once when repealed. */
  repealEffects: z.array(OperationSchema).default([]),
  /** Policies it replaces (enacting it repeals them, e.g. the 2023 rule replaces 2022's). */
  supersedes: z.array(IdSchema).default([]),
})
/** A policy. */
export type Policy = z.infer<typeof PolicySchema>
