import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('benchmarkChip', () => {
  it('reveals the truth to all and costs reputation for an overclaim', () => {
    const order = { kind: 'benchmark-chip', chip: 'ascend-910b' }
    expect(verdict(testGame(), 'huawei', order)).toBe('ok')
    const before = testGame().factions.huawei?.reputation ?? 0
    const { state, report } = play(testGame(), { huawei: [order] })
    expect(state.chips['ascend-910b']?.revealed).toBe('benchmark')
    const reveal = report.reveals.find((r) => r.chip === 'ascend-910b')
    // 376 claimed vs 280 true: 20 × (376/280 − 1) ≈ 6.9 points.
    expect(reveal?.reputationDelta).toBeCloseTo(-20 * (376 / 280 - 1), 5)
    expect(state.factions.huawei?.reputation).toBeLessThan(before)
  })
  it('refuses an unknown chip', () => expect(verdict(testGame(), 'huawei', { kind: 'benchmark-chip', chip: 'x' })).toBe('order/unknown_chip'))
  it('refuses another maker’s chip', () => expect(verdict(testGame(), 'huawei', { kind: 'benchmark-chip', chip: 'h100' })).toBe('order/not_your_chip'))
  it('refuses a chip not yet in silicon', () => expect(verdict(testGame(), 'alibaba', { kind: 'benchmark-chip', chip: 'alibaba-ppu' })).toBe('order/not_designed'))
  it('refuses a chip already revealed', () => {
    const state = edit(testGame(), (d) => {
      const c = d.chips['ascend-910b']
      if (c !== undefined) c.revealed = 'leak'
    })
    expect(verdict(state, 'huawei', { kind: 'benchmark-chip', chip: 'ascend-910b' })).toBe('order/already_revealed')
  })
})
