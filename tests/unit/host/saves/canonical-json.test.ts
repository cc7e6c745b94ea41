import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../../app/host/saves/canonical-json'

describe('canonicalJson', () => {
  it('sorts keys at every depth so key order never changes the bytes', () => {
    const a = canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })
    const b = canonicalJson({ a: { c: 'x', d: [3, { y: 2, z: 1 }] }, b: 1 })
    expect(a).toBe(b)
    expect(a).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}')
  })

  it('gives one text for objects with integer-like keys, whatever the insertion order', () => {
    expect(canonicalJson({ b: 1, 10: 2, 2: 3, a: 4 })).toBe(canonicalJson({ a: 4, 2: 3, b: 1, 10: 2 }))
    expect(canonicalJson({ b: 1, 10: 2, 2: 3, a: 4 })).toBe('{"2":3,"10":2,"a":4,"b":1}')
  })

  it('parses back to the same value as JSON.stringify would give', () => {
    const value = { s: 'é\n"', n: -1.5e-7, t: true, f: false, z: null, list: [1, 'two', [3]], skip: undefined }
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)))
  })

  it('refuses values a save could not carry unchanged', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow('$.x is NaN, which JSON cannot carry')
    expect(() => canonicalJson({ x: Infinity })).toThrow(TypeError)
    expect(() => canonicalJson({ m: new Map() })).toThrow(/plain objects.*Map/)
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/Date/)
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/)
    expect(() => canonicalJson({ b: 1n })).toThrow(/bigint/)
  })

  it('accepts objects without a prototype or with a constructor-less marker prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 2, a: 1 })
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}')
    // The engine keeps its rules in such an object so immer leaves them alone.
    const marker = Object.freeze(Object.create(null) as object)
    const locked = Object.assign(Object.create(marker) as object, { z: [1], y: 'x' })
    expect(canonicalJson(locked)).toBe('{"y":"x","z":[1]}')
  })

  it('refuses instances of classes', () => {
    class Fab {
      id = 'f1'
    }
    expect(() => canonicalJson({ fab: new Fab() })).toThrow(/\$\.fab: only plain objects can be saved \(found Fab\)/)
    expect(() => canonicalJson([new Set([1])])).toThrow(/\$\[0\].*Set/)
    expect(() => canonicalJson(new Uint8Array(2))).toThrow(/Uint8Array/)
  })
})
