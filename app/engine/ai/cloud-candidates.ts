/** Candidate orders of clouds and model builders: chips, data centres, prices, training. */
import { saleVerdict } from '../model/legality'
import { homeRegion } from '../model/lookups'
import type { LegalOrder } from '../orders/legal-orders'
import { chipPower, clamp, ids, numMax, numMin, round2, totalMw, usedMw, type Gen } from './candidate-kit'

/** Generators by order kind. */
export const CLOUD_CANDIDATES: Partial<Record<LegalOrder['kind'], Gen>> = {
  'buy-chips': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const room = totalMw(g, t.seat) - usedMw(g, t.seat)
    if (room < 5) return []
    const region = homeRegion(g, t.seat) ?? t.home
    const c = g.rules.constants
    const offers = ids(legal.params.chip).flatMap((id) => {
      const chip = g.chips[id]
      if (chip === undefined) return []
      // Nothing sold last quarter: probably no stock to buy (an order would be wasted).
      if (g.quarter > g.startQuarter && (g.market.chips[id]?.units ?? 0) <= 0) return []
      const verdict = saleVerdict(g, chip, region, t.seat)
      if (verdict.kind === 'banned' || verdict.kind === 'controlled') return []
      const price = g.factions[chip.maker]?.chipPrices[id] ?? chip.priceUsd
      if (price <= 0) return []
      const e = g.factions[chip.maker]?.ecosystem ?? 0.8
      const makerHome = g.rules.factions[chip.maker]?.region ?? g.rules.actors[chip.maker]?.region
      const domestic = makerHome === t.home ? 1 + 0.8 * t.drive['domestic-chip-share'] : 1
      const value = (chipPower(g, chip) * e * domestic) / price
      return [{ id, chip, price, value }]
    }).sort((a, b) => b.value - a.value).slice(0, 2)
    const maxUnits = numMax(legal.params.units, 2_000_000)
    return offers.flatMap(({ id, chip, price }, i) => {
      const perUnitMw = (chip.true.powerW * c.allInPowerFactor) / 1e6
      const byPower = perUnitMw > 0 ? room / perUnitMw : 0
      const byCash = (f.cashBn * (0.15 + 0.25 * t.aggressiveness) * 1e9) / price
      const units = Math.floor(clamp(Math.min(byPower, byCash), 0, maxUnits))
      if (units < 100) return []
      const score = 1 + t.drive['cloud-share'] + t.drive['model-capability'] + 0.5 * t.drive['compute-lead'] - 0.4 * t.drive['own-chip-share'] - 0.2 * i
      return [{ order: { kind: 'buy-chips', chip: id, units, maxPriceUsd: Math.ceil(price), grey: false }, score, slot: `buy:${id}` }]
    })
  },

  'build-datacenter': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const total = totalMw(g, t.seat)
    if (total > 0 && usedMw(g, t.seat) < 0.7 * total) return []
    const region = t.home
    // Others' data centres under construction are private: use a small share of what looks free.
    let used = 0
    for (const other of Object.values(g.factions)) {
      for (const v of Object.entries(other.datacenterMw)) if (v[0] === region) used += v[1]
      for (const b of other.building) if (b.region === region) used += b.mw
    }
    const free = (g.gridMw[region] ?? 0) - used
    const costPerMw = (g.rules.regions[region]?.powerCostBnPerGw ?? 11) / 1000
    const mw = Math.floor(Math.min(free * 0.1, (f.cashBn * 0.25) / costPerMw, numMax(legal.params.mw, 5000)))
    if (mw < Math.max(10, numMin(legal.params.mw, 10))) return []
    return [{ order: { kind: 'build-datacenter', region, mw }, score: 1 + t.drive['cloud-share'] + t.drive['model-capability'] + 0.3 * t.drive['compute-lead'], slot: 'datacenter' }]
  },

  'set-cloud-price': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const target = g.rules.constants.cloudPriceUsdPerHour * (1.05 - 0.2 * t.aggressiveness)
    if (Math.abs(f.cloudPriceUsdPerHour - target) < 0.1 * target) return []
    return [{ order: { kind: 'set-cloud-price', priceUsdPerHour: round2(clamp(target, numMin(legal.params.priceUsdPerHour, 0.5), numMax(legal.params.priceUsdPerHour, 20))) }, score: 0.4 + 0.3 * t.drive['cloud-share'], slot: 'cloud-price' }]
  },

  'train-model': (g, t) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const cap = t.drive['model-capability']
    const want = round2(clamp(0.15 + (0.6 * cap) / (cap + t.drive['cloud-share'] + 0.5), 0, 0.9))
    if (Math.abs(f.trainingShare - want) < 0.05) return []
    return [{ order: { kind: 'train-model', computeShare: want }, score: 0.5 + 0.5 * cap, slot: 'training' }]
  },

  'release-open-weights': (g, t) => [{ order: { kind: 'release-open-weights' }, score: 0.2 + 0.3 * t.drive['model-capability'] + 0.3 * t.drive['domestic-chip-share'] + 0.2 * t.drive.reputation, slot: 'open-weights' }],

  'efficiency-research': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined || t.drive['model-capability'] <= 0) return []
    const amount = round2(clamp(f.cashBn * 0.04, numMin(legal.params.amountBn, 0.1), numMax(legal.params.amountBn, 10)))
    return [{ order: { kind: 'efficiency-research', amountBn: amount }, score: 0.4 + 0.6 * t.drive['model-capability'], slot: 'efficiency' }]
  },
}
