/**
 * Every call answers a value, never a thrown error: `{ ok: true, value }` or
 * `{ ok: false, code, message }`. Codes are stable strings a UI can switch on.
 */

/** Stable error codes the host answers with. */
export type CallErrorCode =
  | 'request/unknown_call'
  | 'request/invalid'
  | 'request/too_large'
  | 'request/unauthorised'
  | 'ipc/untrusted_sender'
  | 'transport/closed'
  | 'transport/timeout'
  | 'internal/error'

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
