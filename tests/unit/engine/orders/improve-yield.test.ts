import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('improveYield', () => {
  it('raises a node’s yield, more slowly under tool controls', () => {
    const order = { kind: 'improve-yield', node: 'smic-n-plus-2', amountBn: 2 }
    expect(verdict(testGame(), 'smic', order)).toBe('ok')
    const free = play(testGame(), { smic: [order] }).state.nodes['smic-n-plus-2']?.yieldBonus ?? 0
    const controlled = edit(testGame(), (d) => {
      d.policies['euv-tool-control'] = { since: d.quarter, licence: null, revenueShare: 0, approved: [] }
    })
    const slow = play(controlled, { smic: [order] }).state.nodes['smic-n-plus-2']?.yieldBonus ?? 0
    expect(free).toBeCloseTo(0.04, 6)
    expect(slow).toBeCloseTo(0.02, 6)
  })
  it('refuses an unknown node', () => expect(verdict(testGame(), 'smic', { kind: 'improve-yield', node: 'x', amountBn: 1 })).toBe('order/unknown_node'))
  it('refuses another foundry’s node', () => expect(verdict(testGame(), 'smic', { kind: 'improve-yield', node: 'tsmc-n4', amountBn: 1 })).toBe('order/not_your_node'))
  it('refuses a node not in production', () => expect(verdict(testGame(), 'smic', { kind: 'improve-yield', node: 'smic-n-plus-3', amountBn: 1 })).toBe('order/node_offline'))
  it('refuses an amount above the limit', () => expect(verdict(testGame(), 'smic', { kind: 'improve-yield', node: 'smic-n-plus-2', amountBn: 100 })).toBe('order/over_limit'))
})
