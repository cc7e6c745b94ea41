import { beforeAll, describe, expect, it } from 'vitest'
import { reportFor, resolveQuarter, viewFor, type GameState, type QuarterReport, type Rules } from '../../../../../app/engine'
import { baseGame, baseRules, baseTexts } from '../../../../../tests/fixtures/base-game'
import { mapFromView } from '../../../../../renderer/src/screens/game/map-from-view'
import { reportLines } from '../../../../../renderer/src/screens/game/report-lines'
import { formatBn, quarterLabel } from '../../../../../renderer/src/screens/game/format'

let rules: Rules
let texts: Record<string, string>
let start: GameState
let after: { state: GameState; report: QuarterReport }

beforeAll(() => {
  rules = baseRules()
  texts = baseTexts()
  start = baseGame()
  after = resolveQuarter(start, {})
})

describe('mapFromView', () => {
  it('has the nine regions with their names, blocs and the sample geography', () => {
    const model = mapFromView(viewFor(start, 'alibaba'), texts)
    expect(model.regions.map((r) => r.id).sort()).toEqual(['china', 'eu', 'gulf', 'japan', 'korea', 'row', 'sea', 'taiwan', 'us'])
    const taiwan = model.regions.find((r) => r.id === 'taiwan')
    expect(taiwan?.label).toBe(texts['region.taiwan.name'])
    expect(taiwan?.short).toBe('TW')
    expect(taiwan?.shapes?.length).toBeGreaterThan(0)
    expect(model.regions.find((r) => r.id === 'china')?.alignment).toBe('china')
    for (const r of model.regions) {
      expect(r.x).toBeGreaterThanOrEqual(0)
      expect(r.x).toBeLessThanOrEqual(1)
    }
    expect(model.landmasses?.length).toBeGreaterThan(0)
  })

  it('puts fabs, packaging, HBM lines and data centres on their regions', () => {
    const model = mapFromView(viewFor(start, 'alibaba'), texts)
    const sitesOf = (id: string): string[] => (model.regions.find((r) => r.id === id)?.sites ?? []).map((s) => s.kind)
    expect(sitesOf('taiwan')).toEqual(expect.arrayContaining(['fab', 'packaging']))
    expect(sitesOf('korea')).toEqual(expect.arrayContaining(['hbm']))
    expect(sitesOf('china')).toEqual(expect.arrayContaining(['fab', 'datacentre']))
    const tsmcFab = model.regions.find((r) => r.id === 'taiwan')?.sites.find((s) => s.id === 'fab:tsmc-fabs')
    expect(tsmcFab?.owner).toBe('tsmc')
    expect(tsmcFab?.capacity).toBeGreaterThan(0)
    // Every site's and flow's owner is a listed owner (the map colours by it).
    const owners = new Set(model.owners.map((o) => o.id))
    for (const r of model.regions) for (const s of r.sites) expect(owners.has(s.owner)).toBe(true)
    // The seat's own data centres say how many accelerators are installed.
    const own = model.regions.flatMap((r) => r.sites).filter((s) => s.kind === 'datacentre' && s.owner === 'alibaba')
    expect(own.length).toBeGreaterThan(0)
  })

  it('draws the controls in force as barriers from the US to their destinations', () => {
    const view = viewFor(start, 'alibaba')
    const model = mapFromView(view, texts)
    const usChina = model.barriers.find((b) => b.from === 'us' && b.to === 'china')
    expect(usChina).toBeDefined()
    expect(usChina?.strength).toBeGreaterThan(0)
    expect(usChina?.label).toContain(texts[rules.policies['oct-2023-chip-rule']?.name ?? ''] ?? '')
    for (const b of model.barriers) expect(b.strength).toBeLessThanOrEqual(100)
    // Fab capacity is in wafers a quarter, as the engine counts it (the map says the unit).
    const fab = model.regions.find((r) => r.id === 'taiwan')?.sites.find((s) => s.id === 'fab:tsmc-fabs')
    const online = Object.entries(view.nodes).filter(([id, n]) => rules.nodes[id]?.foundry === 'tsmc-fabs' && n.online)
    expect(fab?.capacity).toBe(Math.round(online.reduce((sum, [, n]) => sum + n.capacityWafers, 0)))
    // The Entity List rings China, naming the listed firms.
    const ring = model.barriers.find((b) => b.region === 'china')
    expect(ring?.label).toContain(texts[rules.factions.huawei?.name ?? ''] ?? 'huawei')
    // Without policies in force there are no barriers.
    expect(mapFromView({ ...view, policies: {} }, texts).barriers).toEqual([])
  })

  it("turns last quarter's market into chip flows from the maker's region, scaled 0–100", () => {
    const view = viewFor(after.state, 'alibaba')
    const model = mapFromView(view, texts, reportFor(after.report, 'alibaba'))
    expect(model.flows.length).toBeGreaterThan(0)
    const regionIds = new Set(model.regions.map((r) => r.id))
    for (const f of model.flows) {
      expect(regionIds.has(f.from) && regionIds.has(f.to)).toBe(true)
      expect(f.from).not.toBe(f.to)
      expect(f.volume).toBeGreaterThan(0)
      expect(f.volume).toBeLessThanOrEqual(100)
    }
    expect(Math.max(...model.flows.filter((f) => !f.grey).map((f) => f.volume))).toBe(100)
    // Nvidia's chips were made by TSMC in Taiwan: wafers go from Taiwan to the US.
    expect(model.flows.some((f) => f.kind === 'wafers' && f.owner === 'tsmc' && f.from === 'taiwan' && f.to === 'us')).toBe(true)
    // Alibaba rents cloud compute to Chinese customers at home: no cross-border flow for it.
    expect(model.flows.some((f) => f.kind === 'compute' && f.owner === 'alibaba' && f.to === 'china')).toBe(false)
    expect(model.tension).toBe(Math.round(after.state.tension))
  })

  it('draws chips sold abroad from the maker to the pool, and the grey market dashed through a hub', () => {
    const view = viewFor(after.state, 'alibaba')
    const market = { ...view.market, pools: { ...view.market.pools, 'china-internet': { spentBn: 2, shares: { a800: 0.4, 'ascend-910b': 0.4 } } } }
    const report = reportFor(after.report, 'alibaba')
    const grey = { ...report, market: { ...report.market, pools: { ...report.market.pools, 'china-internet': { budgetBn: 2, spentBn: 2, shares: {}, units: {}, greyUnits: 500, seizedUnits: 0 } } } }
    const model = mapFromView({ ...view, market }, texts, grey)
    const a800 = model.flows.find((f) => f.kind === 'chips' && f.owner === 'nvidia' && !f.grey)
    expect(a800).toMatchObject({ from: 'us', to: 'china' })
    // Huawei sells at home: no line.
    expect(model.flows.some((f) => f.kind === 'chips' && f.owner === 'huawei')).toBe(false)
    const hub = Object.entries(rules.regions).find(([, r]) => r.transshipmentHub)?.[0]
    const dashed = model.flows.filter((f) => f.grey)
    if (hub === undefined) expect(dashed).toEqual([])
    else expect(dashed).toEqual([expect.objectContaining({ from: hub, to: 'china', kind: 'chips', volume: 100 })])
  })

  it('gives each flow its amount in its unit: chips, wafers and H100e, from the market', () => {
    const view = viewFor(after.state, 'alibaba')
    const market = { ...view.market, pools: { ...view.market.pools, 'china-internet': { spentBn: 2, shares: { a800: 1 } } } }
    const model = mapFromView({ ...view, market }, texts)
    // US$ 2 bn of A800s at the market price: that many chips, to two significant figures.
    const price = view.market.chips.a800?.priceUsd ?? rules.chips.a800?.priceUsd ?? 0
    const a800 = model.flows.find((f) => f.kind === 'chips' && f.owner === 'nvidia' && f.to === 'china' && !f.grey)
    expect(price).toBeGreaterThan(0)
    expect(a800?.amount).toBeGreaterThan(0)
    expect(Math.abs((a800?.amount ?? 0) - 2e9 / price) / (2e9 / price)).toBeLessThan(0.06)
    for (const f of mapFromView(view, texts).flows) {
      expect(f.amount, f.id).toBeGreaterThan(0)
      expect(Number.isInteger(f.amount)).toBe(true)
    }
    // Wafers: fewer than the chips they make (many dies a wafer).
    const after2 = mapFromView(view, texts)
    const wafers = after2.flows.find((f) => f.kind === 'wafers' && f.from === 'taiwan' && f.to === 'us')
    const chipsSold = Object.values(view.market.chips).reduce((sum, c) => sum + c.units, 0)
    expect(wafers?.amount).toBeGreaterThan(0)
    expect(wafers?.amount ?? Infinity).toBeLessThan(chipsSold / 10)
  })

  it('places a modded region without geography of its own, and never crashes on it', () => {
    const view = viewFor(start, 'alibaba')
    const regions = {
      ...view.rules.regions,
      india: { ...(view.rules.regions.sea as NonNullable<(typeof view.rules.regions)['sea']>), id: 'india', name: 'region.india.name', map: { x: 0.66, y: 0.5 }, transshipmentHub: false },
      atlantis: { ...(view.rules.regions.row as NonNullable<(typeof view.rules.regions)['row']>), id: 'atlantis', name: 'region.atlantis.name', map: undefined },
    }
    const model = mapFromView({ ...view, rules: { ...view.rules, regions } }, texts)
    const india = model.regions.find((r) => r.id === 'india')
    const atlantis = model.regions.find((r) => r.id === 'atlantis')
    expect(india).toMatchObject({ x: 0.66, y: 0.5, short: 'IND', label: 'india' })
    expect(atlantis?.short).toBe('ATL')
    for (const r of [india, atlantis]) {
      expect(r?.x).toBeGreaterThan(0)
      expect(r?.x).toBeLessThan(1)
      expect(r?.y).toBeGreaterThan(0)
      expect(r?.y).toBeLessThan(1)
    }
    // The base regions keep the table's geography.
    expect(model.regions.find((r) => r.id === 'taiwan')).toMatchObject({ short: 'TW', labelSide: 'right' })
  })

  it('is deterministic and serialisable', () => {
    const view = viewFor(after.state, 'usa')
    const a = mapFromView(view, texts)
    expect(JSON.parse(JSON.stringify(a))).toEqual(mapFromView(view, texts))
  })
})

