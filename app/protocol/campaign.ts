/**
 * Campaigns as the host answers them: each campaign's chapters with the player's progress
 * (locked, available, won, lost), briefings and objectives as text keys (`getTexts` resolves
 * them), the last debrief of each chapter and the tutorial's state. See docs/campaigns.md.
 */
import { z } from 'zod'

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id').max(64)

/** What a chapter passed on (only the fields its carry list names). */
export const CarriedSchema = z.strictObject({
  endQuarter: z.number().int(),
  cashBn: z.number().optional(),
  reputation: z.number().optional(),
  ecosystem: z.number().optional(),
  politicalCapital: z.number().optional(),
  tension: z.number().optional(),
  chips: z.array(z.string()).optional(),
  programs: z.array(z.strictObject({ chip: z.string(), quartersLeft: z.number().int() })).optional(),
  policies: z.array(z.string()).optional(),
})
/** What a chapter passed on. */
export type Carried = z.infer<typeof CarriedSchema>

/** A chapter's debrief: objectives with their figures, the outcome, where the story goes and what carries over. */
export const ChapterDebriefSchema = z.strictObject({
  campaign: z.string(),
  chapter: z.string(),
  outcome: z.enum(['won', 'lost']),
  branch: z.enum(['won', 'lost', 'special']),
  next: z.string().nullable(),
  specialText: z.string().nullable(),
  objectives: z.array(
    z.strictObject({ id: z.string(), text: z.string(), required: z.boolean(), met: z.boolean(), value: z.number().nullable(), target: z.number().nullable() }),
  ),
  carried: CarriedSchema,
  /** The final quarter as the data writes quarters (`2025Q3`; older progress files: `2025 Q3`), and the seat's VP − par, for the debrief's heading. */
  quarter: z.string(),
  score: z.number(),
  seed: z.number().int(),
  finishedAt: z.string(),
})
/** A chapter's debrief. */
export type ChapterDebrief = z.infer<typeof ChapterDebriefSchema>

/** A chapter's state for the player. */
export const ChapterStateSchema = z.enum(['locked', 'available', 'won', 'lost'])
/** A chapter's state. */
export type ChapterState = z.infer<typeof ChapterStateSchema>

/** The tutorial's state: not yet seen, under way (the step reached), finished or skipped. */
export const TutorialStateSchema = z.strictObject({ status: z.enum(['new', 'running', 'done', 'skipped']), step: z.number().int().min(0) })
/** The tutorial's state. */
export type TutorialState = z.infer<typeof TutorialStateSchema>

/** A chapter as the campaign screen shows it. */
export const ChapterSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  briefing: z.string(),
  scenario: z.string(),
  faction: z.string(),
  factionName: z.string(),
  start: z.string(),
  end: z.string(),
  quarters: z.number().int(),
  difficulty: z.enum(['easy', 'normal', 'hard']),
  image: z.union([
    z.strictObject({ kind: z.literal('map'), regions: z.array(z.string()), focus: z.string().nullable() }),
    z.strictObject({ kind: z.literal('die'), chip: z.string(), chipName: z.string(), dieMm2: z.number(), node: z.string(), maker: z.string() }),
  ]),
  objectives: z.array(z.strictObject({ id: z.string(), text: z.string(), required: z.boolean() })),
  carry: z.array(z.string()),
  next: z.strictObject({ won: z.string().nullable(), lost: z.string().nullable(), special: z.array(z.strictObject({ chapter: z.string(), text: z.string() })) }),
  tutorial: z.array(z.strictObject({ id: z.string(), target: z.string().nullable(), text: z.string(), advance: z.enum(['click', 'next']) })),
  state: ChapterStateSchema,
  attempts: z.number().int().min(0),
  /** What the chapter that led here carried in (applied at its start), or null. */
  carriedIn: CarriedSchema.nullable(),
  /** The last time it was played, or null. */
  debrief: ChapterDebriefSchema.nullable(),
})
/** A chapter on the campaign screen. */
export type ChapterSummary = z.infer<typeof ChapterSummarySchema>

/** A campaign with the player's progress. */
export const CampaignSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  faction: z.string(),
  chapters: z.array(ChapterSummarySchema),
  tutorial: TutorialStateSchema,
  /** Every chapter the story can reach has been won, or the last one reached ends the story. */
  complete: z.boolean(),
})
/** A campaign with the player's progress. */
export type CampaignSummary = z.infer<typeof CampaignSummarySchema>

/** The running game's chapter, when it is one. */
export const ActiveChapterSchema = z.strictObject({ campaign: z.string(), chapter: z.string(), seat: z.string(), over: z.boolean() }).nullable()

/** The campaign calls' requests and responses (contract.ts lists them). */
export const CAMPAIGN_CALLS = {
  listCampaigns: {
    summary: "The campaigns of the loaded data with the player's progress (a finished campaign game is judged and recorded first).",
    request: z.strictObject({}),
    response: z.strictObject({ campaigns: z.array(CampaignSummarySchema), active: ActiveChapterSchema, problem: z.string().nullable() }),
  },
  startChapter: {
    summary: "Starts a chapter the player has reached: its scenario to the chapter's end, the player's faction as the only person's seat, the AI on the others; what the last chapter carried over applies. Claim the seat next.",
    request: z.strictObject({ campaign: Id, chapter: Id, seed: z.number().int().min(0).max(2 ** 31 - 1).optional() }),
    response: z.strictObject({ seat: z.string(), scenarioId: z.string(), seed: z.number().int() }),
  },
  finishChapter: {
    summary: "Judges the running chapter once its game is over, records the outcome and unlocks where the story goes; answers the debrief.",
    request: z.strictObject({}),
    response: ChapterDebriefSchema,
  },
  resetCampaign: {
    summary: "Forgets a campaign's progress (chapters, carry-over and the tutorial).",
    request: z.strictObject({ campaign: Id }),
    response: z.null(),
  },
  setTutorial: {
    summary: "Records the tutorial's state for a campaign (the step reached, done, skipped, or new to replay it).",
    request: z.strictObject({ campaign: Id, status: z.enum(['new', 'running', 'done', 'skipped']), step: z.number().int().min(0).max(200).default(0) }),
    response: TutorialStateSchema,
  },
} as const
