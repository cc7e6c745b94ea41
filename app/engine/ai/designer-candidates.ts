/** Candidate orders of chip designers: programs, tape-outs, bookings, prices, claims, compliant variants. */
import { quarterIndex } from '../data/common'
import { controlCatches, hbmBlock, saleVerdict, serviceBlock } from '../model/legality'
import { nodeRegion } from '../model/lookups'
import { pMix } from '../model/performance'
import { designBound, fullPaceBnPerQuarter } from '../model/design'
import { programQuarters } from '../orders/start-program'
import { grossDiesPerWafer } from '../model/performance'
import type { LegalOrder } from '../orders/legal-orders'
import type { ChipState, GameState } from '../state/game-state'
import { bestOwn, chipPower, clamp, ids, numMax, numMin, round2, type Candidate, type Gen } from './candidate-kit'

/** Regions with an accelerator demand pool, in data order. */
function accelRegions(g: GameState): string[] {
  const out: string[] = []
  for (const pool of Object.values(g.rules.demandPools)) if (pool.market === 'accelerators' && !out.includes(pool.region)) out.push(pool.region)
  return out
}

/**
 * A maker prices a chip by what it claims: its list price buys the true performance, and a claim
 * above the truth is priced up in proportion (by the mixed performance index, at most +50 %).
 * 1 for an honest claim, and once the truth is out.
 */
export function claimPremium(g: GameState, chip: ChipState): number {
  if (chip.revealed !== null) return 1
  const c = g.rules.constants
  const truth = pMix(chip.true, chip.workloads, 0.5, c)
  const claim = pMix(chip.claimed, chip.claimedWorkloads, 0.5, c)
  const ratio = truth > 0 ? claim / truth : 1
  // A claim within 10 % of the truth (a target the build fell a little short of) keeps the list price.
  return ratio >= 1.1 ? clamp(ratio, 1, 1.5) : 1
}

