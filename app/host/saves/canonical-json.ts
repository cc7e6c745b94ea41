/**
 * Canonical JSON: object keys sorted, no whitespace, so the same value always gives the
 * same bytes (and the same checksum). Only plain JSON data is accepted: a function, a
 * symbol, a bigint, a class instance or a non-finite number throws, because it would not
 * survive a save → load round trip unchanged.
 */

/** Serialises plain JSON data with sorted keys; throws on anything JSON cannot carry. */
export function canonicalJson(value: unknown): string {
  const parts: string[] = []
  write(value, parts, '$')
  return parts.join('')
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
      if (!Number.isFinite(value)) throw new TypeError(`${where}: ${value} is not valid JSON`)
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
      const proto: unknown = Object.getPrototypeOf(value)
      if (proto !== Object.prototype && proto !== null) {
        throw new TypeError(`${where}: only plain objects can be saved (found ${describe(value)})`)
      }
      const record = value as Record<string, unknown>
      const keys = Object.keys(record).sort()
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
  return typeof name === 'string' && name !== '' ? name : 'an object with a prototype'
}
