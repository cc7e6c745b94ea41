/**
 * A compact structural diff of plain JSON values, so a window receives only what changed
 * in its seat's view after a quarter instead of the whole view. `diffJson(prev, next)`
 * answers operations that `applyJsonDiff(prev, ops)` turns back into a value deep-equal to
 * `next`. Pure and side-effect free; objects are compared key by key, arrays that only
 * grew (like per-quarter history) send only their new items.
 */

/** One change: set a value, delete a key, or append items to an array, at a path. */
export type JsonDiffOp =
  | { op: 'set'; path: (string | number)[]; value: unknown }
  | { op: 'delete'; path: (string | number)[] }
  | { op: 'append'; path: (string | number)[]; items: unknown[] }

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
export function diffJson(prev: unknown, next: unknown, path: (string | number)[] = [], ops: JsonDiffOp[] = []): JsonDiffOp[] {
  if (same(prev, next)) return ops
  if (isObject(prev) && isObject(next)) {
    for (const key of Object.keys(prev)) {
      if (!Object.prototype.hasOwnProperty.call(next, key)) ops.push({ op: 'delete', path: [...path, key] })
    }
    for (const key of Object.keys(next)) {
      if (!Object.prototype.hasOwnProperty.call(prev, key)) ops.push({ op: 'set', path: [...path, key], value: next[key] })
      else diffJson(prev[key], next[key], [...path, key], ops)
    }
    return ops
  }
  if (Array.isArray(prev) && Array.isArray(next)) {
    if (next.length > prev.length && prev.every((item, i) => same(item, next[i]))) {
      ops.push({ op: 'append', path, items: next.slice(prev.length) })
      return ops
    }
    if (next.length === prev.length && next.length > 0) {
      for (let i = 0; i < next.length; i++) diffJson(prev[i], next[i], [...path, i], ops)
      return ops
    }
  }
  ops.push({ op: 'set', path, value: next })
  return ops
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Applies operations to a copy of `base`; throws on a path that does not exist or is unsafe. */
export function applyJsonDiff<T>(base: T, ops: readonly JsonDiffOp[]): T {
  let root: unknown = structuredClone(base)
  for (const op of ops) {
    if (op.path.some((k) => typeof k === 'string' && UNSAFE_KEYS.has(k))) throw new Error('applyJsonDiff: unsafe key in path')
    if (op.path.length === 0) {
      if (op.op === 'set') root = structuredClone(op.value)
      else if (op.op === 'append' && Array.isArray(root)) root.push(...structuredClone(op.items))
      else throw new Error(`applyJsonDiff: cannot ${op.op} the root`)
      continue
    }
    let parent: unknown = root
    for (const key of op.path.slice(0, -1)) {
      parent = (parent as Record<string | number, unknown> | null)?.[key]
      if (typeof parent !== 'object' || parent === null) throw new Error(`applyJsonDiff: no value at ${op.path.join('.')}`)
    }
    const last = op.path[op.path.length - 1]!
    const container = parent as Record<string | number, unknown>
    if (op.op === 'set') container[last] = structuredClone(op.value)
    else if (op.op === 'delete') delete container[last]
    else {
      const target = container[last]
      if (!Array.isArray(target)) throw new Error(`applyJsonDiff: ${op.path.join('.')} is not an array`)
      target.push(...structuredClone(op.items))
    }
  }
  return root as T
}
