import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('advanceNode', () => {
  it('brings a new node online after the development time', () => {
    let state = testGame()
    expect(verdict(state, 'tsmc', { kind: 'advance-node', node: 'tsmc-n3' })).toBe('ok')
    state = play(state, { tsmc: [{ kind: 'advance-node', node: 'tsmc-n3' }] }).state
    expect(state.nodes['tsmc-n3']?.advancing).toBeGreaterThan(0)
    for (let i = 0; i < 4; i++) state = play(state).state
    expect(state.nodes['tsmc-n3']?.online).toBe(true)
  })
  it('refuses an unknown node', () => expect(verdict(testGame(), 'tsmc', { kind: 'advance-node', node: 'x' })).toBe('order/unknown_node'))
  it('refuses another foundry’s node', () => expect(verdict(testGame(), 'tsmc', { kind: 'advance-node', node: 'smic-n-plus-3' })).toBe('order/not_your_node'))
  it('refuses a node already online', () => expect(verdict(testGame(), 'tsmc', { kind: 'advance-node', node: 'tsmc-n4' })).toBe('order/already_online'))
  it('refuses a node already being brought up', () => {
    const state = play(testGame(), { tsmc: [{ kind: 'advance-node', node: 'tsmc-n3' }] }).state
    expect(verdict(state, 'tsmc', { kind: 'advance-node', node: 'tsmc-n3' })).toBe('order/already_advancing')
  })
  it('refuses a node whose predecessor is not running', () => {
    const state = edit(testGame(), (d) => {
      const n = d.nodes['tsmc-n4']
      if (n !== undefined) n.online = false
    })
    expect(verdict(state, 'tsmc', { kind: 'advance-node', node: 'tsmc-n3' })).toBe('order/requires_node')
  })
  it('refuses a node the tool controls deny', () => {
    const state = edit(testGame(), (d) => {
      d.policies['euv-tool-control'] = { since: d.quarter, licence: null, revenueShare: 0, approved: [] }
    })
    expect(verdict(state, 'smic', { kind: 'advance-node', node: 'smic-n-plus-3' })).toBe('order/tool_blocked')
  })
})
