import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('enactPolicy', () => {
  it('puts a policy in force, spends political capital, moves tension and supersedes the old rule', () => {
    const order = { kind: 'enact-policy', policy: 'oct-2023-chip-rule' }
    const state = testGame()
    expect(verdict(state, 'usa', order)).toBe('ok')
    const { state: next, report } = play(state, { usa: [order] })
    expect(next.policies['oct-2023-chip-rule']).toBeDefined()
    expect(next.policies['oct-2022-chip-rule']).toBeUndefined()
    expect(report.policies.map((p) => p.change)).toEqual(['repealed', 'enacted'])
    expect(report.tension.causes).toContainEqual({ cause: 'policy:oct-2023-chip-rule', delta: 6 })
    expect(next.factions.usa?.politicalCapital).toBe(60 - 15 + 5)
  })
  it('applies a policy’s effects as data operations', () => {
    const { report } = play(testGame(), { prc: [{ kind: 'enact-policy', policy: 'nvidia-antitrust' }] })
    expect(report.flows).toContainEqual({ from: 'nvidia', to: 'outside:policy:nvidia-antitrust', amountBn: 1, cause: 'policy:nvidia-antitrust' })
  })
  it('refuses an unknown policy', () => expect(verdict(testGame(), 'usa', { kind: 'enact-policy', policy: 'x' })).toBe('order/unknown_policy'))
  it('refuses another government’s policy', () => expect(verdict(testGame(), 'usa', { kind: 'enact-policy', policy: 'big-fund' })).toBe('order/not_your_policy'))
  it('refuses a policy already in force', () => expect(verdict(testGame(), 'usa', { kind: 'enact-policy', policy: 'oct-2022-chip-rule' })).toBe('order/already_active'))
  it('refuses without enough political capital', () => {
    const state = edit(testGame(), (d) => {
      const f = d.factions.usa
      if (f !== undefined) f.politicalCapital = 3
    })
    expect(verdict(state, 'usa', { kind: 'enact-policy', policy: 'hbm-control' })).toBe('order/insufficient_political_capital')
  })
  it('refuses a company', () => expect(verdict(testGame(), 'nvidia', { kind: 'enact-policy', policy: 'hbm-control' })).toBe('order/wrong_faction_kind'))
})
