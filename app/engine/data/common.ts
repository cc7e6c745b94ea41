/**
 * Building blocks shared by every data schema: ids, text keys, quarters, sources and the
 * fields every record carries. One zod schema per concept is the source of truth; the
 * TypeScript types are inferred from them.
 */
import { z } from 'zod'

/** A record id: kebab-case, stable across versions (saves and mods refer to it). */
export const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "h800" or "smic-n-plus-2"')
/** A record id. */
export type Id = z.infer<typeof IdSchema>

/** A text key resolved through `locales` (the engine keeps keys; UIs translate). */
export const TextKeySchema = z.string().regex(/^[a-z0-9][a-zA-Z0-9_.-]*$/, 'a text key such as "chip.h800.name"')

/** A quarter written `YYYYQn`, e.g. `2023Q1`. */
export const QuarterSchema = z.string().regex(/^\d{4}Q[1-4]$/, 'a quarter written YYYYQn, e.g. "2023Q1"')

/** A share between 0 and 1. */
export const ShareSchema = z.number().min(0).max(1)
/** A finite number that is zero or more. */
export const NonNegSchema = z.number().min(0).finite()

/** A scheduled capacity: from each point's quarter the capacity steps to that value (fabs, events and growth apply on top as changes). */
export const CapacityPathSchema = z.array(z.strictObject({ quarter: QuarterSchema, capacity: NonNegSchema })).min(1)

/** Where a figure comes from (content rule: every non-fictional record has at least one). */
export const SourceSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string().min(4),
  url: z.string().optional(),
  /** Confidence as in the fact sheet: high / med / low. */
  confidence: z.enum(['high', 'med', 'low']).optional(),
})
/** A cited source. */
export type Source = z.infer<typeof SourceSchema>

/** Fields every record has, whatever its kind. */
export const recordBase = {
  id: IdSchema,
  name: TextKeySchema,
  description: TextKeySchema.optional(),
  sources: z.array(SourceSchema).default([]),
  fictional: z.boolean().optional(),
  fictionalWhy: z.string().optional(),
  /** Free text for designers and modders (why a number was tuned); never shown in game. */
  notes: z.string().optional(),
}

/** Turns `2023Q1` into a quarter index (year × 4 + quarter − 1), the engine's time unit. */
export function quarterIndex(quarter: string): number {
  const year = Number(quarter.slice(0, 4))
  const q = Number(quarter.slice(5))
  return year * 4 + (q - 1)
}

/** Turns a quarter index back into `YYYYQn`. */
export function quarterLabel(index: number): string {
  return `${Math.floor(index / 4)}Q${(index % 4) + 1}`
}
