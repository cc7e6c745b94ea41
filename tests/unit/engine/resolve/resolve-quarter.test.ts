import { describe, expect, it } from 'vitest'
import { PHASES, hashState, resolveQuarter } from '../../../../app/engine'
import { edit, play, playRandom, testGame } from '../../../fixtures/rules/test-game'

describe('resolveQuarter', () => {
  it('runs the nine phases of GAME.md in order', () => {
    expect(PHASES).toEqual(['policies', 'research', 'allocation', 'production', 'market', 'deployment', 'finances', 'events', 'truth-and-scoring'])
    const seen: number[] = []
    resolveQuarter(testGame(), {}, { onPhase: (p) => seen.push(p) })
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })
  it('is pure: the input state is unchanged', () => {
    const state = testGame()
    const before = hashState(state)
    play(state, { nvidia: [{ kind: 'book-production', chip: 'h100', wafersPerQuarter: 5000 }] })
    expect(hashState(state)).toBe(before)
  })
  it('carries chips from wafers to the market to the pools’ installed base', () => {
    const { state, report } = play(testGame(), { nvidia: [{ kind: 'book-production', chip: 'h100', wafersPerQuarter: 5000 }] })
    expect(report.production.find((p) => p.chip === 'h100')?.units).toBeGreaterThan(100_000)
    expect(report.market.pools['us-hyperscalers']?.shares.h100).toBeGreaterThan(0)
    expect(state.pools['us-hyperscalers']?.installed.h100).toBeGreaterThan(0)
    expect(report.flows.some((f) => f.from === 'outside:pool:us-hyperscalers' && f.to === 'nvidia')).toBe(true)
  })
  it('caps production by HBM when stacks run short', () => {
    const state = edit(testGame(), (d) => {
      const line = d.hbm['cxmt-hbm2']
      if (line !== undefined) line.capacity = 0
      const huawei = d.factions.huawei
      if (huawei !== undefined) huawei.inventory['cxmt-hbm2'] = 400
    })
    const { report } = play(state, { huawei: [{ kind: 'book-production', chip: 'ascend-910b', wafersPerQuarter: 1000 }] })
    expect(report.production.find((p) => p.chip === 'ascend-910b')).toMatchObject({ units: 100, limitedBy: 'hbm' })
  })
  it('sells controlled chips to pools with a grey-market appetite, at a premium', () => {
    const { report } = play(testGame({ seed: 3 }), { nvidia: [{ kind: 'book-production', chip: 'h100', wafersPerQuarter: 5000 }] })
    expect(report.market.pools['china-internet']?.greyUnits).toBeGreaterThan(0)
  })
  it('records a history point per quarter for the charts', () => {
    const state = playRandom(testGame(), 3)
    expect(state.history.map((h) => h.quarter)).toEqual([state.startQuarter, state.startQuarter + 1, state.startQuarter + 2])
  })
  it('breaks the installed compute of each history point down by chip maker and by region, both adding up to the same total', () => {
    const { state } = play(testGame(), { nvidia: [{ kind: 'book-production', chip: 'h100', wafersPerQuarter: 5000 }] })
    const point = state.history.at(-1)
    const byMaker = Object.values(point?.computeByMaker ?? {}).reduce((a, b) => a + b, 0)
    const byRegion = Object.values(point?.computeByRegion ?? {}).reduce((a, b) => a + b, 0)
    expect(point?.computeByMaker?.nvidia).toBeGreaterThan(0)
    expect(byMaker).toBeGreaterThan(0)
    expect(byRegion).toBeCloseTo(byMaker, 6)
  })
  it("serves a packaging line's own bloc first: Nvidia's demand beyond CoWoS does not crowd Huawei out of China's line", () => {
    const { report } = play(testGame(), {
      nvidia: [{ kind: 'book-production', chip: 'h100', wafersPerQuarter: 40_000 }],
      huawei: [{ kind: 'book-production', chip: 'ascend-910b', wafersPerQuarter: 1000 }],
    })
    const cowos = report.capacity.find((c) => c.id === 'cowos')
    expect(cowos?.used).toBe(cowos?.capacity)
    const ascend = report.production.find((p) => p.chip === 'ascend-910b')
    expect(ascend?.units).toBeGreaterThan(0)
    expect(ascend?.limitedBy).not.toBe('packaging')
  })
  it('keeps a pool that shuns the rival bloc from buying its chips even when nothing else is in stock', () => {
    const stocked = (shuns: boolean) =>
      edit(testGame(), (d) => {
        const pool = d.rules.demandPools['us-hyperscalers']
        if (pool !== undefined) pool.shunsRival = shuns
        const nvidia = d.factions.nvidia
        if (nvidia !== undefined) for (const chip of Object.keys(nvidia.inventory)) nvidia.inventory[chip] = 0
        const huawei = d.factions.huawei
        if (huawei !== undefined) huawei.inventory['ascend-910b'] = 50_000
        const chip = d.chips['ascend-910b']
        if (chip !== undefined) {
          chip.public = true
          chip.launched = d.quarter - 1
        }
      })
    expect(play(stocked(false)).report.market.pools['us-hyperscalers']?.units['ascend-910b']).toBeGreaterThan(0)
    expect(play(stocked(true)).report.market.pools['us-hyperscalers']?.units['ascend-910b']).toBeUndefined()
  })
  it("counts the cards China bought that quarter, pools' and players' alike, and those Chinese firms made", () => {
    const { state, report } = play(testGame({ seed: 3 }), {
      nvidia: [{ kind: 'book-production', chip: 'h100', wafersPerQuarter: 5000 }],
      huawei: [{ kind: 'book-production', chip: 'ascend-910b', wafersPerQuarter: 1000 }],
    })
    const chinaPools = Object.entries(report.market.pools).filter(([id]) => state.rules.demandPools[id]?.region === 'china')
    const poolUnits = (domesticOnly: boolean): number =>
      chinaPools.reduce((s, [, pool]) => s + Object.entries(pool.units).filter(([chip]) => !domesticOnly || state.chips[chip]?.maker === 'huawei').reduce((a, [, u]) => a + u, 0), 0)
    const bought = report.market.purchases.filter((p) => state.rules.factions[p.buyer]?.region === 'china').reduce((s, p) => s + p.units - p.seized, 0)
    const cards = state.history.at(-1)?.chinaCards
    expect(poolUnits(false)).toBeGreaterThan(0)
    expect(cards).toEqual({ units: Math.round(poolUnits(false) + bought), domestic: Math.round(poolUnits(true)) })
  })
  it('ends the game at the scenario’s last quarter with a winner among the seats', () => {
    const state = playRandom(testGame({ scenario: 'fixture-short' }), 20)
    expect(state.over?.reason).toBe('end')
    expect(state.seats).toContain(state.over?.winner)
    expect(resolveQuarter(state, { usa: [{ kind: 'set-enforcement', seizureChance: 0.1 }] }).report.refusals.usa?.[0]?.refusal.code).toBe('order/game_over')
  })
  it('ends in a crisis at the top of the tension track, costing everyone points', () => {
    const state = edit(testGame(), (d) => {
      d.tension = 97
    })
    const { state: next, report } = play(state, { usa: [{ kind: 'enact-policy', policy: 'oct-2023-chip-rule' }] })
    expect(next.over?.reason).toBe('crisis')
    expect(report.vp.usa).toContainEqual({ objective: 'crisis', points: -20 })
  })
  it('decays tension by restraint each quarter', () => {
    expect(play(testGame()).report.tension.causes).toContainEqual({ cause: 'restraint', delta: -1 })
  })
})

describe('finances', () => {
  it('books capital spending as assets and depreciates them, without a cash flow', () => {
    let state = play(testGame(), { alibaba: [{ kind: 'build-datacenter', region: 'china', mw: 200 }] }).state
    expect(state.factions.alibaba?.financials.capexBn).toBeCloseTo(1.6)
    const assets = state.factions.alibaba?.assetsBn ?? 0
    expect(assets).toBeCloseTo(1.6 - 1.6 / 16)
    const { state: next, report } = play(state)
    state = next
    expect(state.factions.alibaba?.financials.depreciationBn).toBeCloseTo(assets / 16)
    expect(report.notes).toContainEqual(expect.objectContaining({ seat: 'alibaba', code: 'finance/summary' }))
  })
})

describe('financials', () => {
  it('count market payments from other factions as revenue (a foundry’s wafers)', () => {
    const { state } = play(testGame(), { nvidia: [{ kind: 'book-production', chip: 'h100', wafersPerQuarter: 1000 }] })
    expect(state.factions.tsmc?.financials.revenueBn).toBeGreaterThan(0)
  })
})
