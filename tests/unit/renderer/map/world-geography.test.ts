import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pointInPolygon } from '../../../../renderer/src/map/hit-test'
import { fallbackPlace, knownPlace, placeRegions, REGION_GEOGRAPHY } from '../../../../renderer/src/map/world-geography'

const baseRegionIds = (
  JSON.parse(readFileSync(path.resolve(__dirname, '../../../../game-data/base/regions.json'), 'utf8')) as { records: { id: string }[] }
).records.map((r) => r.id)

describe('REGION_GEOGRAPHY', () => {
  it('is keyed by the base game region ids, one entry each', () => {
    expect(Object.keys(REGION_GEOGRAPHY).sort()).toEqual([...baseRegionIds].sort())
  })

  it('gives each region a hub inside the world, a label side and its short code', () => {
    for (const id of baseRegionIds) {
      const place = knownPlace(id)
      expect(place, id).toBeDefined()
      expect(place?.x).toBeGreaterThan(0)
      expect(place?.x).toBeLessThan(1)
      expect(place?.y).toBeGreaterThan(0)
      expect(place?.y).toBeLessThan(1)
      expect(['below', 'above', 'left', 'right']).toContain(place?.labelSide)
      expect(place?.short).toMatch(/^[A-Z]{2,3}$/)
    }
  })

  it('puts the hub of every region with an outline inside or beside it', () => {
    for (const id of ['us', 'china', 'korea', 'eu', 'gulf']) {
      const place = knownPlace(id)
      expect(place?.shapes?.some((shape) => pointInPolygon({ x: place.x, y: place.y }, shape)), id).toBe(true)
    }
  })

  it('knows nothing of an id that is not a region (not even Object.prototype keys)', () => {
    expect(knownPlace('atlantis')).toBeUndefined()
    expect(knownPlace('constructor')).toBeUndefined()
  })
})

describe('placeRegions', () => {
  it('places a modded region without an entry at its data position, or in open sea, clear of the others', () => {
    const places = placeRegions([...baseRegionIds.map((id) => ({ id })), { id: 'india', map: { x: 0.66, y: 0.5 } }, { id: 'atlantis' }, { id: 'mu' }])
    expect(places.size).toBe(baseRegionIds.length + 3)
    expect(places.get('india')).toMatchObject({ x: 0.66, y: 0.5, short: 'IND', labelSide: 'below' })
    const atlantis = places.get('atlantis')
    const mu = places.get('mu')
    expect(atlantis?.shapes).toBeUndefined()
    for (const place of [atlantis, mu]) {
      expect(place?.x).toBeGreaterThan(0)
      expect(place?.x).toBeLessThan(1)
      expect(place?.y).toBeGreaterThan(0)
      expect(place?.y).toBeLessThan(1)
    }
    // No fallback lands on top of another region's hub.
    for (const id of ['india', 'atlantis', 'mu']) {
      const p = places.get(id)
      for (const [other, q] of places) if (other !== id && p !== undefined) expect(Math.hypot((p.x - q.x) * 1.8, p.y - q.y), `${id}/${other}`).toBeGreaterThan(0.05)
    }
  })

  it('moves a data position that falls on a known hub', () => {
    const taiwan = knownPlace('taiwan')
    const places = placeRegions([{ id: 'taiwan' }, { id: 'formosa', map: { x: taiwan?.x ?? 0, y: taiwan?.y ?? 0 } }])
    expect(places.get('formosa')?.y).not.toBe(taiwan?.y)
  })

  it('survives odd ids and positions', () => {
    expect(fallbackPlace('', 0).short).toBe('?')
    const odd = fallbackPlace('x', 0, { x: Number.NaN, y: 7 })
    expect(odd.x).toBe(0.5)
    expect(odd.y).toBe(0.95)
    expect(fallbackPlace('late', 25).y).toBeLessThan(1)
  })
})
