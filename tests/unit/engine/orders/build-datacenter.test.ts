import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

const order = { kind: 'build-datacenter', region: 'china', mw: 200 }

describe('buildDatacenter', () => {
  it('adds power after the build time, paid up front', () => {
    let state = testGame()
    expect(verdict(state, 'alibaba', order)).toBe('ok')
    const { state: next, report } = play(state, { alibaba: [order] })
    expect(report.flows).toContainEqual({ from: 'alibaba', to: 'outside:construction', amountBn: 1.6, cause: 'order:build-datacenter' })
    state = next
    for (let i = 0; i < 4; i++) state = play(state).state
    expect(state.factions.alibaba?.datacenterMw.china).toBe(700)
  })
  it('refuses an unknown region', () => expect(verdict(testGame(), 'alibaba', { ...order, region: 'mars' })).toBe('order/unknown_region'))
  it('refuses more MW than the limit', () => expect(verdict(testGame(), 'alibaba', { ...order, mw: 50_000 })).toBe('order/over_limit'))
  it('refuses more MW than the grid has free', () => expect(verdict(testGame(), 'alibaba', { ...order, region: 'taiwan', mw: 400 })).toBe('order/no_grid'))
  it('refuses a faction that runs no cloud', () => expect(verdict(testGame(), 'nvidia', order)).toBe('order/wrong_faction_kind'))
})
