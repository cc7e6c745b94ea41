/**
 * The names of every call and event in the contract, with no schema attached, so the
 * preload can build `window.game` without bundling zod. contract.ts checks at compile time
 * that these lists and the contract's keys are the same sets.
 */
export const CALL_NAMES = [
  'getEngineInfo',
  'listScenarios',
  'getTexts',
  'getEncyclopedia',
  'newGame',
  'getGame',
  'claimSeat',
  'releaseSeat',
  'getView',
  'getRules',
  'getLegalOrders',
  'validateOrder',
  'previewPlan',
  'submitOrders',
  'getPlan',
  'endTurn',
  'getReport',
  'saveGame',
  'loadGame',
  'listSaves',
  'deleteSave',
  'getSettings',
  'setSettings',
  'listMods',
  'setMods',
  'facilitate',
  'exportDebrief',
  'listCampaigns',
  'startChapter',
  'finishChapter',
  'resetCampaign',
  'setTutorial',
  'quit',
] as const

/** A call's name. */
export type CallName = (typeof CALL_NAMES)[number]

/** Events the host pushes to a window (each filtered for the seat that window acts for). */
export const EVENT_NAMES = ['gameStatus', 'quarterResolved', 'menuCommand', 'gameChanged'] as const

/** An event's name. */
export type EventName = (typeof EVENT_NAMES)[number]

/** The IPC channel a call travels on in Electron. */
export function channelFor(name: CallName): string {
  return `game:call:${name}`
}

/** The IPC channel an event travels on in Electron. */
export function eventChannelFor(name: EventName): string {
  return `game:event:${name}`
}
