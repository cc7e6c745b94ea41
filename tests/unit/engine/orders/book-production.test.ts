import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('bookProduction', () => {
  it('books wafers that become chips in the maker’s inventory', () => {
    const state = testGame()
    const order = { kind: 'book-production', chip: 'h100', wafersPerQuarter: 5000 }
    expect(verdict(state, 'nvidia', order)).toBe('ok')
    const { state: next, report } = play(state, { nvidia: [order] })
    expect(next.factions.nvidia?.bookings.h100).toBe(5000)
    const line = report.production.find((p) => p.chip === 'h100')
    expect(line?.wafers).toBe(5000)
    expect(line?.units).toBeGreaterThan(0)
  })
  it('cancels a booking with zero wafers', () => {
    let state = play(testGame(), { nvidia: [{ kind: 'book-production', chip: 'h100', wafersPerQuarter: 5000 }] }).state
    state = play(state, { nvidia: [{ kind: 'book-production', chip: 'h100', wafersPerQuarter: 0 }] }).state
    expect(state.factions.nvidia?.bookings.h100).toBeUndefined()
  })
  it('refuses an unknown chip', () => expect(verdict(testGame(), 'nvidia', { kind: 'book-production', chip: 'x', wafersPerQuarter: 1 })).toBe('order/unknown_chip'))
  it('refuses another maker’s chip', () => expect(verdict(testGame(), 'nvidia', { kind: 'book-production', chip: 'tpu-v5p', wafersPerQuarter: 1 })).toBe('order/not_your_chip'))
  it('refuses a chip not taped out', () => expect(verdict(testGame(), 'alibaba', { kind: 'book-production', chip: 'alibaba-ppu', wafersPerQuarter: 1 })).toBe('order/not_taped_out'))
  it('refuses more wafers than the limit', () => expect(verdict(testGame(), 'nvidia', { kind: 'book-production', chip: 'h100', wafersPerQuarter: 10_000_000 })).toBe('order/over_limit'))
  it('refuses a malformed order with the path of the bad field', () => {
    const state = testGame()
    expect(verdict(state, 'nvidia', { kind: 'book-production', chip: 'h100', wafersPerQuarter: -1 })).toBe('order/malformed')
    expect(verdict(state, 'nvidia', { kind: 'teleport' })).toBe('order/malformed')
  })
})
