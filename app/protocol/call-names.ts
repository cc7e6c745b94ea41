/**
 * The names of every call in the contract, with no schema attached, so the preload can
 * build `window.game` without bundling zod. contract.ts checks at compile time that this
 * list and the contract's keys are the same set.
 */
export const CALL_NAMES = ['getEngineInfo'] as const

/** A call's name. */
export type CallName = (typeof CALL_NAMES)[number]

/** The IPC channel a call travels on in Electron. */
export function channelFor(name: CallName): string {
  return `game:call:${name}`
}
