import { describe, expect, it } from 'vitest'
import { createGame, type Rules } from '../../../../app/engine'
import { fixtureRules, play } from '../../../fixtures/rules/test-game'

function gameWith(change: (rules: Rules) => Rules) {
  const created = createGame(change(fixtureRules()), { scenarioId: 'fixture-long', seed: 1 })
  if (!created.ok) throw new Error(created.message)
  return created.state
}

describe('phase 2: research and capacity', () => {
  it('follows a node’s capacity path, keeping changes made in play', () => {
    const state = gameWith((r) => ({ ...r, nodes: { ...r.nodes, 'smic-n-plus-2': { ...r.nodes['smic-n-plus-2']!, capacityPath: [{ quarter: '2022Q1', capacity: 50_000 }, { quarter: '2023Q1', capacity: 90_000 }] } } }))
    expect(state.nodes['smic-n-plus-2']?.capacityWafers).toBe(50_000)
    // The first quarter played is the start (2022Q4); the step comes with 2023Q1.
    const next = play(play(state).state).state
    expect(next.nodes['smic-n-plus-2']?.capacityWafers).toBe(90_000)
  })
  it('follows a packaging line’s capacity path', () => {
    const state = gameWith((r) => ({ ...r, packaging: { ...r.packaging, 'china-packaging': { ...r.packaging['china-packaging']!, growthPerQuarter: 0, capacityPath: [{ quarter: '2023Q1', capacity: 400_000 }] } } }))
    expect(state.packaging['china-packaging']?.capacity).toBe(150_000)
    expect(play(play(state).state).state.packaging['china-packaging']?.capacity).toBe(400_000)
  })
  it('brings a node online on its first quarter unless a tool control blocks it', () => {
    const base = gameWith((r) => ({ ...r, nodes: { ...r.nodes, 'tsmc-n3': { ...r.nodes['tsmc-n3']!, availableFrom: '2023Q1' }, 'smic-n-plus-3': { ...r.nodes['smic-n-plus-3']!, availableFrom: '2023Q1' } } }))
    const next = play(play(base, { usa: [{ kind: 'enact-policy', policy: 'euv-tool-control' }] }).state).state
    expect(next.nodes['tsmc-n3']?.online).toBe(true)
    expect(next.nodes['smic-n-plus-3']?.online).toBe(false)
  })
  it('books a non-player chip’s own wafer figure', () => {
    const state = gameWith((r) => ({ ...r, chips: { ...r.chips, mi300x: { ...r.chips.mi300x!, firstQuarter: '2022Q4', actorWafersPerQuarter: 1234 } } }))
    expect(play(state).report.production.find((p) => p.chip === 'mi300x')?.wafers).toBe(1234)
  })
  it('limits a procurement policy to the pools it names', () => {
    const state = gameWith((r) => ({ ...r, policies: { ...r.policies, 'buy-domestic': { ...r.policies['buy-domestic']!, params: { ...r.policies['buy-domestic']!.params, bannedChips: ['a100'], pools: ['row-buyers'] } } } }))
    const { report } = play(state, { prc: [{ kind: 'enact-policy', policy: 'buy-domestic' }] })
    expect(report.market.pools['row-buyers']?.shares.a100).toBeUndefined()
    expect(report.market.pools['us-hyperscalers']?.shares.a100).toBeGreaterThan(0)
  })
})
