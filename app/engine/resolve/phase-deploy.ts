/**
 * Phase 6: accelerators are deployed where power allows; cloud markets clear; models train.
 * A cloud running its own chips on its own models gets the full-stack co-design bonus (e × 1.15).
 */
import { ecosystemOf } from '../model/compute'
import { poolBudget } from '../model/budget'
import { homeRegion } from '../model/lookups'
import { pInf, pTrain } from '../model/performance'
import type { GameState } from '../state/game-state'
import { note, transfer, type PhaseContext } from './context'
import { softmaxFill, type Offer } from './fill'

/** Effective e of a chip for a cloud: its maker's ecosystem, with the full-stack bonus on its own chips. */
export function effectiveE(state: GameState, cloud: string, chipId: string): number {
  const chip = state.chips[chipId]
  if (chip === undefined) return 0
  const e = ecosystemOf(state, chip.maker)
  const fullStack = chip.maker === cloud && state.rules.factions[cloud]?.ownModels === true
  return fullStack ? e * state.rules.constants.fullStackBonus : e
}

/** MW one unit of a chip draws, all-in. */
function mwPerUnit(state: GameState, chipId: string): number {
  const chip = state.chips[chipId]
  return chip === undefined ? 0 : (chip.true.powerW * state.rules.constants.allInPowerFactor) / 1e6
}

function usedMw(state: GameState, installed: Record<string, number> | undefined): number {
  let mw = 0
  for (const [chip, units] of Object.entries(installed ?? {})) mw += units * mwPerUnit(state, chip)
  return mw
}

/** Phase 6, first step (after the phase's orders): data centres complete, chips are deployed where power allows. */
export function phaseDeploy(ctx: PhaseContext): void {
  const state = ctx.state as GameState
  for (const id of state.factionIds) {
    const f = ctx.state.factions[id]
    if (f === undefined) continue
    if (f.building.length > 0) {
      for (const b of f.building) if (b.ready <= state.quarter) f.datacenterMw[b.region] = (f.datacenterMw[b.region] ?? 0) + b.mw
      f.building = f.building.filter((b) => b.ready > state.quarter)
    }
    if (!f.kinds.includes('cloud')) continue
    const home = homeRegion(state, id)
    const regions = Object.keys(f.datacenterMw).sort((a, b) => (a === home ? -1 : b === home ? 1 : 0))
    for (const chipId of Object.keys(f.inventory)) {
      if (state.chips[chipId] === undefined) continue // HBM stacks, not chips
      const per = mwPerUnit(state, chipId)
      for (const region of regions) {
        const stock = f.inventory[chipId] ?? 0
        if (stock <= 0 || per <= 0) break
        const free = (f.datacenterMw[region] ?? 0) - usedMw(state, f.installed[region])
        const n = Math.min(stock, Math.floor(free / per + 1e-9))
        if (n <= 0) continue
        const inst = (f.installed[region] ??= {})
        inst[chipId] = (inst[chipId] ?? 0) + n
        f.inventory[chipId] = stock - n
      }
      if ((f.inventory[chipId] ?? 0) > 0 && !(state.chips[chipId]?.maker === id)) note(ctx, id, 'deploy/no-power', { chip: chipId, units: f.inventory[chipId] ?? 0 })
    }
  }
}

/** Phase 6, second step (reads the deployment just done): cloud markets clear, models train. */
export function phaseCloud(ctx: PhaseContext): void {
  cloudMarket(ctx)
  training(ctx)
}

