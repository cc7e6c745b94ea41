import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('grantSubsidy', () => {
  it('moves money from the government to a domestic firm', () => {
    const order = { kind: 'grant-subsidy', faction: 'smic', amountBn: 2 }
    expect(verdict(testGame(), 'prc', order)).toBe('ok')
    const { report } = play(testGame(), { prc: [order] })
    expect(report.flows).toContainEqual({ from: 'prc', to: 'smic', amountBn: 2, cause: 'order:grant-subsidy' })
  })
  it('refuses an unknown faction', () => expect(verdict(testGame(), 'prc', { kind: 'grant-subsidy', faction: 'x', amountBn: 1 })).toBe('order/unknown_faction'))
  it('refuses a foreign firm', () => expect(verdict(testGame(), 'prc', { kind: 'grant-subsidy', faction: 'nvidia', amountBn: 1 })).toBe('order/not_domestic'))
  it('refuses an amount above the limit', () => expect(verdict(testGame(), 'prc', { kind: 'grant-subsidy', faction: 'smic', amountBn: 100 })).toBe('order/over_limit'))
  it('refuses an amount beyond the government’s cash', () => expect(verdict(testGame(), 'prc', { kind: 'grant-subsidy', faction: 'smic', amountBn: 15 })).toBe('order/insufficient_cash'))
})
