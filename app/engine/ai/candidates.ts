/**
 * Candidate orders: for every order kind the seat may give (`legalOrders`), a few sensible
 * parameter choices with a prior score (how much the seat's drives like it, in rough VP-like
 * units). Kinds without a rule of thumb get a draw from their `ParamSpec`s, so every kind the
 * faction has is considered. All figures come from the guess state built from the view.
 */
import { quarterIndex } from '../data/common'
import { controlCatches, hbmBlock, saleVerdict, serviceBlock } from '../model/legality'
import { homeRegion, nodeRegion } from '../model/lookups'
import { pInf, pTrain } from '../model/performance'
import type { ParamSpec } from '../orders/handler'
import type { LegalOrder } from '../orders/legal-orders'
import type { Rng } from '../rng'
import type { ChipState, GameState } from '../state/game-state'
import { biasOf, type Temper } from './temper'

/** A candidate order with its prior score; `slot` names what it sets (one order per slot in a plan). */
export interface Candidate {
  order: Record<string, unknown>
  score: number
  slot: string
}

type Gen = (g: GameState, t: Temper, legal: LegalOrder, rng: Rng) => Candidate[]

const ids = (spec: ParamSpec | undefined): string[] => (spec !== undefined && (spec.type === 'id' || spec.type === 'ids' || spec.type === 'enum') ? spec.options : [])
const numMax = (spec: ParamSpec | undefined, fallback: number): number => (spec?.type === 'number' ? spec.max : fallback)
const numMin = (spec: ParamSpec | undefined, fallback: number): number => (spec?.type === 'number' ? spec.min : fallback)
const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v))
const round2 = (v: number): number => Math.round(v * 100) / 100

/** A draw from a parameter's spec (as the random bot does, skewed to modest amounts). */
export function drawParam(rng: Rng, spec: ParamSpec): unknown {
  switch (spec.type) {
    case 'id':
    case 'enum': return spec.options.length === 0 ? undefined : spec.options[rng.int(0, spec.options.length - 1)]
    case 'ids': return spec.options.filter(() => rng.float() < 0.5)
    case 'boolean': return false
    case 'number': {
      const u = rng.float()
      const v = spec.min + (spec.max - spec.min) * u * u * 0.1
      return spec.integer ? Math.max(spec.min, Math.round(v)) : v
    }
    case 'specs': {
      const out: Record<string, number> = {}
      for (const [k, max] of Object.entries(spec.max)) out[k] = Math.round(max * (0.1 + 0.4 * rng.float()))
      return out
    }
  }
}

function drawn(legal: LegalOrder, rng: Rng, score: number): Candidate {
  const order: Record<string, unknown> = { kind: legal.kind }
  for (const [name, spec] of Object.entries(legal.params)) {
    const v = drawParam(rng, spec)
    if (v !== undefined) order[name] = v
  }
  return { order, score, slot: `${legal.kind}:drawn` }
}

function own(g: GameState, t: Temper): ChipState[] {
  return Object.values(g.chips).filter((c) => c.maker === t.seat)
}

function chipPower(g: GameState, chip: ChipState): number {
  return Math.max(pTrain(chip.true, chip.workloads, g.rules.constants), pInf(chip.true, chip.workloads, g.rules.constants))
}

/** The seat's best own designed chip (by performance). */
function bestOwn(g: GameState, t: Temper): ChipState | undefined {
  return own(g, t).filter((c) => c.designed).sort((a, b) => chipPower(g, b) - chipPower(g, a))[0]
}

function usedMw(g: GameState, seat: string): number {
  const f = g.factions[seat]
  let mw = 0
  for (const region of Object.values(f?.installed ?? {})) {
    for (const [id, units] of Object.entries(region)) mw += (units * (g.chips[id]?.true.powerW ?? 700) * g.rules.constants.allInPowerFactor) / 1e6
  }
  for (const [id, units] of Object.entries(f?.inventory ?? {})) {
    const chip = g.chips[id]
    if (chip !== undefined) mw += (units * chip.true.powerW * g.rules.constants.allInPowerFactor) / 1e6
  }
  return mw
}

function totalMw(g: GameState, seat: string): number {
  const f = g.factions[seat]
  let mw = 0
  for (const v of Object.values(f?.datacenterMw ?? {})) mw += v
  for (const b of f?.building ?? []) mw += b.mw
  return mw
}

