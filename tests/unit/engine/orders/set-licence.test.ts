import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('setLicence', () => {
  it('licenses controlled sales for a revenue share, easing tension', () => {
    const order = { kind: 'set-licence', policy: 'oct-2022-chip-rule', mode: 'revenue-share', revenueShare: 0.15 }
    expect(verdict(testGame(), 'usa', order)).toBe('ok')
    const { state, report } = play(testGame(), { usa: [order] })
    expect(state.policies['oct-2022-chip-rule']).toMatchObject({ licence: 'revenue-share', revenueShare: 0.15 })
    expect(report.tension.causes).toContainEqual({ cause: 'order:set-licence', delta: -2 })
  })
  it('refuses an unknown policy', () => expect(verdict(testGame(), 'usa', { kind: 'set-licence', policy: 'x', mode: 'allow' })).toBe('order/unknown_policy'))
  it('refuses another government’s policy', () => expect(verdict(testGame(), 'prc', { kind: 'set-licence', policy: 'oct-2022-chip-rule', mode: 'allow' })).toBe('order/not_your_policy'))
  it('refuses a policy not in force', () => expect(verdict(testGame(), 'usa', { kind: 'set-licence', policy: 'hbm-control', mode: 'allow' })).toBe('order/not_active'))
  it('refuses a policy that is not an export control', () => expect(verdict(testGame(), 'usa', { kind: 'set-licence', policy: 'entity-list-huawei', mode: 'allow' })).toBe('order/not_a_control'))
})