function cloudMarket(ctx: PhaseContext): void {
  const state = ctx.base
  const c = state.rules.constants
  for (const [poolId, pool] of Object.entries(state.rules.demandPools)) {
    if (pool.market !== 'cloud') continue
    const budget = poolBudget(state, poolId) + (ctx.scratch.poolBoost[poolId] ?? 0)
    const offers: (Offer & { cloud: string })[] = []
    for (const id of state.factionIds) {
      const f = state.factions[id]
      const installed = f?.installed[pool.region]
      if (f === undefined || installed === undefined || !f.kinds.includes('cloud')) continue
      let compute = 0
      let weightedE = 0
      for (const [chipId, units] of Object.entries(installed)) {
        const chip = state.chips[chipId]
        if (chip === undefined || units <= 0) continue
        const e = effectiveE(state, id, chipId)
        const v = units * pInf(chip.true, chip.workloads, c) * e
        compute += v
        weightedE += v * e
      }
      const hours = compute * (1 - f.trainingShare) * c.hoursPerQuarter
      if (hours < 1) continue
      const e = compute > 0 ? weightedE / compute : 0.5
      const domestic = homeRegion(state, id) === pool.region ? 1 : 0
      const price = f.cloudPriceUsdPerHour
      const utility = pool.weights.pricePerformance * Math.log(1 / price) + pool.weights.ecosystem * Math.log(Math.max(0.05, e)) + pool.weights.domestic * domestic + pool.weights.reputation * (f.reputation / 100)
      // An offer's "units" are blocks of 1,000 H100e-hours, so prices stay far from rounding.
      offers.push({ utility, price: (price * 1000) / 1e9, stock: Math.floor(hours / 1000), cloud: id })
    }
    const bought = softmaxFill(budget, offers, c.softmaxRounds)
    const result = { budgetBn: budget, spentBn: 0, shares: {} as Record<string, number> }
    const revenue = (ctx.scratch.cloudRevenue[pool.region] ??= {})
    offers.forEach((o, i) => {
      const blocks = bought[i] ?? 0
      if (blocks <= 0) return
      const amount = blocks * o.price
      transfer(ctx, `outside:pool:${poolId}`, o.cloud, amount, 'market:cloud-revenue')
      const f = ctx.state.factions[o.cloud]
      if (f !== undefined) f.financials.cloudRevenueBn += amount
      result.spentBn += amount
      result.shares[o.cloud] = (result.shares[o.cloud] ?? 0) + (budget > 0 ? amount / budget : 0)
      revenue[o.cloud] = (revenue[o.cloud] ?? 0) + amount
    })
    ctx.report.market.cloud[poolId] = result
  }
}

function training(ctx: PhaseContext): void {
  const state = ctx.base
  const c = state.rules.constants
  for (const id of state.factionIds) {
    const f = ctx.state.factions[id]
    if (f === undefined || !f.kinds.includes('cloud') || f.trainingShare <= 0) continue
    let compute = 0
    for (const region of Object.values(f.installed)) {
      for (const [chipId, units] of Object.entries(region)) {
        const chip = state.chips[chipId]
        if (chip !== undefined) compute += units * pTrain(chip.true, chip.workloads, c) * effectiveE(state, id, chipId)
      }
    }
    f.trainingCompute += compute * f.trainingShare
    f.capability = Math.log10(1 + f.trainingCompute) * f.algorithmicEfficiency
  }
  // Ecosystems grow with their installed base (CUDA's moat is its users).
  const base: Record<string, number> = {}
  const add = (chipId: string, units: number): void => {
    const maker = state.chips[chipId]?.maker
    if (maker !== undefined && state.factions[maker] !== undefined) base[maker] = (base[maker] ?? 0) + units
  }
  for (const f of Object.values(state.factions)) for (const region of Object.values(f.installed)) for (const [chip, units] of Object.entries(region)) add(chip, units)
  for (const p of Object.values(state.pools)) for (const [chip, units] of Object.entries(p.installed)) add(chip, units)
  for (const [maker, units] of Object.entries(base)) {
    const f = ctx.state.factions[maker]
    if (f !== undefined) f.ecosystem = Math.min(c.ecosystemMax, f.ecosystem + ((c.ecosystemPerMillionH100e * units) / 1e6 / 4) * (c.ecosystemMax - f.ecosystem))
  }
}
