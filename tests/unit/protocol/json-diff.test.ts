import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyJsonDiff, diffJson } from '../../../app/protocol/json-diff'

describe('diffJson and applyJsonDiff', () => {
  it('round-trips any two JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const prev = JSON.parse(JSON.stringify(a)) as unknown
        const next = JSON.parse(JSON.stringify(b)) as unknown
        fc.pre(!/"(__proto__|constructor|prototype)"/.test(JSON.stringify([prev, next])))
        expect(applyJsonDiff(prev, diffJson(prev, next))).toEqual(next)
      }),
      { numRuns: 1000 },
    )
  })

  it('answers nothing for equal values', () => {
    expect(diffJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([])
  })

  it('sends only the new items of an array that grew, and only the changed leaves of an object', () => {
    const prev = { history: [{ q: 1 }, { q: 2 }], cash: 10, name: 'x' }
    const next = { history: [{ q: 1 }, { q: 2 }, { q: 3 }], cash: 12, name: 'x' }
    expect(diffJson(prev, next)).toEqual([
      ['a', ['history'], [{ q: 3 }]],
      ['s', ['cash'], 12],
    ])
  })

  it('deletes keys that went away', () => {
    expect(diffJson({ a: 1, b: 2 }, { a: 1 })).toEqual([['d', ['b']]])
  })

  it('refuses a path through __proto__', () => {
    expect(() => applyJsonDiff({}, [['s', ['__proto__', 'polluted'], true]])).toThrow('unsafe')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('does not change the base value', () => {
    const base = { list: [1] }
    applyJsonDiff(base, [['a', ['list'], [2]]])
    expect(base).toEqual({ list: [1] })
  })
})
