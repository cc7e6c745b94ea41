import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('repealPolicy', () => {
  it('lifts a policy in force', () => {
    const order = { kind: 'repeal-policy', policy: 'oct-2022-chip-rule' }
    expect(verdict(testGame(), 'usa', order)).toBe('ok')
    expect(play(testGame(), { usa: [order] }).state.policies['oct-2022-chip-rule']).toBeUndefined()
  })
  it('applies repeal effects', () => {
    const state = play(testGame(), { prc: [{ kind: 'enact-policy', policy: 'gallium-controls' }] }).state
    const { report } = play(state, { prc: [{ kind: 'repeal-policy', policy: 'gallium-controls' }] })
    expect(report.tension.causes).toContainEqual({ cause: 'policy:gallium-controls', delta: -2 })
  })
  it('refuses an unknown policy', () => expect(verdict(testGame(), 'usa', { kind: 'repeal-policy', policy: 'x' })).toBe('order/unknown_policy'))
  it('refuses another government’s policy', () => expect(verdict(testGame(), 'prc', { kind: 'repeal-policy', policy: 'oct-2022-chip-rule' })).toBe('order/not_your_policy'))
  it('refuses a policy not in force', () => expect(verdict(testGame(), 'usa', { kind: 'repeal-policy', policy: 'hbm-control' })).toBe('order/not_active'))
})
