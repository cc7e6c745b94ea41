import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../../app/host/saves/canonical-json'

describe('canonicalJson', () => {
  it('sorts keys at every depth so key order never changes the bytes', () => {
    const a = canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })
    const b = canonicalJson({ a: { c: 'x', d: [3, { y: 2, z: 1 }] }, b: 1 })
    expect(a).toBe(b)
    expect(a).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}')
  })

  it('parses back to the same value as JSON.stringify would give', () => {
    const value = { s: 'é\n"', n: -1.5e-7, t: true, f: false, z: null, list: [1, 'two', [3]], skip: undefined }
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)))
  })

  it('refuses values a save could not carry unchanged', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/\$\.x: NaN/)
    expect(() => canonicalJson({ x: Infinity })).toThrow(TypeError)
    expect(() => canonicalJson({ m: new Map() })).toThrow(/plain objects.*Map/)
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/Date/)
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/)
    expect(() => canonicalJson({ b: 1n })).toThrow(/bigint/)
  })

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 2, a: 1 })
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}')
  })
})
