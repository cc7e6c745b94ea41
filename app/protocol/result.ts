/**
 * Every call answers a value, never a thrown error: `{ ok: true, value }` or
 * `{ ok: false, code, message }`. Codes are stable strings a UI can switch on.
 */

/** Codes of the transport and the dispatcher; game codes are `area/what` strings. */
export type BaseErrorCode =
  | 'request/unknown_call'
  | 'request/invalid'
  | 'request/too_large'
  | 'request/unauthorised'
  | 'ipc/untrusted_sender'
  | 'transport/closed'
  | 'transport/timeout'
  | 'internal/error'

/**
 * Stable error codes: the base codes above, and the host's game codes such as
 * `game/none`, `game/over`, `seat/not_yours`, `turn/already_ended`, `order/…` (the
 * engine's refusal codes), `save/…` and `classroom/…` (`classroom/facilitator_required`:
 * a session-level call while a game with a facilitator's code runs, from a window that does
 * not hold the facilitator's role; `classroom/save_code_required`: a save of such a game,
 * loaded without its facilitator's code).
 */
export type CallErrorCode = BaseErrorCode | `${'game' | 'seat' | 'turn' | 'order' | 'save' | 'data' | 'settings' | 'mod' | 'facilitator' | 'debrief' | 'campaign' | 'classroom'}/${string}`

/** The running game has a facilitator's code and this window does not hold the facilitator's role. */
export const FACILITATOR_REQUIRED = 'classroom/facilitator_required'
/** The save belongs to a classroom game with a facilitator's code: loading it needs that code. */
export const SAVE_CODE_REQUIRED = 'classroom/save_code_required'

/** A refusal: what went wrong, where (a path into the request) and why. */
export interface CallError {
  code: CallErrorCode
  message: string
  path?: (string | number)[]
}

/** The answer to any call. */
export type CallResult<T> = { ok: true; value: T } | ({ ok: false } & CallError)

/** Builds a success. */
export function ok<T>(value: T): CallResult<T> {
  return { ok: true, value }
}

/** Builds a refusal. */
export function fail(code: CallErrorCode, message: string, path?: (string | number)[]): {
  ok: false
} & CallError {
  return path === undefined ? { ok: false, code, message } : { ok: false, code, message, path }
}

/**
 * Thrown inside the host by a handler that refuses a call (wrong seat, no game…); the
 * dispatcher turns it into a `{ ok: false }` value, so it never crosses a transport.
 */
export class CallRefusal extends Error {
  constructor(
    readonly code: CallErrorCode,
    message: string,
    readonly path?: (string | number)[],
  ) {
    super(message)
  }
}
