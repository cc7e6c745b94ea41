/**
 * The IPC contract: every call declared once with runtime schemas for its request and
 * response, and every event with its payload type. The preload's `window.game`, the
 * renderer's `GameApi`, main's handler table and the web host all derive from this file.
 *
 * Requests come from the untrusted renderer and are parsed strictly (unknown fields are
 * refused). Orders are checked only as envelopes here: the engine is the authority on
 * what an order may contain, and refuses with a code, a message and a path. Responses are
 * produced by the host; big engine-typed answers (views, reports) are typed, not re-parsed.
 */
import { z } from 'zod'
import type { LegalOrder, OrderRefusal, PlanPreview, QuarterReport, Rules, SeatView } from '../engine'
import { CAMPAIGN_CALLS } from './campaign'
import type { CallName, EventName } from './call-names'
import type { Debrief } from './debrief'
import { EncyclopediaSchema } from './encyclopedia'
import type { JsonDiffOp } from './json-diff'
import type { CallResult } from './result'

/** One call: what the renderer sends and what it gets back. */
export interface CallSpec<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req
  response: Res
  /** One line for docs and error messages. */
  summary: string
}

function defineCall<Req extends z.ZodType, Res extends z.ZodType>(spec: CallSpec<Req, Res>): CallSpec<Req, Res> {
  return spec
}

/** A value produced by the host and typed by the engine: checked by TypeScript, not re-parsed. */
function hostValue<T>(): z.ZodType<T> {
  return z.custom<T>(() => true)
}

/** An empty request: calls that take no arguments still refuse extra fields. */
const NoArgs = z.strictObject({})

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id').max(64)
const SeatArg = z.strictObject({ seat: Id })
/** An order as sent: an object with a `kind`; the engine checks the rest. */
const OrderEnvelope = z.looseObject({ kind: z.string().min(1).max(64) })
/** At most this many orders in one plan (a quarter allows a handful of action points). */
export const MAX_ORDERS_PER_PLAN = 64
const SaveName = z.string().min(1).max(80)

export const EngineInfoSchema = z.strictObject({
  name: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+/),
  build: z.string().min(1),
})

/** A four-digit code for a seat or the facilitator. */
export const SeatCode = z.string().regex(/^\d{4}$/, 'four digits')
/** The facilitator's pseudo-seat: claim it with the facilitator's code. */
export const FACILITATOR_SEAT = 'facilitator'
/** The presenter's pseudo-seat: the public view any window may show on a projector (no secrets). */
export const PRESENTER_SEAT = 'presenter'

/** A turn timer's length: from 10 s (quick drills) to 15 min. */
export const TurnSeconds = z.number().int().min(10).max(900)

/** Who plays a seat. */
export const ControllerSchema = z.enum(['human', 'ai'])
/** How strong an AI seat plays. */
export const DifficultySchema = z.enum(['easy', 'normal', 'hard'])

/** One seat of a new game. */
export const SeatSetupSchema = z.strictObject({
  faction: Id,
  controller: ControllerSchema,
  /** The player's (or team's) name, shown on hand-offs and in the debrief. */
  name: z.string().trim().min(1).max(40),
  difficulty: DifficultySchema.default('normal'),
  persona: Id.optional(),
  /** An optional four-digit code the person enters to open this seat's plan (hot-seat classrooms). */
  code: SeatCode.optional(),
})
/** A seat as the renderer sends it. */
export type SeatSetupInput = z.input<typeof SeatSetupSchema>

/** A seat of the running game, as every window may see it. */
export const SeatInfoSchema = z.strictObject({
  faction: Id,
  controller: ControllerSchema,
  name: z.string(),
  difficulty: DifficultySchema,
  persona: Id.nullable(),
  /** Whether this seat has ended its turn this quarter. */
  ended: z.boolean(),
  /** Whether a code guards this seat (the code itself is never sent). */
  hasCode: z.boolean(),
  /** When this seat's planning time runs out (ms since the epoch), or null without a timer. */
  deadline: z.number().nullable(),
})
/** A seat of the running game. */
export type SeatInfo = z.infer<typeof SeatInfoSchema>

