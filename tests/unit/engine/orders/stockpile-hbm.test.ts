import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

const order = { kind: 'stockpile-hbm', hbm: 'hynix-hbm3', stacks: 10_000 }

describe('stockpileHbm', () => {
  it('buys stacks into inventory and pays the memory maker', () => {
    const state = testGame()
    expect(verdict(state, 'huawei', order)).toBe('ok')
    const { state: next, report } = play(state, { huawei: [order] })
    expect(next.factions.huawei?.inventory['hynix-hbm3']).toBe(10_000)
    expect(report.flows).toContainEqual(expect.objectContaining({ from: 'huawei', to: 'outside:sk-hynix', cause: 'order:stockpile-hbm' }))
  })
  it('refuses an unknown HBM line', () => expect(verdict(testGame(), 'huawei', { ...order, hbm: 'x' })).toBe('order/unknown_hbm'))
  it('refuses a line that does not ship yet', () => {
    const state = edit(testGame(), (d) => void (d.quarter = d.startQuarter - 40))
    expect(verdict(state, 'huawei', order)).toBe('order/not_available')
  })
  it('refuses HBM an export control forbids', () => {
    const state = edit(testGame(), (d) => {
      d.policies['hbm-control'] = { since: d.quarter, licence: 'deny', revenueShare: 0, approved: [] }
    })
    expect(verdict(state, 'huawei', order)).toBe('order/hbm_blocked')
  })
  it('refuses more stacks than the limit', () => expect(verdict(testGame(), 'huawei', { ...order, stacks: 99_000_000 })).toBe('order/over_limit'))
})
