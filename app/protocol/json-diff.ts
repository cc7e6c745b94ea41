/**
 * A compact structural diff of plain JSON values, so a window receives only what changed
 * in its seat's view after a quarter instead of the whole view. `diffJson(prev, next)`
 * answers operations that `applyJsonDiff(prev, ops)` turns back into a value deep-equal to
 * `next`. Pure and side-effect free; objects are compared key by key, and arrays that
 * grew (like per-quarter history) send their changed items and their new ones.
 */

/** A path into a JSON value: object keys and array indexes. */
export type JsonPath = (string | number)[]

/**
 * One change, as a compact tuple (updates are sent often, so every byte counts):
 * `['s', path, value]` sets a value, `['d', path]` deletes a key, `['a', path, items]`
 * appends items to an array.
 */
export type JsonDiffOp = ['s', JsonPath, unknown] | ['d', JsonPath] | ['a', JsonPath, unknown[]]

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]))
  if (isObject(a)) {
    if (!isObject(b)) return false
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same(a[k], b[k]))
  }
  return false
}

/** The operations that turn `prev` into `next`. */
export function diffJson(prev: unknown, next: unknown, path: JsonPath = [], ops: JsonDiffOp[] = []): JsonDiffOp[] {
  if (same(prev, next)) return ops
  if (isObject(prev) && isObject(next)) {
    for (const key of Object.keys(prev)) {
      if (!Object.prototype.hasOwnProperty.call(next, key)) ops.push(['d', [...path, key]])
    }
    for (const key of Object.keys(next)) {
      if (!Object.prototype.hasOwnProperty.call(prev, key)) ops.push(['s', [...path, key], next[key]])
      else diffJson(prev[key], next[key], [...path, key], ops)
    }
    return ops
  }
  if (Array.isArray(prev) && Array.isArray(next) && next.length >= prev.length && prev.length > 0) {
    // Arrays that keep their items and grow (per-quarter history) send the changed items
    // (a revealed figure in an old quarter) and only the new ones.
    for (let i = 0; i < prev.length; i++) diffJson(prev[i], next[i], [...path, i], ops)
    if (next.length > prev.length) ops.push(['a', path, next.slice(prev.length)])
    return ops
  }
  ops.push(['s', path, next])
  return ops
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Applies operations to a copy of `base`; throws on a path that does not exist or is unsafe. */
export function applyJsonDiff<T>(base: T, ops: readonly JsonDiffOp[]): T {
  let root: unknown = structuredClone(base)
  for (const op of ops) {
    const [kind, path] = op
    if (path.some((k) => typeof k === 'string' && UNSAFE_KEYS.has(k))) throw new Error('applyJsonDiff: unsafe key in path')
    if (path.length === 0) {
      if (op[0] === 's') root = structuredClone(op[2])
      else if (op[0] === 'a' && Array.isArray(root)) root.push(...structuredClone(op[2]))
      else throw new Error(`applyJsonDiff: cannot apply '${kind}' to the root`)
      continue
    }
    let parent: unknown = root
    for (const key of path.slice(0, -1)) {
      parent = (parent as Record<string | number, unknown> | null)?.[key]
      if (typeof parent !== 'object' || parent === null) throw new Error(`applyJsonDiff: no value at ${path.join('.')}`)
    }
    const last = path[path.length - 1]!
    const container = parent as Record<string | number, unknown>
    if (op[0] === 's') container[last] = structuredClone(op[2])
    else if (op[0] === 'd') delete container[last]
    else {
      const target = container[last]
      if (!Array.isArray(target)) throw new Error(`applyJsonDiff: ${path.join('.')} is not an array`)
      target.push(...structuredClone(op[2]))
    }
  }
  return root as T
}