/** The running game, as every window may see it (no secrets). */
export const GameInfoSchema = z.strictObject({
  scenarioId: Id,
  seed: z.number().int(),
  /** The quarter as an index (`year × 4 + quarter − 1`); windows label it themselves. */
  quarter: z.number().int(),
  startQuarter: z.number().int(),
  endQuarter: z.number().int(),
  seats: z.array(SeatInfoSchema),
  /** Human seats that have not ended their turn. */
  waitingFor: z.array(Id),
  over: z.boolean(),
  /** The facilitator has paused the game. */
  paused: z.boolean(),
  /** Seconds each person has to plan a quarter, or null without a timer. */
  turnSeconds: z.number().int().nullable(),
  /** Whether a code guards the facilitator's role. */
  facilitatorCode: z.boolean(),
  /** What the game was started with, for saves and the mods warning. */
  data: z.array(z.strictObject({ id: z.string(), version: z.string(), hash: z.string() })),
})
/** The running game's public summary. */
export type GameInfo = z.infer<typeof GameInfoSchema>

/** A scenario to choose from. Texts are keys; `getTexts` resolves them. */
export const ScenarioSummarySchema = z.strictObject({
  id: Id,
  name: z.string(),
  briefing: z.string(),
  start: z.string(),
  end: z.string(),
  seats: z.array(z.strictObject({ faction: Id, name: z.string(), persona: Id.nullable(), briefing: z.string().nullable() })),
  personas: z.array(z.strictObject({ id: Id, name: z.string(), faction: Id.nullable() })),
})
/** A scenario to choose from. */
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>

/** A seat's plan after submitting: what the engine accepted and refused. */
export interface PlanResult {
  accepted: number
  refusals: { index: number; kind: string; refusal: OrderRefusal }[]
}

/** A saved game in a listing. */
export const SaveSummarySchema = z.strictObject({
  name: z.string(),
  autosave: z.boolean(),
  savedAt: z.string(),
  quarter: z.string(),
  scenarioId: z.string(),
  seats: z.array(z.strictObject({ seat: z.string(), name: z.string(), controller: ControllerSchema })),
  bytes: z.number().int().nonnegative(),
})
/** A saved game in a listing. */
export type SaveSummary = z.infer<typeof SaveSummarySchema>

const settingsFields = {
  language: z.string().min(2).max(16),
  uiScale: z.number().min(0.75).max(1.5),
  palette: z.enum(['default', 'colour-blind']),
  animationSpeed: z.number().min(0).max(2),
  sound: z.boolean(),
}

/** Player settings, kept by the host in the user's data folder. */
export const SettingsSchema = z.strictObject({
  language: settingsFields.language.default('en'),
  uiScale: settingsFields.uiScale.default(1),
  palette: settingsFields.palette.default('default'),
  animationSpeed: settingsFields.animationSpeed.default(1),
  sound: settingsFields.sound.default(true),
})
/** A change to some settings (no defaults: what is not sent stays as it is). */
export const SettingsChangeSchema = z.strictObject(settingsFields).partial()
/** Player settings. */
export type Settings = z.infer<typeof SettingsSchema>

/** One problem with a mod: the mod, the file (relative to the mod's folder), the JSON pointer, line and column. */
export const ModErrorSchema = z.strictObject({
  mod: z.string(),
  file: z.string(),
  pointer: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  message: z.string(),
  expected: z.string().optional(),
  found: z.string().optional(),
  severity: z.enum(['error', 'warning']),
  code: z.string().optional(),
  /** When the file is another mod's or the base game's (`base`): whose. */
  fileMod: z.string().optional(),
})
/** One problem with a mod. */
export type ModErrorInfo = z.infer<typeof ModErrorSchema>

