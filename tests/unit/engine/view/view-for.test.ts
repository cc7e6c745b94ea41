import { describe, expect, it } from 'vitest'
import { reportFor, viewFor } from '../../../../app/engine'
import { play, testGame } from '../../../fixtures/rules/test-game'

describe('viewFor', () => {
  it('gives a seat its own faction in full and others’ public figures only', () => {
    const view = viewFor(testGame(), 'nvidia')
    expect(view.factions.nvidia?.private?.cashBn).toBe(15)
    expect(view.factions.huawei?.private).toBeNull()
    expect(view.factions.huawei?.public.reputation).toBe(60)
    expect(view.programs).toEqual([])
    expect(view.chips['alibaba-ppu']).toBeUndefined()
    expect(JSON.stringify(view)).not.toContain('"rng"')
  })
  it('lets the facilitator see everything', () => {
    const view = viewFor(testGame(), 'facilitator')
    expect(view.factions.huawei?.private?.cashBn).toBe(20)
    expect(view.chips['alibaba-ppu']?.known?.how).toBe('facilitator')
    expect(view.programs).toHaveLength(1)
  })
  it('marks chips known by benchmark', () => {
    const state = play(testGame(), { huawei: [{ kind: 'benchmark-chip', chip: 'ascend-910b' }] }).state
    expect(viewFor(state, 'usa').chips['ascend-910b']?.known).toMatchObject({ how: 'benchmark', specs: { bf16Tflops: 280 } })
  })
})

describe('reportFor', () => {
  it('keeps a seat’s own flows, production and refusals, and the public results', () => {
    const { report } = play(testGame(), { nvidia: [{ kind: 'book-production', chip: 'h100', wafersPerQuarter: 5000 }, { kind: 'enact-policy', policy: 'x' }] })
    const mine = reportFor(report, 'nvidia')
    const theirs = reportFor(report, 'huawei')
    expect(mine.production.some((p) => p.chip === 'h100')).toBe(true)
    expect(theirs.production.some((p) => p.chip === 'h100')).toBe(false)
    expect(mine.refusals.nvidia).toHaveLength(1)
    expect(theirs.refusals).toEqual({})
    expect(theirs.flows.every((f) => f.from === 'huawei' || f.to === 'huawei')).toBe(true)
    expect(theirs.market.pools).toEqual(report.market.pools)
  })
})

describe('publicRules in a view', () => {
  it('keeps scenario starting secrets (programs, stocks, bookings, cash) out', () => {
    const setup = viewFor(testGame(), 'usa').rules.scenarios['fixture-long']?.factions.find((f) => f.faction === 'alibaba')
    expect(setup).toMatchObject({ programs: [], inventory: [], bookings: [], cashBn: 0 })
    expect(viewFor(testGame(), 'facilitator').rules.scenarios['fixture-long']?.factions.find((f) => f.faction === 'alibaba')?.programs).toHaveLength(1)
  })
})