/** Generators by order kind. */
export const DESIGNER_CANDIDATES: Partial<Record<LegalOrder['kind'], Gen>> = {
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
    // A market the flagships may not be sold in (a control on China, say) gets its own product
    // line: the best chip that may (an H20 beside the H100s), as Nvidia did from 2023.
    for (const region of accelRegions(g)) {
      const sellable = (c: ChipState): boolean => {
        const v = saleVerdict(g, c, region, null).kind
        return v === 'legal' || v === 'share'
      }
      if (best.some((c) => keep.has(c.id) && sellable(c))) continue
      const line = best.find(sellable)
      if (line !== undefined) keep.add(line.id)
    }
    const max = numMax(legal.params.wafersPerQuarter, 200_000)
    for (const chip of mine) {
      const current = f.bookings[chip.id] ?? 0
      if (!keep.has(chip.id)) {
        if (current > 0) out.push({ order: { kind: 'book-production', chip: chip.id, wafersPerQuarter: 0 }, score: 0.6, slot: `book:${chip.id}` })
        continue
      }
      // No wafers for a chip whose HBM the seat can neither buy nor draw from stock: the dies would wait unpackaged.
      const hbmRec = chip.hbm === null ? undefined : g.rules.hbm[chip.hbm]
      if (hbmRec !== undefined && chip.hbmStacks > 0 && hbmBlock(g, hbmRec.region, t.seat) !== null && (f.inventory[hbmRec.id] ?? 0) < chip.hbmStacks * 1000) {
        if (current > 0) out.push({ order: { kind: 'book-production', chip: chip.id, wafersPerQuarter: 0 }, score: 0.8, slot: `book:${chip.id}` })
        continue
      }
      const node = g.nodes[chip.node]
      const price = (g.factions[g.rules.foundries[g.rules.nodes[chip.node]?.foundry ?? '']?.owner ?? '']?.waferPrices[chip.node] ?? g.rules.nodes[chip.node]?.waferPriceUsd ?? 15000) / 1e9
      const share = 0.08 + 0.2 * t.aggressiveness
      const byCapacity = (node?.capacityWafers ?? 0) * share
      const byCash = price > 0 ? (f.cashBn * (0.15 + 0.2 * t.riskTolerance)) / price : byCapacity
      // A chip with a volume cap (the Hanguang 800) needs only the wafers for its cap.
      const cap = g.rules.chips[chip.id]?.maxUnitsPerQuarter
      const perWafer = Math.max(1, (grossDiesPerWafer(chip.dieMm2, g.rules.constants) * (g.rules.nodes[chip.node]?.yieldMature ?? 0.5) * 0.6) / Math.max(1, chip.diesPerChip))
      const byCap = cap === undefined ? Infinity : cap / perWafer
      const want = Math.round(clamp(Math.min(byCapacity, byCash, byCap), 0, max))
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
      if (chip === undefined || chip.internalOnly) continue
      const price = f.chipPrices[id] ?? chip.priceUsd
      if (chip.launched < 0) {
        // The launch price of a public chip about to ship (wafers booked): the list price times
        // the claim's premium over the truth (an overclaimed chip is sold on its claim).
        const target = chip.priceUsd * claimPremium(g, chip)
        if (!chip.public || (f.bookings[id] ?? 0) <= 0 || price >= target * 0.98) continue
        out.push({ order: { kind: 'set-chip-price', chip: id, priceUsd: Math.round(clamp(target, 1000, max)) }, score: 0.6 + 0.5 * t.drive['chip-revenue'], slot: `price:${id}` })
        continue
      }
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
    const dieMm2 = Math.min(800, numMax(legal.params.dieMm2, 900))
    const hbmStacks = hbm === undefined ? 0 : 6
    const powerW = Math.round(Math.min(cap.powerW ?? 1500, from.powerW * 1.15))
    // Chiplets on advanced packaging (two dies, as B200 on CoWoS-L) where the seat can get it: outside China, on a 5 nm-class node or finer.
    const dies = t.bloc !== 'china' && (g.rules.nodes[node]?.featureNm ?? 99) <= 5 ? Math.min(2, g.rules.constants.maxChiplets) : 1
    // Stay inside what the node allows the seat (its experience on the node counts); a bold persona aims nearer the bound and risks a respin.
    const bound = designBound(g, { node, dieMm2, dies, hbm, hbmStacks, powerW, inexperience: programQuarters(g, t.seat, node).inexperience })
    const reach = 0.7 + 0.25 * t.aggressiveness
    const tflops = Math.max(1, Math.round(Math.min(cap.bf16Tflops ?? 3000, from.bf16Tflops * grow, bound.bf16Tflops * reach)))
    const target = {
      bf16Tflops: tflops,
      memoryGb: Math.round(Math.min(cap.memoryGb ?? 288, from.memoryGb * 1.3, bound.memoryGb)),
      memoryBandwidthTBs: round2(Math.min(cap.memoryBandwidthTBs ?? 10, from.memoryBandwidthTBs * 1.3, Math.floor(bound.memoryBandwidthTBs * 100) / 100)),
      interconnectGBs: Math.round(Math.min(cap.interconnectGBs ?? 1800, from.interconnectGBs * 1.2)),
      tpp: Math.round(Math.min(cap.tpp ?? 48000, tflops * 16)),
      powerW,
    }
    const paced = Math.min(numMax(legal.params.budgetBnPerQuarter, 5), Math.max(budget, round2(fullPaceBnPerQuarter(g, node) + 0.005)))
    return [{ order: { kind: 'start-program', node, dieMm2, dies, target, workloads: 'both', hbmStacks, budgetBnPerQuarter: f.cashBn > paced * 8 ? paced : budget, ...(hbm === undefined ? {} : { hbm }) }, score, slot: 'program' }]
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
    if (chip === undefined) return []
    if (chip.maker === t.seat) {
      // Back an honest claim with a public benchmark.
      if (!chip.public || chip.claimed.bf16Tflops > chip.true.bf16Tflops * 1.02) return []
      return [{ order: { kind: 'benchmark-chip', chip: id }, score: 0.4 + 0.4 * t.drive.reputation + 0.2 * t.drive['chip-revenue'], slot: `bench:${id}` }]
    }
    // Call a rival's bluff: a faction rival's chip on sale whose claims look beyond what its node allows a first design.
    if (g.factions[chip.maker] === undefined || g.factions[t.seat] === undefined) return []
    const bound = designBound(g, { node: chip.node, dieMm2: chip.dieMm2, dies: chip.diesPerChip, hbm: chip.hbm ?? undefined, hbmStacks: chip.hbmStacks, powerW: chip.claimed.powerW, inexperience: 0.5 })
    const suspicion = bound.bf16Tflops > 0 ? chip.claimed.bf16Tflops / bound.bf16Tflops : 0
    const sold = chip.producedUnits > 20_000 ? 0.3 : 0
    if (suspicion < 0.85) return []
    const score = 0.1 + 1.2 * Math.max(0, suspicion - 0.85) + sold + 0.2 * (t.drive['chip-revenue'] + t.drive['own-chip-share'] + t.drive['domestic-chip-share'])
    return [{ order: { kind: 'benchmark-chip', chip: id }, score, slot: 'bench-rival' }]
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
    // The line its own chips use (the PPU's Samsung HBM2e) before any other foreign line: a control may close it.
    const needs = Object.values(g.chips).filter((c) => c.maker === t.seat && c.hbm !== null && c.hbmStacks > 0 && (c.designed || g.programs.some((p) => p.chip === c.id)))
    const mine = ids(legal.params.hbm).find((h) => g.rules.hbm[h]?.region !== t.home && needs.some((c) => c.hbm === h))
    const line = mine ?? ids(legal.params.hbm).find((h) => g.rules.hbm[h]?.region !== t.home)
    const rec = line === undefined ? undefined : g.rules.hbm[line]
    const live = line === undefined ? undefined : g.hbm[line]
    if (rec === undefined || live === undefined || rec.priceUsd <= 0) return []
    const held = line === undefined ? 0 : (f.inventory[line] ?? 0)
    // Enough for a few quarters of its own chips (~40k cards a quarter each), then stop.
    const wanted = mine === undefined ? Infinity : Math.max(0, needs.filter((c) => c.hbm === mine).reduce((sum, c) => sum + c.hbmStacks * 40_000 * 6, 0) - held)
    const stacks = Math.floor(Math.min(wanted, (f.cashBn * (mine === undefined ? 0.05 : 0.1) * 1e9) / rec.priceUsd, Math.max(0, live.capacity - live.lastUsed) * 0.2, numMax(legal.params.stacks, 1e6)))
    if (stacks < 1) return []
    if (mine !== undefined) return [{ order: { kind: 'stockpile-hbm', hbm: line, stacks }, score: 0.8 + 0.5 * t.riskTolerance + t.drive['own-chip-share'], slot: 'stockpile' }]
    return [{ order: { kind: 'stockpile-hbm', hbm: line, stacks }, score: 0.3 + 0.5 * t.riskTolerance, slot: 'stockpile' }]
  },
}