/** A mod as the mod manager shows it. */
export const ModInfoSchema = z.strictObject({
  id: z.string(),
  folder: z.string(),
  name: z.string(),
  version: z.string(),
  description: z.string(),
  authors: z.array(z.string()),
  gameVersions: z.string(),
  dependencies: z.array(z.strictObject({ id: z.string(), range: z.string() })),
  loadAfter: z.array(z.string()),
  enabled: z.boolean(),
  /** Place in the player's order (0 first). */
  position: z.number().int().min(0),
  /** Place in the actual load order after the base game, or null when it does not load. */
  loadIndex: z.number().int().min(0).nullable(),
  /** ok: enabled and loads; disabled: turned off; error: refused (see errors). */
  status: z.enum(['ok', 'disabled', 'error']),
  errors: z.array(ModErrorSchema),
  /** Records per data kind in its own files. */
  counts: z.record(z.string(), z.number().int().min(0)),
})
/** A mod in the manager. */
export type ModInfo = z.infer<typeof ModInfoSchema>

/** The mods folder and every mod in it, in the player's order. */
export const ModListSchema = z.strictObject({
  /** Where to put mod folders, or null when this host has no mods folder. */
  folder: z.string().nullable(),
  /** A problem with the folder itself, or null. */
  problem: z.string().nullable(),
  mods: z.array(ModInfoSchema),
  /** What a new game starts with: the base game and each mod that loads, in load order. */
  active: z.array(z.strictObject({ id: z.string(), version: z.string(), hash: z.string() })),
})
/** The mod manager's list. */
export type ModList = z.infer<typeof ModListSchema>

/**
 * What a window receives after a quarter resolves: its own seat's report, and its view
 * either whole (`view`, without the static rules) or as the changes since the last view
 * this window received for that seat (`viewPatch`, see json-diff.ts), which keeps the
 * update small. A window that lost track calls `getView`.
 */
export type QuarterResolved = { seat: string; report: QuarterReport } & (
  | { view: Omit<SeatView, 'rules'>; viewPatch?: never }
  | { viewPatch: JsonDiffOp[]; view?: never }
)

/** What the facilitator can do to a running game. */
export const FacilitatorActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('pause') }),
  z.strictObject({ kind: z.literal('resume') }),
  z.strictObject({ kind: z.literal('set-timer'), seconds: TurnSeconds.nullable() }),
  z.strictObject({ kind: z.literal('inject-event'), event: Id }),
  z.strictObject({ kind: z.literal('adjust-tension'), delta: z.number().int().min(-50).max(50).refine((d) => d !== 0, 'not zero') }),
  z.strictObject({ kind: z.literal('undo') }),
  z.strictObject({ kind: z.literal('end-game') }),
])
/** A facilitator's action. */
export type FacilitatorAction = z.infer<typeof FacilitatorActionSchema>