describe('reportLines', () => {
  it('traces the seat’s money, chips and VP to their causes', () => {
    const report = reportFor(after.report, 'nvidia')
    const lines = reportLines(report, 'nvidia', viewFor(after.state, 'nvidia'), rules, texts)
    expect(lines.money.length).toBeGreaterThan(0)
    for (const m of lines.money) expect(m.cause.length).toBeGreaterThan(0)
    expect(lines.netBn).toBeCloseTo(lines.money.reduce((s, m) => s + m.amountBn, 0))
    expect(lines.chips.length).toBeGreaterThan(0)
    // Each chip's buyers add up to its revenue (every dollar has a buyer).
    for (const c of lines.chips) expect(c.buyers.reduce((sum, b) => sum + b.spentBn, 0)).toBeCloseTo(c.revenueBn, 3)
    expect(lines.chips.find((c) => c.chip === 'H100 SXM')?.buyers[0]?.pool).toBe(texts[rules.demandPools['us-hyperscalers']?.name ?? ''])
    expect(lines.vpTotal).toBeCloseTo((report.vp.nvidia ?? []).reduce((s, v) => s + v.points, 0))
    // Objective names come from the game texts, not raw ids.
    for (const v of lines.vp) expect(v.objective).not.toMatch(/^objective:/)
  })
})

describe('reportLines refusals', () => {
  it("lists the seat's refused orders by name with the engine's reason", () => {
    const report = reportFor(after.report, 'nvidia')
    const refused = { ...report, refusals: { nvidia: [{ index: 0, kind: 'set-price', refusal: { code: 'order/unknown_chip' as const, message: 'No such chip.', path: ['chip'] } }] } }
    const lines = reportLines(refused, 'nvidia', viewFor(after.state, 'nvidia'), rules, texts)
    expect(lines.refused).toEqual([{ order: texts['order.set-price.name'] ?? 'set-price', reason: 'unknown chip', message: 'No such chip.' }])
    expect(reportLines(report, 'nvidia', viewFor(after.state, 'nvidia'), rules, texts).refused).toEqual([])
  })
})

describe('format', () => {
  it('labels quarters as the host does and money with signs', () => {
    expect(quarterLabel(2023 * 4 + 3)).toBe('2023 Q4')
    expect(formatBn(-0.4)).toBe('−$0.40 bn')
    expect(formatBn(12.34, true)).toBe('+$12.3 bn')
  })
})
