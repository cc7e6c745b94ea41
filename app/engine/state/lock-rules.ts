/**
 * Immer drafts every plain object it reaches through a draft, so reading the rules inside
 * `produce` would wrap them in proxies (they were the biggest cost of a quarter). Rules never
 * change during play, so the state holds them in an object whose prototype is a marker prototype:
 * immer leaves non-plain objects alone. The content is the same plain data (JSON, hashes and
 * structuredClone see ordinary objects).
 */
import type { Rules } from '../data/rules'

// A prototype without a constructor: immer's plain-object test rejects it at once (a class
// would make immer stringify its constructor on every read).
const LOCKED: object = Object.freeze(Object.create(null) as object)

/** The rules in a form immer will not draft. */
export function lockRules(rules: Rules): Rules {
  if (Object.getPrototypeOf(rules) === LOCKED) return rules
  const locked = Object.create(LOCKED) as Rules
  Object.assign(locked, rules)
  return locked
}
