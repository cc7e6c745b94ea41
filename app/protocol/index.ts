/** The IPC contract's public surface (types and schemas only, no side effects). */
export { CALL_NAMES, channelFor } from './call-names'
export type { CallName } from './call-names'
export { contract, EngineInfoSchema } from './contract'
export type { CallRequest, CallResponse, CallSpec, Contract, GameApi } from './contract'
export { fail, ok } from './result'
export type { CallError, CallErrorCode, CallResult } from './result'
export { WS_PATH, WS_SUBPROTOCOL, WireRequestSchema } from './wire'
export type { WireRequest, WireResponse } from './wire'
