import { describe, expect, it } from 'vitest'
import { i18n } from '../../../../renderer/src/i18n/i18n'
import { describeTarget, regionName, targetKey } from '../../../../renderer/src/map/map-texts'
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
      detail: 'Advanced packaging in Taiwan · TSMC',
    })
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
