/**
 * A strict, safe JSON parser for game data and mods. Unlike `JSON.parse` it
 * - records the line and column of every value by JSON pointer, so a data error can say
 *   "chips.json:41:17 /records/4/node";
 * - refuses `__proto__`, `constructor` and `prototype` keys (prototype pollution) and
 *   duplicate keys (the later one would silently win);
 * - enforces size and nesting-depth limits, so a hostile mod cannot exhaust memory or stack;
 * - never throws: every problem is returned as a value with its position.
 * Objects it returns are ordinary literals: the forbidden keys are refused before any
 * assignment, so none can reach a prototype.
 */

/** A 1-based line and column in the source text. */
export interface SourcePosition {
  line: number
  column: number
}

/** Why a text is not acceptable JSON, and where. */
export interface JsonSourceError {
  message: string
  line: number
  column: number
  /** JSON pointer of the value being read when the problem was found. */
  pointer: string
}

/** Limits for untrusted input. */
export interface JsonLimits {
  maxBytes: number
  maxDepth: number
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { maxBytes: 4 * 1024 * 1024, maxDepth: 64 }

/** A parsed document with the position of every value. */
export interface JsonSource {
  value: unknown
  /** JSON pointer → where that value starts. */
  positions: Map<string, SourcePosition>
}

export type JsonParseResult = { ok: true; source: JsonSource } | { ok: false; error: JsonSourceError }

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Builds a pointer from path segments. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => `/${escapePointerToken(p)}`).join('')
}

class ParseFailure extends Error {
  constructor(
    message: string,
    readonly at: number,
    readonly pointer: string,
  ) {
    super(message)
  }
}

/** Turns offsets in `text` into lines and columns (line starts are found once). */
function positionsIn(text: string): (offset: number) => SourcePosition {
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 }
  }
}

/** Parses `text` as JSON under `limits`, recording positions. Never throws. */
export function parseJsonSource(text: string, limits: JsonLimits = DEFAULT_JSON_LIMITS): JsonParseResult {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > limits.maxBytes) {
    return {
      ok: false,
      error: { message: `file is ${bytes} bytes; the limit is ${limits.maxBytes}`, line: 1, column: 1, pointer: '' },
    }
  }
  const positions = new Map<string, SourcePosition>()
  const positionOf = positionsIn(text)

  let i = 0
  const skipSpace = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c === 32 || c === 9 || c === 10 || c === 13) i++
      else break
    }
  }
  const describe = (at: number): string =>
    at >= text.length ? 'the end of the file' : `${JSON.stringify(text.slice(at, at + 12))}`

  function parseValue(pointer: string, depth: number): unknown {
    if (depth > limits.maxDepth) throw new ParseFailure(`nesting deeper than ${limits.maxDepth} levels`, i, pointer)
    skipSpace()
    positions.set(pointer, positionOf(i))
    const c = text[i]
    if (c === '{') return parseObject(pointer, depth)
    if (c === '[') return parseArray(pointer, depth)
    if (c === '"') return parseString(pointer)
    if (c === 't' && text.startsWith('true', i)) return (i += 4), true
    if (c === 'f' && text.startsWith('false', i)) return (i += 5), false
    if (c === 'n' && text.startsWith('null', i)) return (i += 4), null
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber(pointer)
    throw new ParseFailure(`expected a value, found ${describe(i)}`, i, pointer)
  }

  function parseObject(pointer: string, depth: number): Record<string, unknown> {
    i++ // {
    const result: Record<string, unknown> = {}
    const seen = new Set<string>()
    skipSpace()
    if (text[i] === '}') return (i++, result)
    for (;;) {
      skipSpace()
      if (text[i] !== '"') throw new ParseFailure(`expected a quoted key, found ${describe(i)}`, i, pointer)
      const keyAt = i
      const key = parseString(pointer)
      const childPointer = `${pointer}/${escapePointerToken(key)}`
      if (FORBIDDEN_KEYS.has(key)) throw new ParseFailure(`the key "${key}" is not allowed in game data`, keyAt, childPointer)
      if (seen.has(key)) throw new ParseFailure(`duplicate key "${key}"`, keyAt, childPointer)
      seen.add(key)
      skipSpace()
      if (text[i] !== ':') throw new ParseFailure(`expected ":" after the key "${key}", found ${describe(i)}`, i, childPointer)
      i++
      result[key] = parseValue(childPointer, depth + 1)
      skipSpace()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === '}') return (i++, result)
      throw new ParseFailure(`expected "," or "}" in an object, found ${describe(i)}`, i, pointer)
    }
  }

  function parseArray(pointer: string, depth: number): unknown[] {
    i++ // [
    const result: unknown[] = []
    skipSpace()
    if (text[i] === ']') return (i++, result)
    for (;;) {
      result.push(parseValue(`${pointer}/${result.length}`, depth + 1))
      skipSpace()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === ']') return (i++, result)
      throw new ParseFailure(`expected "," or "]" in an array, found ${describe(i)}`, i, pointer)
    }
  }

  function parseString(pointer: string): string {
    const start = i
    i++ // opening quote
    let out = ''
    let run = i
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c === 34) {
        out += text.slice(run, i)
        i++
        return out
      }
      if (c < 32) throw new ParseFailure('control character inside a string (use \\n, \\t…)', i, pointer)
      if (c === 92) {
        out += text.slice(run, i)
        const e = text[i + 1]
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e]
          i += 2
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16))
          i += 6
        } else {
          throw new ParseFailure(`invalid escape ${describe(i)}`, i, pointer)
        }
        run = i
        continue
      }
      i++
    }
    throw new ParseFailure('unterminated string', start, pointer)
  }

  function parseNumber(pointer: string): number {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (match === null) throw new ParseFailure(`invalid number ${describe(i)}`, i, pointer)
    i += match[0].length
    const value = Number(match[0])
    if (!Number.isFinite(value)) throw new ParseFailure(`number out of range: ${match[0]}`, i - match[0].length, pointer)
    return value
  }

  try {
    // A UTF-8 byte-order mark is tolerated (some Windows editors add one).
    if (text.charCodeAt(0) === 0xfeff) i = 1
    const value = parseValue('', 0)
    skipSpace()
    if (i < text.length) throw new ParseFailure(`unexpected text after the JSON value: ${describe(i)}`, i, '')
    return { ok: true, source: { value, positions } }
  } catch (error) {
    if (error instanceof ParseFailure) {
      return { ok: false, error: { message: error.message, pointer: error.pointer, ...positionOf(error.at) } }
    }
    // Only a stack overflow could get here, and maxDepth prevents it; stay total anyway.
    return { ok: false, error: { message: `could not parse: ${String(error)}`, line: 1, column: 1, pointer: '' } }
  }
}

/** The position of `pointer`, or of its nearest ancestor that has one. */
export function positionAt(source: JsonSource, pointer: string): SourcePosition {
  let p = pointer
  for (;;) {
    const found = source.positions.get(p)
    if (found !== undefined) return found
    if (p === '') return { line: 1, column: 1 }
    p = p.slice(0, p.lastIndexOf('/'))
  }
}
