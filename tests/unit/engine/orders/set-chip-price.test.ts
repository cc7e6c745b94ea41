import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('setChipPrice', () => {
  it('sets a standing price that the market uses', () => {
    const order = { kind: 'set-chip-price', chip: 'h100', priceUsd: 25_000 }
    expect(verdict(testGame(), 'nvidia', order)).toBe('ok')
    const { state, report } = play(testGame(), { nvidia: [order] })
    expect(state.factions.nvidia?.chipPrices.h100).toBe(25_000)
    expect(report.market.chips.h100?.priceUsd).toBeCloseTo(25_000, 0)
  })
  it('refuses an unknown chip', () => expect(verdict(testGame(), 'nvidia', { kind: 'set-chip-price', chip: 'x', priceUsd: 1 })).toBe('order/unknown_chip'))
  it('refuses another maker’s chip', () => expect(verdict(testGame(), 'nvidia', { kind: 'set-chip-price', chip: 'ascend-910b', priceUsd: 1 })).toBe('order/not_your_chip'))
  it('refuses a price above the limit', () => expect(verdict(testGame(), 'nvidia', { kind: 'set-chip-price', chip: 'h100', priceUsd: 1e9 })).toBe('order/over_limit'))
})
