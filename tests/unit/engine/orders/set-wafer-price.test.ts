import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('setWaferPrice', () => {
  it('sets the price bookings pay', () => {
    const order = { kind: 'set-wafer-price', node: 'tsmc-n4', priceUsd: 20_000 }
    expect(verdict(testGame(), 'tsmc', order)).toBe('ok')
    const { report } = play(testGame(), { tsmc: [order], nvidia: [{ kind: 'book-production', chip: 'h100', wafersPerQuarter: 1000 }] })
    expect(report.flows).toContainEqual({ from: 'nvidia', to: 'tsmc', amountBn: (1000 * 20_000) / 1e9, cause: 'market:wafers' })
  })
  it('refuses an unknown node', () => expect(verdict(testGame(), 'tsmc', { kind: 'set-wafer-price', node: 'x', priceUsd: 1 })).toBe('order/unknown_node'))
  it('refuses another foundry’s node', () => expect(verdict(testGame(), 'tsmc', { kind: 'set-wafer-price', node: 'smic-n-plus-2', priceUsd: 1 })).toBe('order/not_your_node'))
  it('refuses a price above the limit', () => expect(verdict(testGame(), 'tsmc', { kind: 'set-wafer-price', node: 'tsmc-n4', priceUsd: 1e9 })).toBe('order/over_limit'))
})
