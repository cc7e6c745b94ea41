/**
 * How calls travel over the web host's WebSocket: the same contract as Electron's IPC,
 * framed as JSON with a request id so answers can arrive in any order. Events travel as
 * `{ event, payload }` with no id.
 */
import { z } from 'zod'
import type { EventName } from './call-names'
import type { CallResult } from './result'

/** Where the web host accepts WebSocket upgrades. */
export const WS_PATH = '/ws'
/** Sub-protocol the client announces; the per-launch token travels beside it. */
export const WS_SUBPROTOCOL = 'silicon-curtain.v1'

export const WireRequestSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  call: z.string().min(1).max(64),
  payload: z.unknown(),
})

/** A call sent by the renderer over the socket. */
export type WireRequest = z.infer<typeof WireRequestSchema>

/** The host's answer to one request. */
export interface WireResponse {
  id: number | null
  result: CallResult<unknown>
}

/** An event pushed by the host. */
export interface WireEvent {
  event: EventName
  payload: unknown
}
