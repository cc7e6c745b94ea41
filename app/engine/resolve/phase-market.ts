/**
 * Phase 5: the accelerator market. Player purchase orders first, then each demand pool splits
 * its budget over the legal products in stock by a softmax of utilities (price-performance,
 * ecosystem, domestic preference, readiness, reputation), capped by supply. Controlled products
 * reach pools with a grey-market appetite through a hub at a premium, with a seizure risk.
 */
import { ecosystemOf } from '../model/compute'
import { poolBudget } from '../model/budget'
import { procurementApplies, publicSpecs, saleVerdict, seizureChance } from '../model/legality'
import { homeRegion, rivalOf } from '../model/lookups'
import { pMix, readinessScore } from '../model/performance'
import type { BuyChips } from '../orders/buy-chips'
import { askPrice } from '../orders/buy-chips'
import type { ChipState, GameState } from '../state/game-state'
import { moveTension, note, transfer, type PhaseContext } from './context'
import { softmaxFill, type Offer } from './fill'

function stockOf(state: GameState, chip: ChipState): number {
  return state.factions[chip.maker]?.inventory[chip.id] ?? state.actorInventory[chip.id] ?? 0
}

function takeStock(ctx: PhaseContext, chip: ChipState, units: number): void {
  const maker = ctx.state.factions[chip.maker]
  if (maker !== undefined) maker.inventory[chip.id] = Math.max(0, (maker.inventory[chip.id] ?? 0) - units)
  else ctx.state.actorInventory[chip.id] = Math.max(0, (ctx.state.actorInventory[chip.id] ?? 0) - units)
}

function seller(state: GameState, chip: ChipState): string {
  return state.factions[chip.maker] !== undefined ? chip.maker : `outside:${chip.maker}`
}

function recordSale(ctx: PhaseContext, chip: ChipState, units: number, revenueBn: number): void {
  const m = (ctx.report.market.chips[chip.id] ??= { units: 0, revenueBn: 0, priceUsd: 0 })
  m.units += units
  m.revenueBn += revenueBn
  m.priceUsd = m.units > 0 ? (m.revenueBn * 1e9) / m.units : 0
  const f = ctx.state.factions[chip.maker]
  if (f !== undefined) f.financials.chipRevenueBn += revenueBn
}

/** Pays the maker for a sale, and the licensing government its revenue share. */
function paySale(ctx: PhaseContext, from: string, chip: ChipState, units: number, price: number, verdict: ReturnType<typeof saleVerdict>): void {
  const state = ctx.state as GameState
  const paid = transfer(ctx, from, seller(state, chip), units * price, 'market:chip-sales')
  const revenue = from.startsWith('outside:') ? units * price : paid
  recordSale(ctx, chip, units, revenue)
  // Sales made on claims alone: refundable in part if the claims prove false (resolve/reveal.ts).
  const live = ctx.state.chips[chip.id]
  if (live !== undefined && chip.revealed === null && chip.maker !== from) live.claimSalesBn = (live.claimSalesBn ?? 0) + revenue
  if (verdict.kind === 'share' && verdict.share > 0 && state.factions[verdict.owner] !== undefined) {
    transfer(ctx, seller(state, chip), verdict.owner, revenue * verdict.share, `policy:${verdict.policy}`)
  }
}

/** Player purchases, in the order given. */
export function playerPurchases(ctx: PhaseContext, orders: { seat: string; order: BuyChips }[]): void {
  const state = ctx.state as GameState
  const c = state.rules.constants
  for (const { seat, order } of orders) {
    const chip = state.chips[order.chip]
    const buyer = ctx.state.factions[seat]
    if (chip === undefined || buyer === undefined) continue
    const region = homeRegion(state, seat) ?? ''
    const verdict = saleVerdict(state, chip, region, seat)
    const grey = verdict.kind === 'controlled' || verdict.kind === 'banned'
    if (grey && !order.grey) {
      note(ctx, seat, 'market/purchase-blocked', { chip: chip.id })
      continue
    }
    const price = askPrice(state, chip.id) / 1e9
    const unitCost = price * (grey ? c.greyMarketPremium : 1)
    if (unitCost * 1e9 > order.maxPriceUsd) {
      note(ctx, seat, 'market/price-above-limit', { chip: chip.id })
      continue
    }
    const stock = stockOf(state, chip)
    const affordable = unitCost > 0 ? Math.floor(buyer.cashBn / unitCost + 1e-9) : order.units
    const units = Math.min(order.units, stock, affordable)
    if (units <= 0) {
      note(ctx, seat, 'market/nothing-bought', { chip: chip.id })
      continue
    }
    // Fewer than ordered: say why (the maker's stock ran out, or the buyer's cash).
    if (units < order.units) note(ctx, seat, stock <= affordable ? 'market/short-stock' : 'market/short-cash', { chip: chip.id, ordered: order.units, bought: units })
    takeStock(ctx, chip, units)
    paySale(ctx, seat, chip, units, price, verdict)
    let seized = 0
    if (grey) {
      transfer(ctx, seat, 'outside:smugglers', units * price * (c.greyMarketPremium - 1), 'market:grey-premium')
      if (ctx.rng.float() < seizureChance(state, c.greyMarketSeizureBase)) {
        seized = units
        moveTension(ctx, c.bustTension, 'smuggling-bust')
        note(ctx, null, 'market/smuggling-bust', { region })
      }
    }
    buyer.inventory[chip.id] = (buyer.inventory[chip.id] ?? 0) + units - seized
    ctx.report.market.purchases.push({ buyer: seat, seller: chip.maker, chip: chip.id, units, grey, seized })
  }
}

