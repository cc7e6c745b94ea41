/**
 * Canonical JSON: object keys sorted, no whitespace, so the same value always gives the
 * same bytes (and the same checksum). Only plain JSON data is accepted: a function, a
 * symbol, a bigint, a class instance (Map, Date, …) or a non-finite number throws,
 * because it would not survive a save → load round trip unchanged. Numbers follow the one
 * rule the state hash follows too (app/engine/state/json-numbers.ts), with the same message.
 *
 * Key order: keys sorted by UTF-16 code units, except that integer-like keys ("2", "10")
 * come first in numeric order, as JavaScript objects always keep them. Either way the
 * same content gives the same text on every machine.
 */

import { assertJsonNumber } from '../../engine/state/json-numbers'

/** Serialises plain JSON data with sorted keys; throws, naming the field, on anything JSON cannot carry. */
export function canonicalJson(value: unknown): string {
  try {
    // Fast path: the native serialiser with a replacer that sorts keys (about 5× faster
    // than walking in JavaScript, and objects that are already sorted are not copied).
    return JSON.stringify(value, sortingReplacer)
  } catch {
    // Slow path, only to name the field that cannot be saved.
    const parts: string[] = []
    write(value, parts, '$')
    throw new TypeError('canonicalJson: a value cannot be saved')
  }
}

function sortingReplacer(this: unknown, key: string, value: unknown): unknown {
  // `this[key]` is the value before toJSON: a Date would otherwise pass as a string.
  const original: unknown = (this as Record<string, unknown>)[key]
  if (typeof original === 'object' && original !== null) {
    if (Array.isArray(original)) return value
    const ctor: unknown = (original as { constructor?: unknown }).constructor
    if (typeof ctor === 'function' && ctor !== Object) throw new TypeError('class instance')
    const keys = Object.keys(original)
    let sorted = true
    for (let i = 1; i < keys.length; i++) {
      if ((keys[i - 1] as string) > (keys[i] as string)) {
        sorted = false
        break
      }
    }
    if (sorted) return original
    const copy: Record<string, unknown> = {}
    for (const k of keys.sort()) copy[k] = (original as Record<string, unknown>)[k]
    return copy
  }
  switch (typeof original) {
    case 'number':
      assertJsonNumber(original, key)
      return original
    case 'function':
    case 'symbol':
    case 'bigint':
      throw new TypeError(typeof original)
    default:
      return original
  }
}

function write(value: unknown, out: string[], where: string): void {
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value))
      return
    case 'boolean':
      out.push(value ? 'true' : 'false')
      return
    case 'number':
      assertJsonNumber(value, where)
      // -0 and 0 serialise alike, so they hash alike.
      out.push(JSON.stringify(value))
      return
    case 'object': {
      if (value === null) {
        out.push('null')
        return
      }
      if (Array.isArray(value)) {
        out.push('[')
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out.push(',')
          const item: unknown = value[i]
          // JSON writes holes and undefined in arrays as null; do the same, explicitly.
          if (item === undefined) out.push('null')
          else write(item, out, `${where}[${i}]`)
        }
        out.push(']')
        return
      }
      // Refuse instances of classes (Map, Set, Date, typed arrays, …): JSON would turn
      // them into {} or a string and the load would not give them back. Objects without a
      // constructor (null prototype, or a marker prototype like the engine's locked
      // rules) hold plain data and are fine.
      const ctor: unknown = (value as { constructor?: unknown }).constructor
      if (typeof ctor === 'function' && ctor !== Object) {
        throw new TypeError(`${where}: only plain objects can be saved (found ${describe(value)})`)
      }
      const record = value as Record<string, unknown>
      const keys = Object.keys(record)
      out.push('{')
      let first = true
      for (const key of keys) {
        const item = record[key]
        if (item === undefined) continue // like JSON.stringify: an undefined field is absent
        if (!first) out.push(',')
        first = false
        out.push(JSON.stringify(key), ':')
        write(item, out, `${where}.${key}`)
      }
      out.push('}')
      return
    }
    default:
      throw new TypeError(`${where}: a ${typeof value} cannot be saved`)
  }
}

function describe(value: object): string {
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name
  return typeof name === 'string' && name !== '' ? name : 'an instance of an anonymous class'
}
