/** The IPC contract's public surface (types and schemas only, no side effects). */
export { CALL_NAMES, EVENT_NAMES, channelFor, eventChannelFor } from './call-names'
export { chinaCardShareOverYear } from './history-figures'
export type { CallName, EventName } from './call-names'
export {
  contract,
  ControllerSchema,
  DifficultySchema,
  EngineInfoSchema,
  FACILITATOR_SEAT,
  FacilitatorActionSchema,
  PRESENTER_SEAT,
  SeatCode,
  TurnSeconds,
  GameInfoSchema,
  MAX_ORDERS_PER_PLAN,
  ModErrorSchema,
  ModInfoSchema,
  ModListSchema,
  SaveSummarySchema,
  ScenarioSummarySchema,
  SeatInfoSchema,
  SeatSetupSchema,
  SettingsChangeSchema,
  SettingsSchema,
} from './contract'
export type {
  CallRequest,
  CallResponse,
  CallSpec,
  Contract,
  EventPayloads,
  FacilitatorAction,
  GameApi,
  GameInfo,
  MenuCommand,
  ModErrorInfo,
  ModInfo,
  ModList,
  ParsedRequest,
  PlanResult,
  QuarterResolved,
  SaveSummary,
  ScenarioSummary,
  SeatInfo,
  SeatSetupInput,
  Settings,
  Subscribe,
} from './contract'
export { applyJsonDiff, diffJson } from './json-diff'
export type { JsonDiffOp } from './json-diff'
export { CallRefusal, FACILITATOR_REQUIRED, fail, ok, SAVE_CODE_REQUIRED } from './result'
export type { BaseErrorCode, CallError, CallErrorCode, CallResult } from './result'
export { WS_PATH, WS_SUBPROTOCOL, WireRequestSchema } from './wire'
export type { WireEvent, WireRequest, WireResponse } from './wire'
export { ENCYCLOPEDIA_KINDS, ENCYCLOPEDIA_UNITS, ENCYCLOPEDIA_WORD_SETS, EncyclopediaEntrySchema, EncyclopediaSchema, EncyclopediaValueSchema } from './encyclopedia'
export type { Encyclopedia, EncyclopediaEntry, EncyclopediaFact, EncyclopediaKind, EncyclopediaValue } from './encyclopedia'
export { CAMPAIGN_CALLS, CampaignSummarySchema, ChapterDebriefSchema, ChapterSummarySchema, CarriedSchema, TutorialStateSchema } from './campaign'
export type { CampaignSummary, ChapterDebrief, ChapterState, ChapterSummary, Carried, TutorialState } from './campaign'
export { DEBRIEF_FORMAT, DEBRIEF_NAME_KINDS, DEBRIEF_VERSION } from './debrief'
export type * from './debrief'
