import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('setCompliance', () => {
  it('refuses the customers named and records the level', () => {
    const order = { kind: 'set-compliance', level: 'strict', refused: ['nvidia'] }
    expect(verdict(testGame(), 'tsmc', order)).toBe('ok')
    const { state, report } = play(testGame(), { tsmc: [order], nvidia: [{ kind: 'book-production', chip: 'h100', wafersPerQuarter: 1000 }] })
    expect(state.factions.tsmc?.refusedCustomers).toEqual(['nvidia'])
    expect(report.production.find((p) => p.chip === 'h100')).toBeUndefined()
  })
  it('lets a lax foundry serve a listed customer (at a risk)', () => {
    const listed = (seed: number) => edit(testGame({ seed }), (d) => {
      const h100 = d.chips.h100
      if (h100 !== undefined) d.chips.hx = { ...h100, id: 'hx', maker: 'huawei' }
      const huawei = d.factions.huawei
      if (huawei !== undefined) huawei.bookings.hx = 100
    })
    const strict = play(listed(1), {}).report
    expect(strict.production.find((p) => p.chip === 'hx')).toBeUndefined()
    const runs = [1, 2, 3, 4, 5, 6].map((seed) => play(listed(seed), { tsmc: [{ kind: 'set-compliance', level: 'lax', refused: [] }] }).report)
    expect(runs.some((r) => r.production.some((p) => p.chip === 'hx'))).toBe(true)
  })
  it('refuses an unknown customer', () => expect(verdict(testGame(), 'tsmc', { kind: 'set-compliance', level: 'strict', refused: ['nobody'] })).toBe('order/unknown_faction'))
})
