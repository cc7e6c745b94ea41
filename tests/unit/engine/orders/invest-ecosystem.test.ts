import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('investEcosystem', () => {
  it('raises the ecosystem with diminishing returns and pays for it', () => {
    const order = { kind: 'invest-ecosystem', amountBn: 5 }
    expect(verdict(testGame(), 'huawei', order)).toBe('ok')
    const { state, report } = play(testGame(), { huawei: [order] })
    expect(state.factions.huawei?.ecosystem).toBeGreaterThan(0.5)
    expect(state.factions.huawei?.ecosystem).toBeLessThan(1)
    expect(report.flows).toContainEqual({ from: 'huawei', to: 'outside:software', amountBn: 5, cause: 'order:invest-ecosystem' })
  })
  it('refuses an amount above the limit', () => expect(verdict(testGame(), 'huawei', { kind: 'invest-ecosystem', amountBn: 500 })).toBe('order/over_limit'))
  it('refuses an amount beyond the cash, counting earlier orders of the quarter', () => {
    const state = testGame()
    const { report } = play(state, { huawei: [{ kind: 'invest-ecosystem', amountBn: 15 }, { kind: 'invest-ecosystem', amountBn: 15 }] })
    expect(report.refusals.huawei?.[0]?.refusal.code).toBe('order/insufficient_cash')
  })
})
