import { describe, expect, it } from 'vitest'
import { askPrice } from '../../../../app/engine/orders/buy-chips'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('benchmarkChip', () => {
  it('reveals the truth to all and costs reputation for an overclaim', () => {
    const order = { kind: 'benchmark-chip', chip: 'ascend-910b' }
    expect(verdict(testGame(), 'huawei', order)).toBe('ok')
    const before = testGame().factions.huawei?.reputation ?? 0
    const { state, report } = play(testGame(), { huawei: [order] })
    expect(state.chips['ascend-910b']?.revealed).toBe('benchmark')
    const reveal = report.reveals.find((r) => r.chip === 'ascend-910b')
    // 376 claimed vs 280 true: 20 × (376/280 − 1) ≈ 6.9 points, plus any readiness claimed above the truth (0.25 a level).
    const chip = state.chips['ascend-910b']
    const levels = { paper: 0, sampling: 1, volume: 2 }
    const readiness = chip === undefined ? 0 : Math.max(0, levels[chip.claimedReadiness] - levels[chip.readiness]) * 0.25
    expect(reveal?.reputationDelta).toBeCloseTo(-20 * (376 / 280 - 1 + readiness), 5)
    expect(state.factions.huawei?.reputation).toBeLessThan(before)
  })
  it('cuts the price of a revealed overclaimed chip to what its truth is worth, and refunds the overclaimed share of sales', () => {
    const state = edit(testGame(), (d) => {
      const c = d.chips['ascend-910b']
      const f = d.factions.huawei
      if (c === undefined || f === undefined) return
      c.claimSalesBn = 1
      f.chipPrices['ascend-910b'] = 30000
    })
    const { state: next, report } = play(state, { huawei: [{ kind: 'benchmark-chip', chip: 'ascend-910b' }] })
    const price = next.factions.huawei?.chipPrices['ascend-910b'] ?? 0
    expect(price).toBeLessThan(30000)
    expect(price).toBeGreaterThan(30000 * (280 / 376) * 0.95)
    expect(report.reveals.find((r) => r.chip === 'ascend-910b')?.refundBn).toBeGreaterThan(0.1)
  })
  it('makes buyers pay less for the maker’s chips for a while after an overclaim comes out, more for a bigger overclaim', () => {
    const concession = (claimedTflops: number): { price: number; later: number } => {
      const state = edit(testGame(), (d) => {
        const c = d.chips['ascend-910b']
        if (c !== undefined) c.claimed = { ...c.true, bf16Tflops: claimedTflops }
      })
      const { state: next } = play(state, { huawei: [{ kind: 'benchmark-chip', chip: 'ascend-910b' }] })
      const list = (id: string): number => next.factions.huawei?.chipPrices[id] ?? next.chips[id]?.priceUsd ?? 0
      const later = { ...next, quarter: next.quarter + next.rules.constants.distrustQuarters + 1 }
      return { price: askPrice(next, 'ascend-910b') / list('ascend-910b'), later: askPrice(later, 'ascend-910b') / list('ascend-910b') }
    }
    const truth = testGame().chips['ascend-910b']?.true.bf16Tflops ?? 0
    const small = concession(truth * 1.1)
    const big = concession(truth * 1.5)
    expect(big.price).toBeCloseTo(testGame().rules.constants.distrustFactor, 2)
    expect(small.price).toBeGreaterThan(big.price)
    expect(small.price).toBeLessThan(1)
    expect(big.later).toBe(1)
  })
  it('refuses an unknown chip', () => expect(verdict(testGame(), 'huawei', { kind: 'benchmark-chip', chip: 'x' })).toBe('order/unknown_chip'))
  it('benchmarks a rival’s chip on sale: buys samples and publishes the truth, naming who called it', () => {
    let state = testGame()
    state = edit(state, (d) => {
      const c = d.chips['ascend-910b']
      if (c !== undefined) c.launched = 0
    })
    expect(verdict(state, 'nvidia', { kind: 'benchmark-chip', chip: 'ascend-910b' })).toBe('ok')
    const { state: next, report } = play(state, { nvidia: [{ kind: 'benchmark-chip', chip: 'ascend-910b' }] })
    expect(next.chips['ascend-910b']?.revealed).toBe('benchmark')
    expect(report.reveals.find((r) => r.chip === 'ascend-910b')?.by).toBe('nvidia')
    expect(report.flows.find((f) => f.from === 'nvidia' && f.cause === 'order:benchmark-samples')?.amountBn).toBeGreaterThan(0)
  })
  it('refuses a rival’s chip that is not on sale', () => {
    const state = edit(testGame(), (d) => {
      const c = d.chips['ascend-910b']
      if (c !== undefined) c.launched = -1
    })
    expect(verdict(state, 'nvidia', { kind: 'benchmark-chip', chip: 'ascend-910b' })).toBe('order/not_on_sale')
  })
  it('refuses a chip not yet in silicon', () => expect(verdict(testGame(), 'alibaba', { kind: 'benchmark-chip', chip: 'alibaba-ppu' })).toBe('order/not_designed'))
  it('refuses a chip already revealed', () => {
    const state = edit(testGame(), (d) => {
      const c = d.chips['ascend-910b']
      if (c !== undefined) c.revealed = 'leak'
    })
    expect(verdict(state, 'huawei', { kind: 'benchmark-chip', chip: 'ascend-910b' })).toBe('order/already_revealed')
  })
})