/** A quarter index from an ISO date (`YYYY-MM-DD` or `YYYY-MM`). */
function dateQuarter(date: string): number {
  const year = Number(date.slice(0, 4))
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : 1
  return quarterIndex(`${year}Q${Math.floor((month - 1) / 3) + 1}`)
}

const GENERATORS: Partial<Record<LegalOrder['kind'], Gen>> = {
  'tape-out': (g, t, legal) => ids(legal.params.chip).map((chip) => ({ order: { kind: 'tape-out', chip }, score: 2 + t.drive['chip-revenue'] + t.drive['own-chip-share'] + t.drive['domestic-chip-share'], slot: `tape-out:${chip}` })),

  'book-production': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const all = ids(legal.params.chip).map((id) => g.chips[id]).filter((c): c is ChipState => c !== undefined)
    const out: Candidate[] = []
    // A chip its foundry may not serve (Entity List, foundry rules) gets its booking cancelled.
    const blocked = (c: ChipState): boolean => serviceBlock(g, nodeRegion(g, c.node), t.seat) !== null
    for (const c of all) if (blocked(c) && (f.bookings[c.id] ?? 0) > 0) out.push({ order: { kind: 'book-production', chip: c.id, wafersPerQuarter: 0 }, score: 0.8, slot: `book:${c.id}` })
    const mine = all.filter((c) => !blocked(c))
    const best = [...mine].sort((a, b) => chipPower(g, b) - chipPower(g, a))
    const keep = new Set(best.slice(0, 2).map((c) => c.id))
    const max = numMax(legal.params.wafersPerQuarter, 200_000)
    for (const chip of mine) {
      const current = f.bookings[chip.id] ?? 0
      if (!keep.has(chip.id)) {
        if (current > 0) out.push({ order: { kind: 'book-production', chip: chip.id, wafersPerQuarter: 0 }, score: 0.6, slot: `book:${chip.id}` })
        continue
      }
      const node = g.nodes[chip.node]
      const price = (g.factions[g.rules.foundries[g.rules.nodes[chip.node]?.foundry ?? '']?.owner ?? '']?.waferPrices[chip.node] ?? g.rules.nodes[chip.node]?.waferPriceUsd ?? 15000) / 1e9
      const share = 0.08 + 0.2 * t.aggressiveness
      const byCapacity = (node?.capacityWafers ?? 0) * share
      const byCash = price > 0 ? (f.cashBn * (0.15 + 0.2 * t.riskTolerance)) / price : byCapacity
      const want = Math.round(clamp(Math.min(byCapacity, byCash), 0, max))
      if (want < 100 && current === 0) continue
      if (Math.abs(want - current) <= 0.2 * Math.max(want, current)) continue
      out.push({ order: { kind: 'book-production', chip: chip.id, wafersPerQuarter: want }, score: 1 + t.drive['chip-revenue'] + t.drive['own-chip-share'] + 0.7 * t.drive['domestic-chip-share'], slot: `book:${chip.id}` })
    }
    return out
  },

  'set-chip-price': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const out: Candidate[] = []
    const max = numMax(legal.params.priceUsd, 200_000)
    for (const id of ids(legal.params.chip)) {
      const chip = g.chips[id]
      if (chip === undefined || chip.launched < 0 || chip.internalOnly) continue
      const price = f.chipPrices[id] ?? chip.priceUsd
      const stock = f.inventory[id] ?? 0
      const sold = g.market.chips[id]?.units ?? 0
      let factor = 1
      if (stock > 2 * Math.max(sold, 1000)) factor = 0.88
      else if (stock < 0.2 * sold) factor = 1.08
      if (factor === 1) continue
      out.push({ order: { kind: 'set-chip-price', chip: id, priceUsd: Math.round(clamp(price * factor, 1000, max)) }, score: 0.6 + 0.5 * t.drive['chip-revenue'], slot: `price:${id}` })
    }
    return out
  },

  'start-program': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const running = g.programs.filter((p) => p.owner === t.seat && (g.chips[p.chip]?.variantOf ?? null) === null).length
    if (running >= (t.aggressiveness > 0.6 ? 2 : 1)) return []
    const score = 1.5 + t.drive['chip-revenue'] + t.drive['own-chip-share'] + t.drive['domestic-chip-share']
    const now = g.quarter
    // A catalogue template of the seat's own next chip (its real roadmap), when one is due.
    const templates = Object.values(g.rules.chips).filter((c) => c.maker === t.seat && g.chips[c.id] === undefined && quarterIndex(c.firstQuarter) <= now + 8)
      .sort((a, b) => quarterIndex(a.firstQuarter) - quarterIndex(b.firstQuarter))
    const budget = round2(clamp(f.cashBn * 0.03, 0.2, numMax(legal.params.budgetBnPerQuarter, 5)))
    const nodes = ids(legal.params.node).filter((n) => serviceBlock(g, nodeRegion(g, n), t.seat) === null)
    const hbm = ids(legal.params.hbm).find((h) => hbmBlock(g, g.rules.hbm[h]?.region, t.seat) === null)
    const t0 = templates[0]
    if (t0 !== undefined && nodes.includes(t0.node)) {
      return [{ order: { kind: 'start-program', node: t0.node, dieMm2: t0.dieMm2, target: t0.claimed, workloads: t0.workloads, hbmStacks: t0.hbmStacks, budgetBnPerQuarter: budget, template: t0.id, ...(t0.hbm === undefined ? {} : { hbm: t0.hbm }) }, score: score + 0.5, slot: 'program' }]
    }
    const base = bestOwn(g, t)
    const node = [...nodes].sort((a, b) => (g.rules.nodes[a]?.featureNm ?? 99) - (g.rules.nodes[b]?.featureNm ?? 99))[0]
    if (node === undefined) return []
    const spec = legal.params.target
    const cap = spec?.type === 'specs' ? spec.max : {}
    const from = base?.true ?? { bf16Tflops: 300, memoryGb: 64, memoryBandwidthTBs: 1.6, interconnectGBs: 400, tpp: 4800, powerW: 400 }
    const grow = 1.4 + 0.4 * t.aggressiveness
    const target = {
      bf16Tflops: Math.round(Math.min(cap.bf16Tflops ?? 3000, from.bf16Tflops * grow)),
      memoryGb: Math.round(Math.min(cap.memoryGb ?? 288, from.memoryGb * 1.3)),
      memoryBandwidthTBs: round2(Math.min(cap.memoryBandwidthTBs ?? 10, from.memoryBandwidthTBs * 1.3)),
      interconnectGBs: Math.round(Math.min(cap.interconnectGBs ?? 1800, from.interconnectGBs * 1.2)),
      tpp: Math.round(Math.min(cap.tpp ?? 48000, from.tpp * grow)),
      powerW: Math.round(Math.min(cap.powerW ?? 1500, from.powerW * 1.15)),
    }
    return [{ order: { kind: 'start-program', node, dieMm2: Math.min(800, numMax(legal.params.dieMm2, 900)), target, workloads: 'both', hbmStacks: hbm === undefined ? 0 : 6, budgetBnPerQuarter: budget, ...(hbm === undefined ? {} : { hbm }) }, score, slot: 'program' }]
  },

  'announce-chip': (g, t, legal) => {
    const out: Candidate[] = []
    for (const id of ids(legal.params.chip)) {
      const chip = g.chips[id]
      if (chip === undefined || chip.public) continue
      const program = g.programs.find((p) => p.chip === id)
      if (!chip.designed && (program === undefined || program.quartersLeft > 2)) continue
      const inflate = 1 + (1 - t.honesty) * 0.25 * (0.5 + t.aggressiveness)
      const claimed = { ...chip.true, bf16Tflops: round2(chip.true.bf16Tflops * inflate), memoryBandwidthTBs: round2(chip.true.memoryBandwidthTBs * Math.min(inflate, 1.05)) }
      const readiness = chip.launched >= 0 ? 'volume' : chip.tapedOut >= 0 ? 'sampling' : 'paper'
      out.push({ order: { kind: 'announce-chip', chip: id, claimed, claimedWorkloads: chip.workloads, claimedReadiness: readiness }, score: 1 + 0.6 * t.drive['chip-revenue'] + 0.3 * t.drive['domestic-chip-share'], slot: `announce:${id}` })
    }
    return out
  },

  'benchmark-chip': (g, t, legal) => ids(legal.params.chip).flatMap((id) => {
    const chip = g.chips[id]
    if (chip === undefined || !chip.public || chip.claimed.bf16Tflops > chip.true.bf16Tflops * 1.02) return []
    return [{ order: { kind: 'benchmark-chip', chip: id }, score: 0.4 + 0.4 * t.drive.reputation + 0.2 * t.drive['chip-revenue'], slot: `bench:${id}` }]
  }),

  'design-variant': (g, t, legal) => {
    // A compliant cut (H800/H20-style) of a chip that a control in force keeps from a rival market.
    const out: Candidate[] = []
    for (const id of ids(legal.params.base)) {
      const base = g.chips[id]
      if (base === undefined || base.variantOf !== null || Object.values(g.chips).some((c) => c.variantOf === id)) continue
      for (const pid of Object.keys(g.policies)) {
        const p = g.rules.policies[pid]
        const rivalMarket = (p?.params.destinations ?? []).some((r) => { const a = g.rules.regions[r]?.alignment; return a !== undefined && a !== 'neutral' && a !== t.bloc })
        if (p === undefined || p.instrument !== 'chip-control' || !rivalMarket || (p.params.destinations ?? []).includes(t.home)) continue
        const live = g.policies[pid]
        const mode = live?.licence ?? p.params.licence ?? 'deny'
        if (mode === 'allow' || !controlCatches(p, base)) continue
        const tpp = Math.min(p.params.tppAtLeast ?? Infinity, ...(p.params.densityTiers ?? []).map((d) => Math.max(d.tppAtLeast, d.densityAtLeast * base.dieMm2)))
        if (!Number.isFinite(tpp) || base.true.tpp <= 0) continue
        const ratio = (0.92 * tpp) / base.true.tpp
        const cut: Record<string, number> = { bf16Tflops: round2(base.true.bf16Tflops * Math.min(1, ratio)) }
        if (p.params.interconnectAtLeastGBs !== undefined && ratio >= 1) cut.interconnectGBs = Math.round(p.params.interconnectAtLeastGBs * 0.66)
        out.push({ order: { kind: 'design-variant', base: id, cut }, score: 1 + 1.5 * t.drive['chip-revenue'], slot: `variant:${id}` })
        break
      }
    }
    return out
  },

  'set-allocation': (g, t, legal) => {
    // Offer every chip everywhere (the market and the controls decide); undo narrower allocations.
    const f = g.factions[t.seat]
    const regions = ids(legal.params.regions)
    return ids(legal.params.chip).flatMap((id) => {
      const current = f?.allocation[id]
      const chip = g.chips[id]
      const base = chip?.variantOf === null || chip?.variantOf === undefined ? undefined : g.chips[chip.variantOf]
      // A compliant variant (H800/H20-style) goes to the markets whose controls catch its base.
      const markets = chip === undefined || base === undefined ? [] : [...new Set(Object.keys(g.policies).flatMap((pid) => {
        const p = g.rules.policies[pid]
        if (p === undefined || p.instrument !== 'chip-control' || !controlCatches(p, base) || controlCatches(p, chip)) return []
        return (p.params.destinations ?? []).filter((r) => regions.includes(r) && g.rules.regions[r]?.alignment !== t.bloc)
      }))]
      const want = markets.length > 0 ? markets : regions
      if (current === undefined ? want.length === regions.length : want.length === current.length && want.every((r) => current.includes(r))) return []
      return [{ order: { kind: 'set-allocation', chip: id, regions: want }, score: markets.length > 0 ? 1 + 0.5 * t.drive['chip-revenue'] : 0.5, slot: `allocation:${id}` }]
    })
  },

  'invest-ecosystem': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined || f.ecosystem >= 0.97) return []
    const amount = round2(clamp(f.cashBn * 0.08, numMin(legal.params.amountBn, 0.1), numMax(legal.params.amountBn, 20)))
    return [{ order: { kind: 'invest-ecosystem', amountBn: amount }, score: (1 - f.ecosystem) * 1.5 * (1 + t.drive['chip-revenue'] + t.drive['domestic-chip-share'] + t.drive['own-chip-share']), slot: 'ecosystem' }]
  },

  'stockpile-hbm': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined || t.bloc !== 'china') return []
    const line = ids(legal.params.hbm).find((h) => g.rules.hbm[h]?.region !== t.home)
    const rec = line === undefined ? undefined : g.rules.hbm[line]
    const live = line === undefined ? undefined : g.hbm[line]
    if (rec === undefined || live === undefined || rec.priceUsd <= 0) return []
    const stacks = Math.floor(Math.min((f.cashBn * 0.05 * 1e9) / rec.priceUsd, Math.max(0, live.capacity - live.lastUsed) * 0.2, numMax(legal.params.stacks, 1e6)))
    if (stacks < 1) return []
    return [{ order: { kind: 'stockpile-hbm', hbm: line, stacks }, score: 0.3 + 0.5 * t.riskTolerance, slot: 'stockpile' }]
  },

  'set-wafer-price': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const out: Candidate[] = []
    for (const id of ids(legal.params.node)) {
      const node = g.nodes[id]
      if (node === undefined || !node.online || node.capacityWafers <= 0) continue
      const util = node.lastWafers / node.capacityWafers
      const price = f.waferPrices[id] ?? g.rules.nodes[id]?.waferPriceUsd ?? 10000
      const factor = util > 0.92 ? 1.05 : util < 0.5 ? 0.92 : 1
      if (factor === 1) continue
      out.push({ order: { kind: 'set-wafer-price', node: id, priceUsd: Math.round(clamp(price * factor, 1000, numMax(legal.params.priceUsd, 100_000))) }, score: 0.7 + 0.3 * t.drive['foundry-utilisation'], slot: `wafer-price:${id}` })
    }
    return out
  },

  'build-fab': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const out: Candidate[] = []
    for (const id of ids(legal.params.node)) {
      const node = g.nodes[id]
      if (node === undefined || !node.online || node.capacityWafers <= 0) continue
      const util = node.lastWafers / node.capacityWafers
      if (util < 0.8 || node.building.length > 0) continue
      const wafers = Math.round(clamp(node.capacityWafers * 0.15, numMin(legal.params.wafersPerQuarter, 1000), numMax(legal.params.wafersPerQuarter, 150_000)))
      const cost = (wafers * g.rules.constants.fabCapexUsdPerWaferQuarter) / 1e9
      if (cost > f.cashBn * 0.5) continue
      out.push({ order: { kind: 'build-fab', node: id, region: t.home, wafersPerQuarter: wafers }, score: 0.8 + util * t.drive['foundry-utilisation'] + 0.3 * t.drive['domestic-chip-share'], slot: `fab:${id}` })
    }
    return out
  },

  'advance-node': (g, t, legal) => ids(legal.params.node).flatMap((id) => {
    const cost = g.rules.nodes[id]?.advanceCostBn ?? 0
    const f = g.factions[t.seat]
    if (f === undefined || cost > f.cashBn * 0.6) return []
    return [{ order: { kind: 'advance-node', node: id }, score: 1.5 + t.drive['foundry-utilisation'] + t.drive['domestic-chip-share'], slot: `advance:${id}` }]
  }),

  'improve-yield': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const node = ids(legal.params.node).filter((id) => (g.nodes[id]?.lastWafers ?? 0) > 0).sort((a, b) => (g.nodes[b]?.lastWafers ?? 0) - (g.nodes[a]?.lastWafers ?? 0))[0]
    if (node === undefined) return []
    const amount = round2(clamp(f.cashBn * 0.05, numMin(legal.params.amountBn, 0.1), numMax(legal.params.amountBn, 10)))
    return [{ order: { kind: 'improve-yield', node, amountBn: amount }, score: 0.7 + 0.4 * t.drive['foundry-utilisation'] + 0.4 * t.drive['domestic-chip-share'], slot: 'yield' }]
  },

  'set-compliance': (g, t) => {
    const f = g.factions[t.seat]
    const level = t.riskTolerance > 0.65 ? 'lax' : 'strict'
    if (f === undefined || f.compliance === level) return []
    return [{ order: { kind: 'set-compliance', level, refused: [] }, score: 0.5, slot: 'compliance' }]
  },

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

  'enact-policy': (g, t, legal) => ids(legal.params.policy).flatMap((id) => {
    const p = g.rules.policies[id]
    if (p === undefined) return []
    let score = policyValue(g, t, id)
    if (t.historical && p.realRule !== undefined) {
      // Follow the record: a rule once its date has passed, unless a later rule that replaced it has too.
      const replaced = Object.values(g.rules.policies).some((q) => q.supersedes.includes(id) && q.realRule !== undefined && dateQuarter(q.realRule.date) <= g.quarter)
      score = dateQuarter(p.realRule.date) <= g.quarter && !replaced ? score + 3 : -10
    }
    return [{ order: { kind: 'enact-policy', policy: id }, score, slot: `policy:${id}` }]
  }),

  'repeal-policy': (g, t, legal) => ids(legal.params.policy).flatMap((id) => {
    const p = g.rules.policies[id]
    if (p === undefined || p.tensionDelta <= 2 || g.tension < 65) return []
    const superseded = Object.keys(g.policies).some((other) => g.rules.policies[other]?.supersedes.includes(id) === true)
    if (t.historical && !superseded) return []
    const score = 0.15 * t.drive.stability * p.tensionDelta * (g.tension / 50) - policyValue(g, t, id, true)
    return [{ order: { kind: 'repeal-policy', policy: id }, score, slot: `policy:${id}` }]
  }),

  'set-licence': (g, t, legal) => ids(legal.params.policy).flatMap((id) => {
    const live = g.policies[id]
    const p = g.rules.policies[id]
    if (live === undefined || p === undefined || (live.licence ?? p.params.licence ?? 'deny') !== 'deny') return []
    const dealmaking = t.drive.stability * (g.tension / 50) - t.aggressiveness * 1.2
    if (t.historical || dealmaking <= 0) return []
    return [{ order: { kind: 'set-licence', policy: id, mode: 'revenue-share', revenueShare: 0.15 }, score: 0.5 + dealmaking, slot: `licence:${id}` }]
  }),

  'list-entity': (g, t, legal) => {
    if (t.historical || t.aggressiveness < 0.6) return []
    const rivals = ids(legal.params.entity).filter((id) => {
      const region = g.rules.factions[id]?.region ?? g.rules.actors[id]?.region
      const alignment = region === undefined ? undefined : g.rules.regions[region]?.alignment
      return alignment !== undefined && alignment !== 'neutral' && alignment !== t.bloc && g.rules.factions[id] !== undefined
    })
    const target = rivals[0]
    if (target === undefined) return []
    return [{ order: { kind: 'list-entity', entity: target }, score: t.aggressiveness * (0.5 + 0.5 * t.drive['compute-lead']) - tensionCost(g, t, g.rules.constants.bustTension), slot: `list:${target}` }]
  },

  'assess-chip': (g, t, legal) => {
    const rival = ids(legal.params.chip).find((id) => {
      const maker = g.chips[id]?.maker ?? ''
      const region = g.rules.factions[maker]?.region ?? g.rules.actors[maker]?.region ?? ''
      return g.rules.regions[region]?.alignment !== t.bloc
    })
    return rival === undefined ? [] : [{ order: { kind: 'assess-chip', chip: rival }, score: 0.35, slot: 'assess' }]
  },

  'set-enforcement': (g, t, legal) => {
    if (g.quarter !== g.startQuarter || Object.keys(g.policies).every((id) => g.rules.policies[id]?.owner !== t.seat || g.rules.policies[id]?.instrument !== 'chip-control')) return []
    return [{ order: { kind: 'set-enforcement', seizureChance: round2(clamp(0.05 + 0.3 * t.aggressiveness, 0, numMax(legal.params.seizureChance, 0.6))) }, score: 0.4, slot: 'enforcement' }]
  },

  'grant-subsidy': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const firms = ids(legal.params.faction)
    if (firms.length === 0) return []
    // Domestic champions first: the firm whose chips or fabs serve the seat's objectives.
    const pick = firms.map((id) => {
      const kinds = g.rules.factions[id]?.kinds ?? []
      const fit = (kinds.includes('designer') ? 1 : 0) * (t.drive['domestic-chip-share'] + 0.3 * t.drive['compute-lead']) + (kinds.includes('foundry') ? 1 : 0) * (0.8 * t.drive['domestic-chip-share']) + (kinds.includes('cloud') ? 0.5 : 0) * t.drive['compute-lead']
      return { id, fit }
    }).sort((a, b) => b.fit - a.fit)[0]
    if (pick === undefined || pick.fit <= 0) return []
    const amount = round2(clamp(f.cashBn * 0.3, numMin(legal.params.amountBn, 0.1), numMax(legal.params.amountBn, 20)))
    if (f.cashBn < 1) return []
    return [{ order: { kind: 'grant-subsidy', faction: pick.id, amountBn: amount }, score: 0.4 + 0.5 * pick.fit, slot: 'subsidy' }]
  },

  'choose-event-option': (g, t) => {
    // The choice whose effects the seat likes best: tension it adds or removes, policies it enacts.
    const mine = g.decisions.filter((d) => d.seat === t.seat)
    return mine.map((d) => {
      const event = g.rules.events[d.event]
      let best = d.choices[0]
      let top = -Infinity
      for (const id of d.choices) {
        let v = 0
        for (const op of event?.choices.find((c) => c.id === id)?.effects ?? []) {
          if (op.op === 'adjust-tension') v -= tensionCost(g, t, op.delta)
          else if (op.op === 'enact-policy') {
            const p = g.rules.policies[op.policy]
            v += p?.owner === t.seat ? policyValue(g, t, op.policy) : -tensionCost(g, t, p?.tensionDelta ?? 0)
            if (t.historical && p?.realRule !== undefined && dateQuarter(p.realRule.date) <= g.quarter) v += 3
          } else if (op.op === 'adjust-political-capital') v += 0.02 * op.delta
        }
        if (v > top) {
          top = v
          best = id
        }
      }
      return { order: { kind: 'choose-event-option', decision: d.id, choice: best }, score: 0.8, slot: `decision:${d.id}` }
    })
  },
}

