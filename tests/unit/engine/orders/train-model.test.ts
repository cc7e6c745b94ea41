import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('trainModel', () => {
  it('trains with the share given and raises capability (with the full-stack bonus on own chips)', () => {
    const order = { kind: 'train-model', computeShare: 0.8 }
    expect(verdict(testGame(), 'google', order)).toBe('ok')
    const before = testGame().factions.google?.capability ?? 0
    const state = play(testGame(), { google: [order] }).state
    expect(state.factions.google?.trainingShare).toBe(0.8)
    expect(state.factions.google?.capability).toBeGreaterThan(before)
  })
  it('refuses a cloud with no installed compute', () => {
    const state = edit(testGame(), (d) => {
      const f = d.factions.alibaba
      if (f !== undefined) f.installed = {}
    })
    expect(verdict(state, 'alibaba', { kind: 'train-model', computeShare: 0.5 })).toBe('order/no_compute')
  })
})
