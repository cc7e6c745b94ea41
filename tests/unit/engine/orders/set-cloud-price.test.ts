import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('setCloudPrice', () => {
  it('sets the price the cloud market clears at', () => {
    const order = { kind: 'set-cloud-price', priceUsdPerHour: 1.5 }
    expect(verdict(testGame(), 'google', order)).toBe('ok')
    expect(play(testGame(), { google: [order] }).state.factions.google?.cloudPriceUsdPerHour).toBe(1.5)
  })
  it('refuses a price above the limit', () => expect(verdict(testGame(), 'google', { kind: 'set-cloud-price', priceUsdPerHour: 99 })).toBe('order/over_limit'))
})