export const contract = {
  getEngineInfo: defineCall({ summary: "The engine's name, version and build.", request: NoArgs, response: EngineInfoSchema }),
  listScenarios: defineCall({
    summary: 'The scenarios of the loaded data, with seats, personas and briefing keys.',
    request: NoArgs,
    response: z.array(ScenarioSummarySchema),
  }),
  getTexts: defineCall({
    summary: 'The game data texts of one language (text key → text), the running game\'s over the data\'s; the renderer asks for each language it falls back through.',
    request: z.strictObject({ language: z.string().min(2).max(16) }),
    response: z.record(z.string(), z.string()),
  }),
  getEncyclopedia: defineCall({
    summary: "The encyclopedia as data: an entry per chip, node, policy, faction, actor, region, event and scenario of the running game's data (else a new game's), mods included, with sources; public figures only; text keys and values the renderer words.",
    request: NoArgs,
    response: EncyclopediaSchema,
  }),
  newGame: defineCall({
    summary: 'Starts a game: scenario, seats (person or AI, name, difficulty, persona) and seed.',
    request: z.strictObject({
      scenarioId: Id,
      seats: z.array(SeatSetupSchema).min(1).max(16),
      seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
      /** The facilitator's code (classrooms); without one, any window may take the facilitator's role. */
      facilitatorCode: SeatCode.optional(),
      /** Seconds each person has to plan a quarter; when time is up the plan goes in as it stands. */
      turnSeconds: TurnSeconds.nullable().optional(),
    }),
    response: GameInfoSchema,
  }),
  getGame: defineCall({ summary: 'The running game (public summary), or null.', request: NoArgs, response: GameInfoSchema.nullable() }),
  claimSeat: defineCall({
    summary:
      'This window now acts for a human seat (with its code, if it has one), or takes the facilitator\'s role (seat "facilitator"); later calls for other seats are refused. A hot-seat window claims each seat in turn.',
    /** `handOff`: this is a hot-seat window (people take turns at it); when a person's time runs out, it stops acting for their seat. */
    request: z.strictObject({ seat: Id, code: SeatCode.optional(), handOff: z.boolean().optional() }),
    response: z.strictObject({ seat: Id, role: z.enum(['seat', 'facilitator']), name: z.string() }),
  }),
  releaseSeat: defineCall({
    summary: 'This window stops acting for its seat or the facilitator (a hot-seat hand-off); it gets only public events until it claims again.',
    request: NoArgs,
    response: z.null(),
  }),
  getView: defineCall({
    summary: 'What the seat may know now (its own state, public data, claimed specs of others), without the ruleset (getRules, once per game).',
    request: SeatArg,
    response: hostValue<Omit<SeatView, 'rules'>>(),
  }),
  getRules: defineCall({
    summary: "The game's ruleset as the seat may see it (the public one: claims in place of unrevealed truths; the facilitator's is whole). It never changes during a game.",
    request: SeatArg,
    response: hostValue<Rules>(),
  }),
  getLegalOrders: defineCall({
    summary: 'The orders the seat may give now, with parameter ranges and costs.',
    request: SeatArg,
    response: hostValue<LegalOrder[]>(),
  }),
  validateOrder: defineCall({
    summary: 'Checks one order against the seat, its budget and the rules.',
    request: z.strictObject({ seat: Id, order: OrderEnvelope }),
    response: hostValue<{ ok: true } | { ok: false; refusal: OrderRefusal }>(),
  }),
  previewPlan: defineCall({
    summary: "Checks a plan in sequence (and a draft order on top of it) and forecasts the quarter from the seat's own knowledge.",
    request: z.strictObject({ seat: Id, orders: z.array(OrderEnvelope).max(MAX_ORDERS_PER_PLAN), draft: OrderEnvelope.optional() }),
    response: hostValue<PlanPreview>(),
  }),
  submitOrders: defineCall({
    summary: "Replaces the seat's plan for this quarter; answers what was accepted and refused.",
    request: z.strictObject({ seat: Id, orders: z.array(OrderEnvelope).max(MAX_ORDERS_PER_PLAN) }),
    response: hostValue<PlanResult>(),
  }),
  getPlan: defineCall({
    summary: "The seat's plan for this quarter as the host holds it (what submitOrders accepted).",
    request: SeatArg,
    response: hostValue<Record<string, unknown>[]>(),
  }),
  endTurn: defineCall({
    summary:
      "Ends the seat's turn; once every person has, AI seats play and the quarter resolves. With `handOff`, the window also stops acting for the seat first (hot-seat), so nothing of it reaches the next person.",
    request: z.strictObject({ seat: Id, handOff: z.boolean().optional() }),
    response: GameInfoSchema,
  }),
  getReport: defineCall({
    summary: "The last quarter's report as the seat may see it, or null before the first.",
    request: SeatArg,
    response: hostValue<QuarterReport | null>(),
  }),
  saveGame: defineCall({
    summary: 'Saves the running game under a name (overwrite to replace).',
    request: z.strictObject({ name: SaveName, overwrite: z.boolean().default(false) }),
    response: SaveSummarySchema,
  }),
  loadGame: defineCall({
    summary:
      "Loads a save (or an autosave) and makes it the running game, with the codes it was saved with. A save of a game with a facilitator's code loads only with that code (`facilitatorCode`).",
    request: z.strictObject({ name: SaveName, facilitatorCode: SeatCode.optional() }),
    response: z.strictObject({ game: GameInfoSchema, warnings: z.array(z.string()) }),
  }),
  listSaves: defineCall({ summary: 'Saves and autosaves, newest first.', request: NoArgs, response: z.array(SaveSummarySchema) }),
  deleteSave: defineCall({ summary: 'Deletes a save.', request: z.strictObject({ name: SaveName }), response: z.null() }),
  getSettings: defineCall({ summary: "The player's settings.", request: NoArgs, response: SettingsSchema }),
  setSettings: defineCall({
    summary: 'Changes some settings; answers all of them.',
    request: SettingsChangeSchema,
    response: SettingsSchema,
  }),
  listMods: defineCall({
    summary: 'The mods in the mods folder, in the player\'s order: enabled or not, dependencies, status and errors.',
    request: NoArgs,
    response: ModListSchema,
  }),
  setMods: defineCall({
    summary: 'Sets the mods\' order and which are enabled (applies to new games); answers the list as listMods does.',
    request: z.strictObject({ mods: z.array(z.strictObject({ id: Id, enabled: z.boolean() })).max(500) }),
    response: ModListSchema,
  }),
  facilitate: defineCall({
    summary: "The facilitator's controls: pause, resume, the turn timer, inject an event, move tension, undo the last quarter, end the game.",
    request: z.strictObject({ action: FacilitatorActionSchema }),
    response: GameInfoSchema,
  }),
  exportDebrief: defineCall({
    summary: 'The debrief of the game so far as data, with a suggested file name (the facilitator, or anyone once the game is over); the renderer words it and saves it as one offline HTML page and JSON.',
    request: NoArgs,
    response: z.strictObject({ fileName: z.string(), debrief: hostValue<Debrief>() }),
  }),
  listCampaigns: defineCall(CAMPAIGN_CALLS.listCampaigns),
  startChapter: defineCall(CAMPAIGN_CALLS.startChapter),
  finishChapter: defineCall(CAMPAIGN_CALLS.finishChapter),
  resetCampaign: defineCall(CAMPAIGN_CALLS.resetCampaign),
  setTutorial: defineCall(CAMPAIGN_CALLS.setTutorial),
  quit: defineCall({ summary: 'Quits the application (Electron) or stops the web host.', request: NoArgs, response: z.null() }),
} as const

