import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createGame, resolveQuarter, viewFor, type GameState, type Rules } from '../../../../app/engine'
import { loadDataFolder } from '../../../../app/host/data/data-folder'
import {
  compactNumber,
  domesticShare,
  MAX_VENDORS,
  OTHER,
  partyColours,
  regionCompute,
  revenue,
  tension,
  vendorShares,
  victoryPoints,
  type HistoryPoint,
  type SeriesContext,
} from '../../../../renderer/src/charts/chart-series'
import { OKABE_ITO, toCssColour } from '../../../../renderer/src/map/palette'
import { defaultOwnerColour } from '../../../../renderer/src/map/owner-colours'
import { quarterLabel } from '../../../../renderer/src/screens/game/format'

let rules: Rules
let ctx: SeriesContext

beforeAll(() => {
  const loaded = loadDataFolder(path.resolve(__dirname, '../../../../game-data/base'))
  if (loaded.rules === undefined) throw new Error('game-data/base does not load')
  rules = loaded.rules
  ctx = { rules, palette: 'default', quarterLabel, partyName: (id) => `name:${id}`, regionName: (id) => `region:${id}`, otherLabel: 'Other' }
})

/** A history point with just the figures a test sets. */
function point(quarter: number, extra: Partial<HistoryPoint> = {}): HistoryPoint {
  return {
    quarter,
    tension: 20,
    factions: { nvidia: { vp: 1, reputation: 50, computeH100e: 0, capability: 0 }, huawei: { vp: 2, reputation: 50, computeH100e: 0, capability: 0 } },
    financials: {},
    chinaDomesticShare: 0.25,
    computeRatio: 3,
    ...extra,
  }
}

describe('compute share by vendor', () => {
  it('gives each quarter the vendors as percentages of installed compute that add up to 100', () => {
    const history = [point(8092, { computeByMaker: { nvidia: 300, huawei: 100 } }), point(8093, { computeByMaker: { nvidia: 300, huawei: 300 } })]
    const data = vendorShares(history, ctx)
    expect(data.empty).toBe(false)
    expect(data.series.map((s) => s.key)).toEqual(['nvidia', 'huawei'])
    expect(data.rows[0]).toMatchObject({ quarter: 8092, label: quarterLabel(8092), nvidia: 75, huawei: 25 })
    expect(data.rows[1]).toMatchObject({ nvidia: 50, huawei: 50 })
    expect(data.series[0]?.label).toBe('name:nvidia')
  })

  it('says there is no data when no quarter kept compute by maker (games saved before it was kept)', () => {
    const data = vendorShares([point(8092), point(8093)], ctx)
    expect(data).toMatchObject({ empty: true, rows: [], series: [], missing: 2 })
    expect(vendorShares([], ctx).empty).toBe(true)
  })

  it('charts only the quarters that have the figure and counts the ones that lack it', () => {
    const data = vendorShares([point(8092), point(8093, { computeByMaker: { nvidia: 10 } })], ctx)
    expect(data.rows.map((r) => r.quarter)).toEqual([8093])
    expect(data.missing).toBe(1)
  })

  it(`names the ${MAX_VENDORS} largest vendors and gathers the rest as Other`, () => {
    const byMaker = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`maker-${i}`, 100 - i * 5]))
    const data = vendorShares([point(8092, { computeByMaker: byMaker })], ctx)
    expect(data.series).toHaveLength(MAX_VENDORS + 1)
    expect(data.series.at(-1)).toMatchObject({ key: OTHER, label: 'Other' })
    const row = data.rows[0]!
    const total = data.series.reduce((s, x) => s + (row[x.key] as number), 0)
    expect(total).toBeCloseTo(100, 9)
    expect(data.series.map((s) => s.key)).not.toContain('maker-9')
  })

  it('gives a quarter with no installed compute zero shares rather than dividing by zero', () => {
    const data = vendorShares([point(8092, { computeByMaker: { nvidia: 0, huawei: 5 } }), point(8093, { computeByMaker: { nvidia: 0, huawei: 0 } })], ctx)
    expect(data.rows[1]).toMatchObject({ huawei: 0 })
  })
})

describe('colours', () => {
  it("uses each party's own map colour in the default palette", () => {
    const data = vendorShares([point(8092, { computeByMaker: { nvidia: 3, huawei: 1 } })], ctx)
    expect(data.series.find((s) => s.key === 'nvidia')?.colour).toBe(toCssColour(defaultOwnerColour('nvidia')))
  })

  it('uses the Okabe–Ito colours by position, factions first as on the map, in the colour-blind palette', () => {
    const colours = partyColours(['amd', 'huawei', 'nvidia'], ['nvidia', 'huawei'], 'colour-blind')
    expect(colours.get('nvidia')).toBe(toCssColour(OKABE_ITO[0]!))
    expect(colours.get('huawei')).toBe(toCssColour(OKABE_ITO[1]!))
    expect(colours.get('amd')).toBe(toCssColour(OKABE_ITO[2]!))
  })
})

