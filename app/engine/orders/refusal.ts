/** Refusals: a stable code, a message a UI can show, and the path of the offending field. */

/** Why an order was refused. */
export interface OrderRefusal {
  /** Stable code, `order/…`. */
  code: string
  message: string
  path: (string | number)[]
}

/** Builds a refusal. */
export function refuse(code: string, message: string, path: (string | number)[] = []): OrderRefusal {
  return { code: `order/${code}`, message, path }
}
