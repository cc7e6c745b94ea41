/**
 * The encyclopedia's entries as the host answers them (`getEncyclopedia`): one entry per
 * record of the loaded data (base game and mods), built from the public rules only, so a
 * chip's entry shows what its maker claims, never its secret true figures. Data only: names
 * and summaries are the game data's text keys, facts are values the renderer words
 * (`renderer/src/screens/encyclopedia/localise.ts`).
 */
import { z } from 'zod'

/** The kinds of entry, in the order the encyclopedia lists them. */
export const ENCYCLOPEDIA_KINDS = ['chip', 'node', 'foundry', 'hbm', 'packaging', 'policy', 'faction', 'actor', 'region', 'event', 'scenario'] as const
/** A kind of entry. */
export type EncyclopediaKind = (typeof ENCYCLOPEDIA_KINDS)[number]

/** Units a number may carry; the renderer words each (`encyclopedia.unit.*`). */
export const ENCYCLOPEDIA_UNITS = ['tflops', 'gb', 'tbs', 'gbs', 'w', 'mm2', 'nm', 'mw'] as const
/** Word lists a value may name a word from; the renderer words each (`encyclopedia.word.<set>.<code>`), showing the code itself when it has no word for it. */
export const ENCYCLOPEDIA_WORD_SETS = ['readiness', 'workloads', 'instrument', 'licence', 'alignment', 'factionKind', 'actorKind', 'metric', 'eventType', 'eventKind', 'yesNo', 'misc'] as const

/**
 * A value of a fact, as data the renderer words in its language: another entry (by id), a
 * game-data text (by key), data as written, a quarter as the data writes it (`2023Q4`), a
 * number with its unit, money, a share, a word from a known list, a phrase (a code the
 * renderer has a sentence for, `encyclopedia.phrase.<code>`, with its parameters), or a list.
 */
export type EncyclopediaValue =
  | { t: 'ref'; entry: string }
  | { t: 'name'; key: string; id: string }
  | { t: 'text'; text: string }
  | { t: 'quarter'; quarter: string }
  | { t: 'number'; value: number; digits?: number | undefined; unit?: (typeof ENCYCLOPEDIA_UNITS)[number] | undefined; signed?: boolean | undefined }
  | { t: 'money'; value: number; unit: 'usd' | 'bn'; signed?: boolean | undefined }
  | { t: 'share'; value: number; digits?: number | undefined; signed?: boolean | undefined }
  | { t: 'word'; set: (typeof ENCYCLOPEDIA_WORD_SETS)[number]; code: string }
  | { t: 'phrase'; code: string; params: Record<string, EncyclopediaValue> }
  | { t: 'list'; items: EncyclopediaValue[]; join: 'comma' | 'semicolon' | 'dot' | 'and' | 'concat'; capitalise?: boolean | undefined }

/** The schema of a value (recursive). */
export const EncyclopediaValueSchema: z.ZodType<EncyclopediaValue> = z.lazy(() =>
  z.union([
    z.strictObject({ t: z.literal('ref'), entry: z.string() }),
    z.strictObject({ t: z.literal('name'), key: z.string(), id: z.string() }),
    z.strictObject({ t: z.literal('text'), text: z.string() }),
    z.strictObject({ t: z.literal('quarter'), quarter: z.string() }),
    z.strictObject({ t: z.literal('number'), value: z.number(), digits: z.number().int().min(0).max(6).optional(), unit: z.enum(ENCYCLOPEDIA_UNITS).optional(), signed: z.boolean().optional() }),
    z.strictObject({ t: z.literal('money'), value: z.number(), unit: z.enum(['usd', 'bn']), signed: z.boolean().optional() }),
    z.strictObject({ t: z.literal('share'), value: z.number(), digits: z.number().int().min(0).max(6).optional(), signed: z.boolean().optional() }),
    z.strictObject({ t: z.literal('word'), set: z.enum(ENCYCLOPEDIA_WORD_SETS), code: z.string() }),
    z.strictObject({ t: z.literal('phrase'), code: z.string(), params: z.record(z.string(), EncyclopediaValueSchema) }),
    z.strictObject({ t: z.literal('list'), items: z.array(EncyclopediaValueSchema), join: z.enum(['comma', 'semicolon', 'dot', 'and', 'concat']), capitalise: z.boolean().optional() }),
  ]),
)

/** One fact of an entry: a label key (the renderer translates it), its value as data, and the entry it names, if any. */
export const EncyclopediaFactSchema = z.strictObject({
  /** A stable label key such as `maker`, `node`, `bf16`, `trigger`, `choice`. */
  label: z.string(),
  /** A name the value is about, shown before it (an event's choice). */
  term: EncyclopediaValueSchema.optional(),
  value: EncyclopediaValueSchema,
  /** The entry the value names (`faction:nvidia`), for a link. */
  entry: z.string().optional(),
})
/** One fact of an entry. */
export type EncyclopediaFact = z.infer<typeof EncyclopediaFactSchema>

/** A cited source. */
export const EncyclopediaSourceSchema = z.strictObject({
  title: z.string(),
  publisher: z.string(),
  date: z.string(),
  url: z.string().nullable(),
  confidence: z.enum(['high', 'med', 'low']).nullable(),
})

/** One entry. */
export const EncyclopediaEntrySchema = z.strictObject({
  /** `kind:recordId`, e.g. `chip:h800`. */
  id: z.string(),
  kind: z.enum(ENCYCLOPEDIA_KINDS),
  recordId: z.string(),
  /** The record's name text key (the renderer resolves it through `getTexts`; the record id when no text). */
  nameKey: z.string(),
  /** Text keys of its summary, the first with a text wins (a description, a scenario's briefing). */
  summaryKeys: z.array(z.string()),
  /** A short line for lists (`Nvidia · TSMC N4 · 2023 Q1`). */
  subtitle: EncyclopediaValueSchema,
  facts: z.array(EncyclopediaFactSchema),
  /** Other entries this one refers to, with the relation's label key (`maker`, `node`, `owner`…). */
  related: z.array(z.strictObject({ entry: z.string(), label: z.string() })),
  sources: z.array(EncyclopediaSourceSchema),
  fictional: z.boolean(),
  fictionalWhy: z.string().nullable(),
  /** The data the record came from: `base` or a mod's id; `changedBy`: mods that patched it. */
  origin: z.string(),
  changedBy: z.array(z.string()),
})
/** One encyclopedia entry. */
export type EncyclopediaEntry = z.infer<typeof EncyclopediaEntrySchema>

/** The whole encyclopedia. */
export const EncyclopediaSchema = z.strictObject({
  /** Where the entries come from: the running game's data, or the data a new game starts with. */
  from: z.enum(['game', 'new-game']),
  entries: z.array(EncyclopediaEntrySchema),
  /** The mods the entries' origins name, with their names (the base game is not listed). */
  mods: z.array(z.strictObject({ id: z.string(), name: z.string() })),
})
/** The whole encyclopedia. */
export type Encyclopedia = z.infer<typeof EncyclopediaSchema>
