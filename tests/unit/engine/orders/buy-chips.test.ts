import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('buyChips', () => {
  it('buys before the demand pools, pays the maker and deploys within power', () => {
    const order = { kind: 'buy-chips', chip: 'h100', units: 1000, maxPriceUsd: 40_000 }
    expect(verdict(testGame(), 'google', order)).toBe('ok')
    const { state, report } = play(testGame(), { google: [order] })
    expect(report.market.purchases).toContainEqual({ buyer: 'google', seller: 'nvidia', chip: 'h100', units: 1000, grey: false, seized: 0 })
    const paid = report.flows.find((f) => f.from === 'google' && f.to === 'nvidia' && f.cause === 'market:chip-sales')
    expect(paid?.amountBn).toBeCloseTo(0.03, 9)
    expect(state.factions.google?.installed.us?.h100).toBe(1000)
  })
  it('says why it bought fewer than ordered: the maker ran out of stock, or the buyer of cash', () => {
    const { report } = play(testGame(), { google: [{ kind: 'buy-chips', chip: 'h100', units: 1_900_000, maxPriceUsd: 40_000 }] })
    const bought = report.market.purchases.find((p) => p.buyer === 'google')?.units ?? 0
    expect(bought).toBeLessThan(1_900_000)
    const note = report.notes.find((n) => n.seat === 'google' && n.code.startsWith('market/short-'))
    expect(note?.params).toEqual({ chip: 'h100', ordered: 1_900_000, bought })
  })
  it('buys a controlled chip through the grey market at a premium', () => {
    const order = { kind: 'buy-chips', chip: 'h100', units: 100, maxPriceUsd: 60_000, grey: true }
    expect(verdict(testGame(), 'alibaba', order)).toBe('ok')
    const { report } = play(testGame(), { alibaba: [order] })
    expect(report.market.purchases[0]).toMatchObject({ buyer: 'alibaba', grey: true })
    expect(report.flows).toContainEqual(expect.objectContaining({ from: 'alibaba', to: 'outside:smugglers', cause: 'market:grey-premium' }))
  })
  it('pays the licensing government its revenue share', () => {
    const state = edit(testGame(), (d) => {
      const p = d.policies['oct-2022-chip-rule']
      if (p !== undefined) {
        p.licence = 'revenue-share'
        p.revenueShare = 0.15
      }
    })
    const { report } = play(state, { alibaba: [{ kind: 'buy-chips', chip: 'h100', units: 100, maxPriceUsd: 40_000 }] })
    expect(report.flows).toContainEqual(expect.objectContaining({ from: 'nvidia', to: 'usa', cause: 'policy:oct-2022-chip-rule' }))
  })
  it('refuses an unknown chip', () => expect(verdict(testGame(), 'google', { kind: 'buy-chips', chip: 'x', units: 1, maxPriceUsd: 1e4 })).toBe('order/unknown_chip'))
  it('refuses your own chip', () => expect(verdict(testGame(), 'google', { kind: 'buy-chips', chip: 'tpu-v5p', units: 1, maxPriceUsd: 1e4 })).toBe('order/own_chip'))
  it('refuses a chip not on sale', () => expect(verdict(testGame(), 'alibaba', { kind: 'buy-chips', chip: 'tpu-v5p', units: 1, maxPriceUsd: 1e5 })).toBe('order/not_on_sale'))
  it('refuses a controlled chip outside the grey market', () => expect(verdict(testGame(), 'alibaba', { kind: 'buy-chips', chip: 'h100', units: 1, maxPriceUsd: 1e5 })).toBe('order/controlled'))
  it('refuses a chip the buyer’s Entity listing bans', () => expect(verdict(testGame(), 'huawei', { kind: 'buy-chips', chip: 'a100', units: 1, maxPriceUsd: 1e5 })).toBe('order/banned'))
  it('refuses a limit price below the asking price', () => expect(verdict(testGame(), 'google', { kind: 'buy-chips', chip: 'h100', units: 1, maxPriceUsd: 100 })).toBe('order/price_too_low'))
  it('refuses more units than the limit', () => expect(verdict(testGame(), 'google', { kind: 'buy-chips', chip: 'h100', units: 1e8, maxPriceUsd: 1e5 })).toBe('order/over_limit'))
})
