import { describe, expect, it } from 'vitest'
import { i18n } from '../../../../renderer/src/i18n/i18n'
import { describeTarget, flowAmountText, ownersOnMap, regionName, siteCapacityText, targetKey } from '../../../../renderer/src/map/map-texts'
import { sampleMapModel } from '../../../../renderer/src/screens/map-demo/sample-map-model'

const model = sampleMapModel(0)
const taiwan = model.regions.find((r) => r.id === 'taiwan')
if (taiwan === undefined) throw new Error('sample model lacks Taiwan')
const cowos = taiwan.sites.find((s) => s.id === 'cowos')
if (cowos === undefined) throw new Error('sample model lacks CoWoS')
const t = i18n.t.bind(i18n)

describe('describeTarget', () => {
  it("names a region with its alignment and number of sites", () => {
    expect(describeTarget(model, { type: 'region', region: taiwan }, t)).toEqual({ title: 'Taiwan', detail: 'Contested · 3 sites' })
  })

  it('names a site with its kind, region and owner', () => {
    expect(describeTarget(model, { type: 'site', region: taiwan, site: cowos }, t)).toEqual({
      title: 'TSMC CoWoS (Chunan AP6)',
      detail: 'Advanced packaging in Taiwan · TSMC · 35,000 chips packaged / quarter',
    })
  })

  it('says the unit of every capacity and flow amount', () => {
    const site = (kind: 'fab' | 'packaging' | 'hbm' | 'datacentre') => siteCapacityText({ id: 's', kind, owner: 'o', label: 'S', capacity: 12345 }, t)
    expect(site('fab')).toBe('12,345 wafers / quarter')
    expect(site('packaging')).toBe('12,345 chips packaged / quarter')
    expect(site('hbm')).toBe('12,345 HBM stacks / quarter')
    expect(site('datacentre')).toBe('12,345 MW')
    expect(siteCapacityText({ id: 's', kind: 'fab', owner: 'o', label: 'S' }, t)).toBeNull()
    const flow = (kind: 'wafers' | 'chips' | 'compute', amount?: number) => flowAmountText({ id: 'f', from: 'taiwan', to: 'us', kind, volume: 40, owner: 'nvidia', grey: false, ...(amount === undefined ? {} : { amount }) }, t)
    expect(flow('wafers', 3000)).toBe('3,000 wafers / quarter')
    expect(flow('chips', 120000)).toBe('120,000 chips / quarter')
    expect(flow('compute', 5000)).toBe('5,000 H100e rented')
    expect(flow('chips')).toBe('volume 40 of 100')
  })

  it('names a flow by its route, owner, amount and grey market', () => {
    const us = model.regions.find((r) => r.id === 'us')
    const tw = sampleMapModel().flows.find((f) => f.from === 'taiwan' && f.to === 'us')
    if (us === undefined || tw === undefined) throw new Error('sample model lacks the Taiwan → US flow')
    const grey = { ...tw, grey: true }
    expect(describeTarget(model, { type: 'flow', region: taiwan, to: us, flow: grey }, t)).toEqual({
      title: 'Chips: Taiwan → United States',
      detail: `Nvidia · ${(tw.amount ?? 0).toLocaleString('en')} chips / quarter · Grey market`,
    })
    expect(targetKey({ type: 'flow', region: taiwan, to: us, flow: tw })).toBe(`flow:${tw.id}`)
  })
})

describe('regionName and targetKey', () => {
  it("uses the region's label when no game text is loaded", () => {
    expect(regionName({ ...taiwan, nameKey: 'region.nowhere' })).toBe('Taiwan')
  })

  it('tells targets apart', () => {
    expect(targetKey(null)).toBe('')
    expect(targetKey({ type: 'region', region: taiwan })).toBe('region:taiwan')
    expect(targetKey({ type: 'site', region: taiwan, site: cowos })).toBe('site:taiwan:cowos')
  })
})

describe('controls', () => {
  it('names a control by its label, kind, route and strength', () => {
    const eu = model.regions.find((r) => r.id === 'eu')
    const china = model.regions.find((r) => r.id === 'china')
    const barrier = model.barriers.find((b) => b.id === 'eu-cn-euv')
    if (eu === undefined || china === undefined || barrier === undefined) throw new Error('sample model lacks the EUV ban')
    const target = { type: 'control' as const, region: eu, to: china, barrier }
    expect(describeTarget(model, target, t)).toEqual({ title: 'EUV tool ban', detail: 'Control in force · Netherlands / EU → China · strength 90 of 100' })
    expect(targetKey(target)).toBe('control:eu-cn-euv')
  })
})

describe('ownersOnMap', () => {
  it('lists only owners with a site or a flow on the map, in order', () => {
    const lonely = { id: 'nobody', label: 'Nobody', colour: 0x123456 }
    const withLonely = { ...model, owners: [...model.owners, lonely] }
    expect(ownersOnMap(withLonely).map((o) => o.id)).not.toContain('nobody')
    expect(ownersOnMap(withLonely).map((o) => o.id)).toContain('tsmc')
    const flowOnly = { ...withLonely, flows: [{ id: 'x', from: 'us', to: 'eu', kind: 'chips' as const, volume: 10, owner: 'nobody', grey: false }] }
    expect(ownersOnMap(flowOnly).map((o) => o.id)).toContain('nobody')
  })
})
