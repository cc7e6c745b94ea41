import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('efficiencyResearch', () => {
  it('raises algorithmic efficiency for its cost', () => {
    const order = { kind: 'efficiency-research', amountBn: 2 }
    expect(verdict(testGame(), 'alibaba', order)).toBe('ok')
    expect(play(testGame(), { alibaba: [order] }).state.factions.alibaba?.algorithmicEfficiency).toBeCloseTo(1.04, 6)
  })
  it('refuses an amount above the limit', () => expect(verdict(testGame(), 'alibaba', { kind: 'efficiency-research', amountBn: 1000 })).toBe('order/over_limit'))
})
