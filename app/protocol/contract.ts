/**
 * The IPC contract: every call declared once with runtime schemas for its request and
 * response. The preload's `window.game`, the renderer's `GameApi`, main's handler table
 * and the web host all derive from this object.
 */
import { z } from 'zod'
import type { CallName } from './call-names'
import type { CallResult } from './result'

/** One call: what the renderer sends and what it gets back. */
export interface CallSpec<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req
  response: Res
  /** One line for docs and error messages. */
  summary: string
}

function defineCall<Req extends z.ZodType, Res extends z.ZodType>(
  spec: CallSpec<Req, Res>,
): CallSpec<Req, Res> {
  return spec
}

/** An empty request: calls that take no arguments still refuse extra fields. */
const NoArgs = z.strictObject({})

export const EngineInfoSchema = z.strictObject({
  name: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+/),
  build: z.string().min(1),
})

export const contract = {
  getEngineInfo: defineCall({
    summary: "The engine's name, version and build.",
    request: NoArgs,
    response: EngineInfoSchema,
  }),
} as const

/** The contract's keys and CALL_NAMES must be the same set (compile-time check). */
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : false
const contractMatchesNames: SameKeys<keyof typeof contract, CallName> = true
void contractMatchesNames

export type Contract = typeof contract

/** What a call takes. */
export type CallRequest<N extends CallName> = z.input<Contract[N]['request']>
/** What a call answers on success. */
export type CallResponse<N extends CallName> = z.output<Contract[N]['response']>

/** The renderer's whole view of the game: one async function per call. */
export type GameApi = {
  [N in CallName]: (request: CallRequest<N>) => Promise<CallResult<CallResponse<N>>>
}