/** The demand pools' purchases. */
export function poolPurchases(ctx: PhaseContext): void {
  // Decisions read a plain snapshot (reading through immer's draft proxies is slow); writes go to the draft.
  const state = ctx.base
  const c = state.rules.constants
  const onSale = Object.values(state.chips).filter((chip) => chip.public && chip.launched >= 0 && !chip.internalOnly && stockOf(state, chip) > 0)
  const remaining: Record<string, number> = {}
  for (const chip of onSale) remaining[chip.id] = stockOf(state, chip)
  for (const [poolId, pool] of Object.entries(state.rules.demandPools)) {
    if (pool.market !== 'accelerators') continue
    const budget = poolBudget(state, poolId) + (ctx.scratch.poolBoost[poolId] ?? 0)
    let domesticWeight = pool.weights.domestic
    for (const id of Object.keys(state.policies)) {
      const p = state.rules.policies[id]
      if (p?.instrument === 'procurement' && procurementApplies(p, pool.region, poolId)) domesticWeight += p.params.domesticWeightDelta ?? 0
    }
    const offers: (Offer & { chip: ChipState; grey: boolean; verdict: ReturnType<typeof saleVerdict> })[] = []
    for (const chip of onSale) {
      if ((remaining[chip.id] ?? 0) <= 0) continue
      const allowed = state.factions[chip.maker]?.allocation[chip.id]
      if (allowed !== undefined && !allowed.includes(pool.region)) continue
      if (pool.shunsRival && rivalOf(state, chip.maker, pool.region)) continue
      const verdict = saleVerdict(state, chip, pool.region, null, poolId)
      if (verdict.kind === 'banned') continue
      const grey = verdict.kind === 'controlled'
      if (grey && pool.greyMarketAppetite <= 0) continue
      const maker = state.factions[chip.maker]
      const reputation = maker?.reputation ?? 70
      // Until the truth is out, buyers discount claims by the maker's credibility.
      // After one of its overclaims came out, buyers distrust the maker's other claims for a while.
      const distrust = (maker?.distrustUntil ?? -1) >= state.quarter ? c.distrustFactor : 1
      const credibility = chip.revealed !== null ? 1 : Math.max(0.5, Math.min(1, reputation / 100)) * distrust
      const specs = publicSpecs(chip)
      const p = pMix(specs, chip.revealed !== null ? chip.workloads : chip.claimedWorkloads, pool.trainingShare, c) * credibility
      const e = ecosystemOf(state, chip.maker)
      const priceUsd = askPrice(state, chip.id) * (grey ? c.greyMarketPremium : 1)
      if (p <= 0 || priceUsd <= 0) continue
      const domestic = homeRegion(state, chip.maker) === pool.region ? 1 : 0
      const readiness = readinessScore(chip.revealed !== null ? chip.readiness : chip.claimedReadiness)
      const utility =
        pool.weights.pricePerformance * Math.log((p * e * 1e4) / priceUsd) +
        pool.weights.ecosystem * Math.log(e) +
        domesticWeight * domestic +
        pool.weights.readiness * readiness +
        pool.weights.reputation * (reputation / 100) +
        (grey ? Math.log(pool.greyMarketAppetite) : 0)
      offers.push({ utility, price: priceUsd / 1e9, stock: remaining[chip.id] ?? 0, chip, grey, verdict })
    }
    const bought = softmaxFill(budget, offers, c.softmaxRounds)
    const result = { budgetBn: budget, spentBn: 0, shares: {} as Record<string, number>, units: {} as Record<string, number>, greyUnits: 0, seizedUnits: 0 }
    const installed = ctx.state.pools[poolId]
    offers.forEach((o, i) => {
      const units = bought[i] ?? 0
      if (units <= 0 || installed === undefined) return
      const price = askPrice(state, o.chip.id) / 1e9
      remaining[o.chip.id] = (remaining[o.chip.id] ?? 0) - units
      takeStock(ctx, o.chip, units)
      paySale(ctx, `outside:pool:${poolId}`, o.chip, units, price, o.verdict)
      const spent = units * o.price
      result.spentBn += spent
      result.shares[o.chip.id] = (result.shares[o.chip.id] ?? 0) + (budget > 0 ? spent / budget : 0)
      result.units[o.chip.id] = (result.units[o.chip.id] ?? 0) + units
      let seized = 0
      if (o.grey) {
        result.greyUnits += units
        if (ctx.rng.float() < seizureChance(state, c.greyMarketSeizureBase)) {
          seized = units
          result.seizedUnits += units
          moveTension(ctx, c.bustTension, 'smuggling-bust')
          note(ctx, null, 'market/smuggling-bust', { region: pool.region })
        }
      }
      installed.installed[o.chip.id] = (installed.installed[o.chip.id] ?? 0) + units - seized
    })
    ctx.report.market.pools[poolId] = result
  }
}
