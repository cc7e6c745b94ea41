import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseJsonSource, positionAt, toPointer } from '../../../../app/host/data/json-source'

describe('parseJsonSource', () => {
  it('parses what JSON.parse parses, to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2)
        fc.pre(!/"(__proto__|constructor|prototype)":/.test(text))
        const result = parseJsonSource(text)
        expect(result.ok).toBe(true)
        if (result.ok) expect(result.source.value).toEqual(JSON.parse(text))
      }),
      { numRuns: 300 },
    )
  })

  it('records the line and column of every value by JSON pointer', () => {
    const text = '{\n  "records": [\n    { "id": "h800",\n      "node": "n+9" }\n  ]\n}'
    const result = parseJsonSource(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(positionAt(result.source, '/records/0/node')).toEqual({ line: 4, column: 15 })
    expect(positionAt(result.source, '/records/0/id')).toEqual({ line: 3, column: 13 })
    // An unknown pointer falls back to its nearest known ancestor.
    expect(positionAt(result.source, '/records/0/missing/deeper')).toEqual({ line: 3, column: 5 })
  })

  it('refuses __proto__, constructor and prototype keys with their position', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const result = parseJsonSource(`{"a": {"${key}": {"polluted": true}}}`)
      expect(result).toMatchObject({ ok: false, error: { pointer: `/a/${key}`, line: 1, column: 8 } })
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }
  })

  it('refuses duplicate keys', () => {
    const result = parseJsonSource('{"id": "a",\n "id": "b"}')
    expect(result).toMatchObject({ ok: false, error: { message: 'duplicate key "id"', line: 2, column: 2 } })
  })

  it('refuses files over the size limit and nesting over the depth limit', () => {
    expect(parseJsonSource('[1,2,3]', { maxBytes: 3, maxDepth: 10 })).toMatchObject({ ok: false })
    const deep = '['.repeat(100) + ']'.repeat(100)
    const result = parseJsonSource(deep, { maxBytes: 1000, maxDepth: 64 })
    expect(result).toMatchObject({ ok: false, error: { message: 'nesting deeper than 64 levels' } })
  })

  it('survives a million nested brackets without a stack overflow', () => {
    const result = parseJsonSource('['.repeat(1_000_000), { maxBytes: 2_000_000, maxDepth: 64 })
    expect(result.ok).toBe(false)
  })

  it('says where a syntax error is', () => {
    expect(parseJsonSource('{\n  "a": 1,\n  "b": tru\n}')).toMatchObject({
      ok: false,
      error: { line: 3, column: 8, pointer: '/b' },
    })
    expect(parseJsonSource('{"a": 1,}')).toMatchObject({ ok: false, error: { message: expect.stringContaining('quoted key') } })
    expect(parseJsonSource('[1] x')).toMatchObject({ ok: false, error: { message: expect.stringContaining('after the JSON value') } })
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseJsonSource(text)
        let native: unknown
        let nativeOk = true
        try {
          native = JSON.parse(text)
        } catch {
          nativeOk = false
        }
        // Stricter than JSON.parse only on the refused keys and duplicates.
        if (result.ok) expect(result.source.value).toEqual(native)
        else if (nativeOk) expect(result.error.message).toMatch(/not allowed|duplicate/)
      }),
      { numRuns: 2000 },
    )
  })

  it('escapes pointer tokens per RFC 6901', () => {
    expect(toPointer(['a/b', 'm~n', 3])).toBe('/a~1b/m~0n/3')
  })
})
