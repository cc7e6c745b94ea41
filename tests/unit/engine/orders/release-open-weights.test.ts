import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('releaseOpenWeights', () => {
  it('raises reputation and ecosystem, not cash', () => {
    const state = testGame()
    expect(verdict(state, 'google', { kind: 'release-open-weights' })).toBe('ok')
    const next = play(state, { google: [{ kind: 'release-open-weights' }] }).state
    expect(next.factions.google?.openWeights).toBe(1)
    expect(next.factions.google?.reputation).toBeGreaterThan(state.factions.google?.reputation ?? 0)
  })
  it('refuses a cloud with no trained model', () => {
    const state = edit(testGame(), (d) => {
      const f = d.factions.alibaba
      if (f !== undefined) f.capability = 0
    })
    expect(verdict(state, 'alibaba', { kind: 'release-open-weights' })).toBe('order/no_model')
  })
})
