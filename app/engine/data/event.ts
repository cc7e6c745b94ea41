/** News events: triggers, probability, choices (next quarter's decisions) and effects as data. */
import { z } from 'zod'
import { IdSchema, QuarterSchema, ShareSchema, TextKeySchema, recordBase } from './common'
import { ConditionSchema, OperationSchema } from './operation'

/** One option the affected seat picks next quarter; it becomes a `choose-event-option` order. */
export const EventChoiceSchema = z.strictObject({
  id: IdSchema,
  name: TextKeySchema,
  description: TextKeySchema.optional(),
  effects: z.array(OperationSchema).default([]),
})

/** A news event. */
export const EventSchema = z.strictObject({
  ...recordBase,
  historical: z.boolean().default(false),
  trigger: z.strictObject({
    from: QuarterSchema.optional(),
    to: QuarterSchema.optional(),
    tensionAtLeast: z.number().min(0).max(100).optional(),
    tensionBelow: z.number().min(0).max(101).optional(),
    all: z.array(ConditionSchema).default([]),
  }).default({ all: [] }),
  /** Chance per quarter once the trigger holds. */
  probability: ShareSchema,
  /** Fires at most once per game (default) or every time it is drawn. */
  once: z.boolean().default(true),
  /** The seat it concerns (receives the choice); effects without a faction apply to it. */
  target: IdSchema.optional(),
  effects: z.array(OperationSchema).default([]),
  choices: z.array(EventChoiceSchema).default([]),
})
/** A news event. */
export type GameEvent = z.infer<typeof EventSchema>
