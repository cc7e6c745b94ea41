import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

const order = { kind: 'build-fab', node: 'tsmc-n4', region: 'us', wafersPerQuarter: 10_000 }

describe('buildFab', () => {
  it('builds capacity that comes online later, with the CHIPS Act paying its share', () => {
    let state = edit(testGame(), (d) => {
      d.policies['chips-act'] = { since: d.quarter, licence: null, revenueShare: 0, approved: [] }
    })
    expect(verdict(state, 'tsmc', order)).toBe('ok')
    const before = state.nodes['tsmc-n4']?.capacityWafers ?? 0
    const { state: next, report } = play(state, { tsmc: [order] })
    expect(report.flows).toContainEqual(expect.objectContaining({ from: 'usa', to: 'tsmc', cause: 'policy:chips-act' }))
    state = next
    for (let i = 0; i < 8; i++) state = play(state).state
    expect(state.nodes['tsmc-n4']?.capacityWafers).toBe(before + 10_000)
  })
  it('refuses an unknown node', () => expect(verdict(testGame(), 'tsmc', { ...order, node: 'x' })).toBe('order/unknown_node'))
  it('refuses another foundry’s node', () => expect(verdict(testGame(), 'tsmc', { ...order, node: 'smic-n-plus-2' })).toBe('order/not_your_node'))
  it('refuses an unknown region', () => expect(verdict(testGame(), 'tsmc', { ...order, region: 'mars' })).toBe('order/unknown_region'))
  it('refuses more capacity than the limit', () => expect(verdict(testGame(), 'tsmc', { ...order, wafersPerQuarter: 9_000_000 })).toBe('order/over_limit'))
  it('refuses a node whose tools are controlled', () => {
    const state = edit(testGame(), (d) => {
      d.policies['euv-tool-control'] = { since: d.quarter, licence: null, revenueShare: 0, approved: [] }
      const n = d.nodes['smic-n-plus-3']
      if (n !== undefined) n.online = true
    })
    expect(verdict(state, 'smic', { kind: 'build-fab', node: 'smic-n-plus-3', region: 'china', wafersPerQuarter: 1000 })).toBe('order/tool_blocked')
  })
})
