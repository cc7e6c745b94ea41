/**
 * `hashState`: a stable serialisation (keys sorted at every level) hashed with FNV-1a 64
 * (two 32-bit halves, no node crypto). Equal states hash equal on any machine.
 */
import { assertJsonNumber } from './json-numbers'

/**
 * Serialises a value with object keys sorted, so key order never changes the text. Numbers
 * follow the saves' canonical JSON's rule (json-numbers.ts): a non-finite one is an error
 * naming where, since a state holding one would hash differently once saved and loaded.
 */
export function stableStringify(value: unknown): string {
  const parts: string[] = []
  write(value, parts, '$')
  return parts.join('')
}

function write(value: unknown, out: string[], where: string): void {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number') assertJsonNumber(value, where)
    out.push(value === undefined ? 'null' : JSON.stringify(value))
    return
  }
  if (Array.isArray(value)) {
    out.push('[')
    value.forEach((v, i) => {
      if (i > 0) out.push(',')
      write(v, out, `${where}[${i}]`)
    })
    out.push(']')
    return
  }
  const record = value as Record<string, unknown>
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort()
  out.push('{')
  keys.forEach((k, i) => {
    if (i > 0) out.push(',')
    out.push(JSON.stringify(k), ':')
    write(record[k], out, `${where}.${k}`)
  })
  out.push('}')
}

/** FNV-1a 64-bit of a string's UTF-16 code units, as 16 hex digits. */
export function fnv1a64(text: string): string {
  // 64-bit arithmetic in two 32-bit halves: prime 0x100000001b3 = 2^40 + 0x1b3.
  let h0 = 0x84222325 | 0 // low half of the offset basis 0xcbf29ce484222325
  let h1 = 0xcbf29ce4 | 0
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i)
    const prod = (h0 >>> 0) * 0x1b3 // < 2^53: exact in a double
    const carry = Math.floor(prod / 4294967296)
    h1 = (Math.imul(h1, 0x1b3) + carry + (h0 << 8)) | 0
    h0 = prod % 4294967296 | 0
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h0 >>> 0).toString(16).padStart(8, '0')
}

const rulesHashes = new WeakMap<object, string>()

/** The state's hash (16 hex digits). The rules part is hashed once per rules object (they never change in play). */
export function hashState(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('rules' in state) || typeof state.rules !== 'object' || state.rules === null) return fnv1a64(stableStringify(state))
  const { rules, ...rest } = state as { rules: object }
  let rulesHash = rulesHashes.get(rules)
  if (rulesHash === undefined) {
    rulesHash = fnv1a64(stableStringify(rules))
    rulesHashes.set(rules, rulesHash)
  }
  return fnv1a64(`${rulesHash}:${stableStringify(rest)}`)
}
