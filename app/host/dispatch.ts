/**
 * Transport-agnostic call dispatch: the one place a request from the (untrusted) renderer
 * is checked against the contract before any handler sees it. Electron's ipcMain and the
 * web host's WebSocket both go through `dispatchCall`, so they refuse the same things the
 * same way, and nothing a renderer sends can throw out of the host.
 */
import { CALL_NAMES, CallRefusal, contract, fail, ok } from '../protocol'
import type { CallName, CallResponse, CallResult, ParsedRequest } from '../protocol'
import type { Connection } from './connection'

/** Implements each call. Requests reach a handler already parsed by the contract. */
export type CallHandlers = {
  [N in CallName]: (request: ParsedRequest<N>, connection: Connection) => Promise<CallResponse<N>> | CallResponse<N>
}

/** Whether `name` is a call of the contract (a renderer may send anything). */
export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name)
}

/** Turns zod's issue path into a plain path of strings and numbers. */
function plainPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === 'number' ? p : String(p)))
}

/** A connection for callers that have none (a one-off call): acts for no seat, hears no events. */
function detachedConnection(): Connection {
  return { id: 0, seat: null, facilitator: false, handOff: false, send: () => undefined }
}

/**
 * Validates `payload` for call `name`, runs its handler for `connection` and validates the
 * answer. Never throws: every failure is a `{ ok: false, code, message }` value.
 */
export async function dispatchCall(
  handlers: CallHandlers,
  name: unknown,
  payload: unknown,
  connection: Connection = detachedConnection(),
): Promise<CallResult<unknown>> {
  if (!isCallName(name)) {
    return fail('request/unknown_call', `Unknown call ${JSON.stringify(String(name)).slice(0, 80)}.`)
  }
  const spec = contract[name]
  const parsed = spec.request.safeParse(payload)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    return fail(
      'request/invalid',
      `${name}: invalid request${where}: ${issue?.message ?? 'does not match the contract'}`,
      issue ? plainPath(issue.path) : [],
    )
  }
  try {
    const handler = handlers[name] as (request: unknown, connection: Connection) => Promise<unknown> | unknown
    const value = await handler(parsed.data, connection)
    const checked = spec.response.safeParse(value)
    if (!checked.success) {
      return fail('internal/error', `${name}: the host produced an answer outside the contract.`)
    }
    return ok(checked.data)
  } catch (error) {
    if (error instanceof CallRefusal) return fail(error.code, error.message, error.path)
    const message = error instanceof Error ? error.message : String(error)
    return fail('internal/error', `${name} failed: ${message}`)
  }
}