describe('compute by region', () => {
  it("keeps the rules' region order and H100e values, without regions that never had compute", () => {
    const data = regionCompute([point(8092, { computeByRegion: { china: 50, us: 200, eu: 0 } })], ctx)
    const order = Object.keys(rules.regions)
    expect(data.series.map((s) => s.key)).toEqual(['us', 'china'].sort((a, b) => order.indexOf(a) - order.indexOf(b)))
    expect(data.rows[0]).toMatchObject({ us: 200, china: 50 })
    expect(data.series.find((s) => s.key === 'us')?.label).toBe('region:us')
  })

  it('says there is no data for a history without compute by region', () => {
    expect(regionCompute([point(8092)], ctx).empty).toBe(true)
  })
})

describe('revenue', () => {
  it('leaves a gap (null) where the seat may not yet see a faction\'s financials', () => {
    const history = [point(8092, { financials: { nvidia: { cashBn: 1, revenueBn: 10 }, huawei: { cashBn: 1, revenueBn: 5 } } }), point(8093, { financials: { huawei: { cashBn: 1, revenueBn: 6 } } })]
    const data = revenue(history, ctx)
    expect(data.series.map((s) => s.key)).toEqual(['nvidia', 'huawei'])
    expect(data.rows[1]).toMatchObject({ nvidia: null, huawei: 6 })
    expect(data.missing).toBe(1)
  })

  it('says there is no data when no faction reported revenue', () => {
    expect(revenue([point(8092)], ctx).empty).toBe(true)
  })
})

describe('domestic share, tension and victory points', () => {
  const labels = { installed: 'Installed', cards: 'Cards' }

  it("gives China's domestic share of installed compute and of the cards bought that quarter, in percent", () => {
    const data = domesticShare([point(8092, { chinaCards: { units: 400, domestic: 164 } })], ctx, labels)
    expect(data.rows[0]).toMatchObject({ china: 25, cards: 41 })
    expect(data.series.map((s) => s.key)).toEqual(['cards', 'china'])
  })

  it('leaves a quarter in which China bought no cards blank, and drops the card line for games saved before it was kept', () => {
    expect(domesticShare([point(8092, { chinaCards: { units: 0, domestic: 0 } })], ctx, labels).rows[0]).toMatchObject({ cards: null })
    const old = domesticShare([point(8092)], ctx, labels)
    expect(old.series.map((s) => s.key)).toEqual(['china'])
  })

  it('carries the crisis line from the rules with the tension', () => {
    const data = tension([point(8092, { tension: 35 })], ctx, 'Tension')
    expect(data.crisis).toBe(rules.constants.crisisTension)
    expect(data.rows[0]).toMatchObject({ tension: 35 })
  })

  it('draws one line per faction, null where a faction is missing from a quarter', () => {
    const later = point(8093)
    delete later.factions.huawei
    const data = victoryPoints([point(8092), later], ctx)
    expect(data.series.map((s) => s.key)).toEqual(['nvidia', 'huawei'])
    expect(data.rows[1]).toMatchObject({ nvidia: 1, huawei: null })
  })
})

describe('charts from a real game', () => {
  it("builds every chart from a classroom game's history after two quarters", () => {
    let state: GameState
    const created = createGame(rules, { scenarioId: 'classroom', seed: 7 })
    if (!created.ok) throw new Error(created.message)
    state = created.state
    for (let i = 0; i < 2; i++) state = resolveQuarter(state, {}).state
    const history = viewFor(state, 'alibaba').history
    expect(history).toHaveLength(2)
    const vendors = vendorShares(history, ctx)
    expect(vendors.empty).toBe(false)
    expect(vendors.series.map((s) => s.key)).toContain('nvidia')
    for (const row of vendors.rows) expect(vendors.series.reduce((s, x) => s + (row[x.key] as number), 0)).toBeCloseTo(100, 6)
    expect(regionCompute(history, ctx).empty).toBe(false)
    expect(victoryPoints(history, ctx).series.length).toBe(Object.keys(history[0]!.factions).length)
    // The seat sees its own revenue at once; others' only after the reporting lag.
    const rev = revenue(history, ctx)
    expect(rev.series.map((s) => s.key)).toContain('alibaba')
  })
})

describe('compact numbers for axes', () => {
  it('shortens thousands and millions', () => {
    expect(compactNumber(950)).toBe('950')
    expect(compactNumber(12_000)).toBe('12k')
    expect(compactNumber(3_400_000)).toBe('3.4M')
    expect(compactNumber(0.25)).toBe('0.25')
  })
})