function tensionCost(g: GameState, t: Temper, delta: number): number {
  // Closer to the crisis threshold, each point of tension weighs more.
  // Symmetric: a negative delta (a summit, a licence) is a gain of the same size.
  const c = g.rules.constants.crisisTension
  const near = Math.max(0, g.tension + Math.max(0, delta) - 0.5 * c) / (0.5 * c)
  const fear = Math.max(0.2, 1.02 - t.riskTolerance)
  return delta * (0.055 + 0.25 * near * near) * (0.5 + t.drive.stability) * fear
}

/** How much a seat likes a policy of its own being in force (and, `inForce`, keeping it). */
function policyValue(g: GameState, t: Temper, id: string, inForce = false): number {
  const p = g.rules.policies[id]
  if (p === undefined) return 0
  const d = t.drive
  const a = t.aggressiveness
  let v = 0
  switch (p.instrument) {
    case 'chip-control': v = (p.params.licence === 'revenue-share' ? 0.4 + 0.4 * d.stability : 0.6 + a) * (0.5 + 0.5 * d['compute-lead']); break
    case 'hbm-control':
    case 'tool-control':
    case 'foundry-control':
    case 'ally-pressure': v = (0.5 + a) * (0.5 + 0.5 * d['compute-lead']); break
    case 'entity-list': v = (0.3 + a) * (0.5 + 0.3 * d['compute-lead']); break
    case 'enforcement': v = 0.5 * a; break
    case 'subsidy': v = 1 + 0.5 * d['domestic-chip-share'] + 0.3 * d['compute-lead']; break
    case 'state-compute': v = 0.8 + 0.5 * d['compute-lead'] + 0.3 * d['domestic-chip-share']; break
    case 'procurement': v = (p.params.domesticWeightDelta ?? 0) > 0 ? 0.5 + 0.6 * d['domestic-chip-share'] : 0.3 + 0.5 * a; break
    case 'talent': v = 0.6 + 0.4 * d['domestic-chip-share']; break
    case 'counter-control':
    case 'antitrust': v = 0.2 + 0.8 * a; break
    case 'diplomacy': v = 0.1; break
  }
  return inForce ? v : v - tensionCost(g, t, p.tensionDelta)
}

/** Candidate orders for a seat, from its legal order kinds. */
export function candidates(g: GameState, t: Temper, legal: readonly LegalOrder[], rng: Rng): Candidate[] {
  const out: Candidate[] = []
  for (const l of legal) {
    const gen = GENERATORS[l.kind]
    const bias = biasOf(t, l.kind)
    const made = gen === undefined ? [drawn(l, rng, 0.1)] : gen(g, t, l, rng)
    // Every kind is considered: one low-scored draw stands for kinds with no rule of thumb now.
    if (made.length === 0 && l.kind !== 'choose-event-option') made.push(drawn(l, rng, -1))
    for (const c of made) out.push({ ...c, score: c.score * bias })
  }
  return out
}
