/**
 * Effects as data: the small, closed set of operations that policies and events apply.
 * A faction left out means "the event's target seat" (or the policy's owner).
 */
import { z } from 'zod'
import { IdSchema, QuarterSchema } from './common'

const target = { faction: IdSchema.optional() }

/** One data-driven effect. */
export const OperationSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('adjust-cash'), ...target, amountBn: z.number().finite() }),
  z.strictObject({ op: z.literal('adjust-reputation'), ...target, delta: z.number().finite() }),
  z.strictObject({ op: z.literal('adjust-political-capital'), ...target, delta: z.number().finite() }),
  z.strictObject({ op: z.literal('adjust-ecosystem'), ...target, delta: z.number().finite() }),
  z.strictObject({ op: z.literal('adjust-vp'), ...target, delta: z.number().finite() }),
  z.strictObject({ op: z.literal('adjust-tension'), delta: z.number().finite() }),
  /** Multiplies a node's, packaging line's or HBM line's capacity, for `quarters` or for good. */
  z.strictObject({ op: z.literal('adjust-capacity'), target: IdSchema, factor: z.number().min(0).max(10), quarters: z.number().int().min(1).optional() }),
  /** Multiplies a demand pool's budget, for `quarters` or for good. */
  z.strictObject({ op: z.literal('adjust-demand'), pool: IdSchema, factor: z.number().min(0).max(10), quarters: z.number().int().min(1).optional() }),
  /** Adds to a node's yield (−1…1, clamped to 0.05–0.98). */
  z.strictObject({ op: z.literal('adjust-yield'), node: IdSchema, delta: z.number().min(-1).max(1) }),
  z.strictObject({ op: z.literal('adjust-power'), region: IdSchema, mw: z.number().finite() }),
  /** Gives (or takes) stock: chips or HBM stacks. */
  z.strictObject({ op: z.literal('adjust-stock'), ...target, item: IdSchema, units: z.number().int() }),
  z.strictObject({ op: z.literal('enact-policy'), policy: IdSchema }),
  z.strictObject({ op: z.literal('repeal-policy'), policy: IdSchema }),
  /** Publishes a chip's true specs (as a public benchmark would). */
  z.strictObject({ op: z.literal('reveal-chip'), chip: IdSchema }),
  /** Brings a catalogue chip into the game now (e.g. a rival's launch). */
  z.strictObject({ op: z.literal('launch-chip'), chip: IdSchema }),
  /** Ends the game (a crisis); every faction loses the crisis penalty. */
  z.strictObject({ op: z.literal('end-game'), reason: z.enum(['crisis', 'scenario']) }),
  /** Marks a quarter, for events that schedule a follow-up (used with the `flag-set` condition). */
  z.strictObject({ op: z.literal('set-flag'), flag: IdSchema, until: QuarterSchema.optional() }),
])
/** A data-driven effect. */
export type Operation = z.infer<typeof OperationSchema>
/** An effect's `op` name. */
export type OperationKind = Operation['op']

/** Metrics a condition or an objective can read. */
export const MetricSchema = z.enum([
  'cash', 'reputation', 'political-capital', 'ecosystem', 'vp', 'installed-compute', 'revenue',
  'capability', 'tension', 'quarter-index',
])

/** A state predicate as data (event triggers). */
export const ConditionSchema = z.discriminatedUnion('if', [
  z.strictObject({ if: z.literal('policy-active'), policy: IdSchema }),
  z.strictObject({ if: z.literal('policy-inactive'), policy: IdSchema }),
  z.strictObject({ if: z.literal('chip-launched'), chip: IdSchema }),
  z.strictObject({ if: z.literal('event-fired'), event: IdSchema }),
  z.strictObject({ if: z.literal('flag-set'), flag: IdSchema }),
  z.strictObject({ if: z.literal('seat-played'), faction: IdSchema }),
  z.strictObject({ if: z.literal('metric'), metric: MetricSchema, faction: IdSchema.optional(), atLeast: z.number().optional(), below: z.number().optional() }),
])
/** A condition. */
export type Condition = z.infer<typeof ConditionSchema>
