import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('setEnforcement', () => {
  it('sets the added seizure chance', () => {
    const order = { kind: 'set-enforcement', seizureChance: 0.3 }
    expect(verdict(testGame(), 'usa', order)).toBe('ok')
    expect(play(testGame(), { usa: [order] }).state.enforcement.usa).toBe(0.3)
  })
  it('refuses a level above the limit', () => expect(verdict(testGame(), 'usa', { kind: 'set-enforcement', seizureChance: 0.9 })).toBe('order/over_limit'))
})