/** Payloads of the events the host pushes. */
export interface EventPayloads {
  /** Who has ended their turn, and whether AI seats are thinking or the quarter is resolving. */
  /** `progress`: while the AI thinks, how many of its seats have decided. */
  gameStatus: { game: GameInfo; phase: 'planning' | 'ai-thinking' | 'resolving'; progress?: { done: number; total: number } }
  quarterResolved: QuarterResolved
  /** A command from the application menu (New, Load, Save, Save As) for the window to carry out. */
  menuCommand: { command: MenuCommand }
  /** The facilitator changed the game outside a quarter's resolution (undo, an injected event, tension, the end, the timer): windows reload their view. */
  gameChanged: { game: GameInfo; reason: FacilitatorAction['kind'] | 'timer' }
}

/** The application menu's commands that the window carries out. */
export type MenuCommand = 'new-game' | 'load' | 'save' | 'save-as'

/** The contract's keys and CALL_NAMES / EVENT_NAMES must be the same sets (compile-time checks). */
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : false
const contractMatchesNames: SameKeys<keyof typeof contract, CallName> = true
const eventsMatchNames: SameKeys<keyof EventPayloads, EventName> = true
void contractMatchesNames
void eventsMatchNames

export type Contract = typeof contract

/** What a call takes. */
export type CallRequest<N extends CallName> = z.input<Contract[N]['request']>
/** What a call takes after parsing (defaults filled). */
export type ParsedRequest<N extends CallName> = z.output<Contract[N]['request']>
/** What a call answers on success. */
export type CallResponse<N extends CallName> = z.output<Contract[N]['response']>

/** Subscribes to an event; answers a function that unsubscribes. */
export type Subscribe = <E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) => () => void

/** The renderer's whole view of the game: one async function per call, and `on` for events. */
export type GameApi = {
  [N in CallName]: (request: CallRequest<N>) => Promise<CallResult<CallResponse<N>>>
} & { on: Subscribe }
