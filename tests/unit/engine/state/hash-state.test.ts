import { describe, expect, it } from 'vitest'
import { deserialize, fnv1a64, hashState, serialize, stableStringify } from '../../../../app/engine'
import { canonicalJson } from '../../../../app/host/saves/canonical-json'
import { playRandom, testGame } from '../../../fixtures/rules/test-game'

describe('hashState', () => {
  it('implements FNV-1a 64', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325')
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c')
    expect(fnv1a64('foobar')).toBe('85944171f73967e8')
  })
  it('does not depend on key order', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(stableStringify({ a: [{ c: 3, d: 2 }], b: 1 }))
    expect(hashState({ rules: { x: 1 }, b: 1, a: 2 })).toBe(hashState({ a: 2, rules: { x: 1 }, b: 1 }))
  })
  it('refuses a non-finite number, naming where, as the saves\' canonical JSON does', () => {
    expect(() => stableStringify({ a: [1, { b: Number.NaN }] })).toThrow('$.a[1].b is NaN')
    expect(() => hashState({ cash: Number.POSITIVE_INFINITY })).toThrow(/\$\.cash is Infinity/)
  })
  it('follows one rule with the saves\' canonical JSON: the same non-finite numbers refused with the same message, the same finite ones written alike', () => {
    const bad: [unknown, string][] = [
      [Number.NaN, '$ is NaN'],
      [{ cash: Number.POSITIVE_INFINITY }, '$.cash is Infinity'],
      [{ a: [1, { b: Number.NEGATIVE_INFINITY }] }, '$.a[1].b is -Infinity'],
      [[0, [Number.NaN]], '$[1][0] is NaN'],
      [{ deep: { deeper: { x: 1, y: 0 / 0 } } }, '$.deep.deeper.y is NaN'],
    ]
    for (const [value, where] of bad) {
      const message = `${where}, which JSON cannot carry`
      expect(() => stableStringify(value), where).toThrow(message)
      expect(() => canonicalJson(value), where).toThrow(message)
    }
    const good = { zero: -0, big: Number.MAX_VALUE, tiny: Number.MIN_VALUE, list: [1.5, -2e-7, 0] }
    expect(stableStringify(good)).toBe(canonicalJson(good))
    expect(JSON.parse(canonicalJson(good))).toEqual({ ...good, zero: 0 })
  })
  it('changes when the state changes', () => {
    const state = testGame()
    expect(hashState(playRandom(state, 1))).not.toBe(hashState(state))
  })
})

describe('serialize and deserialize', () => {
  it('round-trips a game to the same hash', () => {
    const state = playRandom(testGame(), 3)
    const loaded = deserialize(serialize(state))
    expect(loaded.ok && hashState(loaded.state)).toBe(hashState(state))
  })
  it('refuses text that is not a state', () => {
    expect(deserialize('{')).toMatchObject({ ok: false, code: 'save/not_json' })
    expect(deserialize('{"a":1}')).toMatchObject({ ok: false, code: 'save/not_a_state' })
    expect(deserialize('{"format":"silicon-curtain/state","version":9}')).toMatchObject({ ok: false, code: 'save/unknown_version' })
    expect(deserialize('{"format":"silicon-curtain/state","version":1}')).toMatchObject({ ok: false, code: 'save/schema', pointer: '/rules' })
  })
})
