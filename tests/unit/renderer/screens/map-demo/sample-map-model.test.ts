import { describe, expect, it } from 'vitest'
import { sampleFlows, sampleMapModel } from '../../../../../renderer/src/screens/map-demo/sample-map-model'

describe('sampleMapModel', () => {
  const model = sampleMapModel(500)

  it('has the nine regions of the base game', () => {
    expect(model.regions.map((r) => r.id).sort()).toEqual(['china', 'eu', 'gulf', 'japan', 'korea', 'row', 'sea', 'taiwan', 'us'])
  })

  it('places every region and site inside the world', () => {
    for (const region of model.regions) {
      expect(region.x).toBeGreaterThan(0)
      expect(region.x).toBeLessThan(1)
      expect(region.y).toBeGreaterThan(0)
      expect(region.y).toBeLessThan(1)
    }
  })

  it('makes the asked number of flows, each between two different known regions and owners', () => {
    const regions = new Set(model.regions.map((r) => r.id))
    const owners = new Set(model.owners.map((o) => o.id))
    expect(model.flows).toHaveLength(500)
    expect(new Set(model.flows.map((f) => f.id)).size).toBe(500)
    for (const flow of model.flows) {
      expect(regions.has(flow.from) && regions.has(flow.to) && flow.from !== flow.to).toBe(true)
      expect(owners.has(flow.owner)).toBe(true)
    }
  })

  it('draws the same flows every time', () => {
    expect(sampleFlows(100)).toEqual(sampleFlows(100))
  })

  it('has the real sites the harness promises', () => {
    const site = (region: string, kind: string) => model.regions.find((r) => r.id === region)?.sites.filter((s) => s.kind === kind) ?? []
    expect(site('taiwan', 'fab').length).toBeGreaterThan(0)
    expect(site('taiwan', 'packaging').some((s) => s.label.includes('CoWoS'))).toBe(true)
    expect(site('us', 'fab').some((s) => s.label.includes('Arizona'))).toBe(true)
    expect(site('china', 'fab').some((s) => s.owner === 'smic')).toBe(true)
    expect(site('korea', 'hbm').map((s) => s.owner).sort()).toEqual(['samsung', 'skhynix'])
    for (const region of ['us', 'china', 'gulf']) expect(site(region, 'datacentre').length).toBeGreaterThan(0)
  })
})
