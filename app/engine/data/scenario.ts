/** Scenarios: start and end, seats, starting assets, policies in force, objectives, par, personas, briefings. */
import { z } from 'zod'
import { IdSchema, NonNegSchema, QuarterSchema, TextKeySchema, recordBase } from './common'

/** A faction's starting position and goals in a scenario. */
export const ScenarioFactionSchema = z.strictObject({
  faction: IdSchema,
  cashBn: NonNegSchema,
  reputation: z.number().min(0).max(100).default(70),
  politicalCapital: z.number().min(0).max(100).default(0),
  /** Software ecosystem efficiency e (0–1] of the chips it designs. */
  ecosystem: z.number().min(0.05).max(1).default(0.5),
  /** Governments' quarterly budget income (US$ bn). */
  budgetBnPerQuarter: NonNegSchema.default(0),
  actionPoints: z.number().int().min(0).max(10).optional(),
  objectives: z.array(z.strictObject({ objective: IdSchema, weight: z.number().min(0) })).default([]),
  /** Total VP an average game gives this faction; score = VP − par. */
  par: z.number().default(0),
  persona: IdSchema.optional(),
  briefing: TextKeySchema.optional(),
  /** Chips (ids) or HBM stacks (ids) held at the start. */
  inventory: z.array(z.strictObject({ item: IdSchema, units: z.number().int().min(0) })).default([]),
  /** Accelerators installed in its data centres at the start. */
  installed: z.array(z.strictObject({ region: IdSchema, chip: IdSchema, units: z.number().int().min(0) })).default([]),
  /** Data-centre power it owns at the start. */
  datacenterMw: z.array(z.strictObject({ region: IdSchema, mw: NonNegSchema })).default([]),
  /** Model training done before the start (H100e-quarters). */
  trainingComputeH100eQuarters: NonNegSchema.default(0),
  algorithmicEfficiency: z.number().positive().default(1),
  /** Standing wafer bookings at the start (chips it makes that are taped out). */
  bookings: z.array(z.strictObject({ chip: IdSchema, wafersPerQuarter: z.number().int().min(0) })).default([]),
  /** Standing prices at the start (default: each chip's list price). */
  chipPrices: z.array(z.strictObject({ chip: IdSchema, priceUsd: z.number().positive() })).default([]),
  /** Clouds: standing price per H100e-hour (default: the constant) and share of compute training own models (default 0.3). */
  cloudPriceUsdPerHour: z.number().positive().optional(),
  trainingShare: z.number().min(0).max(1).optional(),
  /** Catalogue chips (ids, maker = this faction, firstQuarter after the start) it is already designing. */
  programs: z.array(z.strictObject({ chip: IdSchema, quartersLeft: z.number().int().min(1) })).default([]),
})
/** A faction's scenario setup. */
export type ScenarioFaction = z.infer<typeof ScenarioFactionSchema>

/** A scenario. */
export const ScenarioSchema = z.strictObject({
  ...recordBase,
  start: QuarterSchema,
  end: QuarterSchema,
  /** Factions that can be played (by people or the AI). */
  seats: z.array(IdSchema).min(1),
  factions: z.array(ScenarioFactionSchema).min(1),
  /** Policies in force at the start. */
  policies: z.array(IdSchema).default([]),
  tension: z.number().min(0).max(100).default(20),
  briefing: TextKeySchema,
  /** Per-seat briefings (the classroom scenario's role cards). */
  seatBriefings: z.record(IdSchema, TextKeySchema).default({}),
  /** Catalogue chips in play at the start; default: all with firstQuarter ≤ start. */
  chips: z.array(IdSchema).optional(),
  /** Events that may fire; default: all. */
  events: z.array(IdSchema).optional(),
  excludeEvents: z.array(IdSchema).default([]),
  /** Accelerators installed with non-player demand pools at the start. */
  poolInstalled: z.array(z.strictObject({ pool: IdSchema, chip: IdSchema, units: z.number().int().min(0) })).default([]),
})
/** A scenario. */
export type Scenario = z.infer<typeof ScenarioSchema>
