/**
 * Campaigns: ordered chapters a player follows, each a scenario played as one faction with
 * objectives (conditions on the final state), what carries over to the next chapter and
 * where the story branches by outcome. docs/campaigns.md describes the format.
 */
import { z } from 'zod'
import { IdSchema, QuarterSchema, ShareSchema, TextKeySchema, recordBase } from './common'
import { ConditionSchema } from './operation'

/** Readiness levels in order (a chip "at volume" is also "sampling"). */
const ReadinessLevel = z.enum(['paper', 'sampling', 'volume'])
const range = { atLeast: z.number().finite().optional(), below: z.number().finite().optional() }

/**
 * A condition on a chapter's final state: the engine's event conditions (a left-out faction
 * means the chapter's faction) plus a few that campaigns need.
 */
export const CampaignConditionSchema = z.discriminatedUnion('if', [
  ...ConditionSchema.options,
  /** VP − par of the faction (the chapter's faction when left out). */
  z.strictObject({ if: z.literal('score'), faction: IdSchema.optional(), ...range }),
  /** An objective record's metric for the faction now (e.g. china-domestic-share, us-compute-lead). */
  z.strictObject({ if: z.literal('objective-metric'), objective: IdSchema, faction: IdSchema.optional(), ...range }),
  /** A chip in play whose true readiness is at least this (paper < sampling < volume). */
  z.strictObject({ if: z.literal('chip-readiness'), chip: IdSchema, atLeast: ReadinessLevel }),
  /** A chip whose true specs are public (a benchmark or a leak). */
  z.strictObject({ if: z.literal('chip-revealed'), chip: IdSchema, how: z.enum(['benchmark', 'leak', 'any']).default('any') }),
  /** Units of a chip installed: by the faction's own clouds (`own`), by everyone else and the demand pools (`customers`), or both. */
  z.strictObject({ if: z.literal('chip-installed'), chip: IdSchema, where: z.enum(['own', 'customers', 'all']).default('all'), ...range }),
  /** The faction won the game (highest VP − par). */
  z.strictObject({ if: z.literal('winner'), faction: IdSchema.optional() }),
  /** The game ended in a crisis. */
  z.strictObject({ if: z.literal('crisis') }),
])
/** A campaign condition. */
export type CampaignCondition = z.infer<typeof CampaignConditionSchema>

/** What passes on to the next chapter (applied to the played faction's start there). */
export const CarrySchema = z.discriminatedUnion('carry', [
  /** This share of the cash gained (or lost) over the chapter is added to the next start. */
  z.strictObject({ carry: z.literal('cash'), share: ShareSchema }),
  /** The final reputation replaces the next start's. */
  z.strictObject({ carry: z.literal('reputation') }),
  /** The final software ecosystem replaces the next start's. */
  z.strictObject({ carry: z.literal('ecosystem') }),
  /** This share of the political capital gained (or lost) is added (governments). */
  z.strictObject({ carry: z.literal('political-capital'), share: ShareSchema }),
  /** Chips the faction finished designing come into play; programs under way go on. */
  z.strictObject({ carry: z.literal('programs') }),
  /** Policies the faction owns that are in force at the end stay in force. */
  z.strictObject({ carry: z.literal('policies') }),
  /** This share of the change in tension carries into the next start. */
  z.strictObject({ carry: z.literal('tension'), share: ShareSchema }),
])
/** One carry-over rule. */
export type Carry = z.infer<typeof CarrySchema>

/** A chapter objective: a text and a condition; `required: false` objectives are bonuses. */
export const ChapterObjectiveSchema = z.strictObject({
  id: IdSchema,
  text: TextKeySchema,
  condition: CampaignConditionSchema,
  required: z.boolean().default(true),
})

/** The briefing's picture, drawn by the game from data. */
export const BriefingImageSchema = z.discriminatedUnion('kind', [
  /** A small map: these regions lit, the faction's colour on its own. */
  z.strictObject({ kind: z.literal('map'), regions: z.array(IdSchema).min(1), focus: IdSchema.optional() }),
  /** A chip die: its name and a grid of cores. */
  z.strictObject({ kind: z.literal('die'), chip: IdSchema }),
])

/** A tutorial step: point at a control of the game screen (its data-testid) and explain. */
export const TutorialStepSchema = z.strictObject({
  id: IdSchema,
  /** The `data-testid` to highlight; without one the callout stands alone. */
  target: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
  text: TextKeySchema,
  /** `click`: the step ends when the target is clicked; `next`: with the Next button. */
  advance: z.enum(['click', 'next']).default('next'),
})
/** A tutorial step. */
export type TutorialStep = z.infer<typeof TutorialStepSchema>

/** One chapter. */
export const ChapterSchema = z.strictObject({
  id: IdSchema,
  name: TextKeySchema,
  scenario: IdSchema,
  /** The faction the player plays. */
  faction: IdSchema,
  /** The chapter ends after this quarter (default: the scenario's end). */
  end: QuarterSchema.optional(),
  /** Seats in play (default: the scenario's); the AI plays all but the player's. */
  seats: z.array(IdSchema).optional(),
  difficulty: z.enum(['easy', 'normal', 'hard']).default('normal'),
  briefing: TextKeySchema,
  image: BriefingImageSchema,
  objectives: z.array(ChapterObjectiveSchema).min(1),
  carry: z.array(CarrySchema).default([]),
  next: z.strictObject({
    won: IdSchema.nullable(),
    lost: IdSchema.nullable(),
    /** Checked first, in order: when every condition holds, the story goes to `chapter`. */
    special: z.array(z.strictObject({ all: z.array(CampaignConditionSchema).min(1), chapter: IdSchema, text: TextKeySchema })).default([]),
  }),
  tutorial: z.array(TutorialStepSchema).default([]),
})
/** A chapter. */
export type Chapter = z.infer<typeof ChapterSchema>

/** A campaign: chapters in order, the first one open at the start. */
export const CampaignSchema = z
  .strictObject({
    ...recordBase,
    faction: IdSchema,
    /** Shown in the campaign list's order (lower first). */
    order: z.number().int().default(0),
    chapters: z.array(ChapterSchema).min(1).max(24),
  })
  .superRefine((campaign, ctx) => {
    const ids = new Set<string>()
    campaign.chapters.forEach((chapter, i) => {
      if (ids.has(chapter.id)) ctx.addIssue({ code: 'custom', path: ['chapters', i, 'id'], message: `chapter "${chapter.id}" appears twice` })
      ids.add(chapter.id)
    })
    campaign.chapters.forEach((chapter, i) => {
      const check = (id: string | null, path: (string | number)[]): void => {
        if (id !== null && !ids.has(id)) ctx.addIssue({ code: 'custom', path: ['chapters', i, 'next', ...path], message: `"${id}" is not a chapter of this campaign (chapters: ${[...ids].join(', ')})` })
      }
      check(chapter.next.won, ['won'])
      check(chapter.next.lost, ['lost'])
      chapter.next.special.forEach((s, j) => check(s.chapter, ['special', j, 'chapter']))
      if (chapter.seats !== undefined && !chapter.seats.includes(chapter.faction)) {
        ctx.addIssue({ code: 'custom', path: ['chapters', i, 'seats'], message: `the seats must include the played faction "${chapter.faction}"` })
      }
    })
  })
/** A campaign. */
export type Campaign = z.infer<typeof CampaignSchema>
