import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

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
  it("checks against the grid the seat can know: a rival's construction, private, neither refuses the order nor shows in its message", () => {
    const free = (s: ReturnType<typeof testGame>): number => (s.gridMw.china ?? 0) - Object.values(s.factions).reduce((sum, f) => sum + (f.datacenterMw.china ?? 0), 0)
    const base = testGame()
    // Huawei is building all but 100 MW of what is free in China: Alibaba cannot see it.
    const state = edit(base, (d) => {
      d.factions.huawei?.building.push({ region: 'china', mw: free(base) - 100, ready: d.quarter + 3 })
    })
    expect(verdict(state, 'alibaba', order)).toBe('ok')
    const { state: next, report } = play(state, { alibaba: [order] })
    // It gets what was really left, pays for that, and the report says why.
    expect(next.factions.alibaba?.building.at(-1)).toMatchObject({ region: 'china', mw: 100 })
    expect(report.flows).toContainEqual({ from: 'alibaba', to: 'outside:construction', amountBn: 0.8, cause: 'order:build-datacenter' })
    expect(report.notes).toContainEqual(expect.objectContaining({ seat: 'alibaba', code: 'deploy/grid-short', params: { region: 'china', asked: 200, built: 100 } }))
  })
  it('refuses a faction that runs no cloud', () => expect(verdict(testGame(), 'nvidia', order)).toBe('order/wrong_faction_kind'))
})
