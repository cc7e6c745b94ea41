/**
 * Phase 3: foundry wafers, packaging slots and HBM stacks are allocated to bookings. Only legal
 * bookings count (controls in force, Entity List, a foundry's refused customers); a lax foundry
 * serves blocked customers at the risk of being caught. Over-booked capacity is shared pro rata.
 */
import { counterControlMultiplier, hbmBlock, serviceBlock } from '../model/legality'
import { blocOf, nodeOwner, nodeRegion } from '../model/lookups'
import { grossDiesPerWafer, maturity } from '../model/performance'
import type { GameState } from '../state/game-state'
import { lineCapacity, nodeCapacity } from './capacity'
import { moveTension, note, transfer, type PhaseContext } from './context'

interface Request {
  chip: string
  maker: string
  wafers: number
}

/** A node's yield this quarter (MODEL.md: y_mature × maturity(age) + learning). */
export function nodeYield(state: GameState, nodeId: string): number {
  const node = state.nodes[nodeId]
  const rec = state.rules.nodes[nodeId]
  if (node === undefined || rec === undefined) return 0
  const age = node.since < 0 ? 0 : state.quarter - node.since
  return Math.max(0.01, Math.min(0.98, rec.yieldMature * maturity(age, rec.maturityQuarters, state.rules.constants) + node.yieldBonus))
}

function payee(state: GameState, owner: string | undefined): string {
  return owner !== undefined && state.factions[owner] !== undefined ? owner : `outside:${owner ?? 'supplier'}`
}

/** Runs phase 3 after the phase's orders. */
export function phaseAllocation(ctx: PhaseContext): void {
  // Reads use a plain snapshot (fast); cash is read from the draft, where payments land.
  const state = ctx.base
  const c = state.rules.constants
  const byNode: Record<string, Request[]> = {}
  const push = (chipId: string, maker: string, wafers: number): void => {
    const chip = state.chips[chipId]
    if (chip === undefined || wafers <= 0 || chip.tapedOut < 0 || chip.readiness === 'paper' || state.nodes[chip.node]?.online !== true) return
    ;(byNode[chip.node] ??= []).push({ chip: chipId, maker, wafers })
  }
  for (const id of state.factionIds) {
    const f = state.factions[id]
    if (f !== undefined) for (const [chip, wafers] of Object.entries(f.bookings)) push(chip, id, wafers)
  }
  for (const chip of Object.values(state.chips)) {
    if (state.rules.actors[chip.maker] !== undefined && chip.launched >= 0) push(chip.id, chip.maker, state.rules.chips[chip.id]?.actorWafersPerQuarter ?? c.actorWafersPerQuarter)
  }

  const expected: Record<string, number> = {}
  for (const [nodeId, requests] of Object.entries(byNode)) {
    const owner = nodeOwner(state, nodeId)
    const foundry = owner === undefined ? undefined : ctx.state.factions[owner]
    const region = nodeRegion(state, nodeId)
    const legal: Request[] = []
    for (const r of requests) {
      // Tool controls stop new capacity and advancing (build-fab, advance-node, a node coming
      // online), not lines already running on tools the fab has: SMIC kept making 14 nm and
      // 7 nm-class chips after October 2022. Their bite on running lines is slower yield learning.
      const block = serviceBlock(state, region, r.maker)
      const refused = foundry?.refusedCustomers.includes(r.maker) === true
      if (refused) {
        note(ctx, r.maker, 'production/refused', { chip: r.chip, node: nodeId })
        continue
      }
      if (block !== null) {
        if (foundry?.compliance === 'lax') {
          if (ctx.rng.float() < c.laxCatchChance) {
            foundry.reputation = Math.max(0, foundry.reputation - c.caughtReputation)
            moveTension(ctx, c.bustTension, `caught:${foundry.id}`)
            note(ctx, null, 'production/foundry-caught', { foundry: foundry.id, policy: block })
            continue
          }
          legal.push(r)
          continue
        }
        note(ctx, r.maker, 'production/blocked', { chip: r.chip, node: nodeId, policy: block })
        continue
      }
      legal.push(r)
    }
    const capacity = nodeCapacity(state, nodeId)
    const asked = legal.reduce((s, r) => s + r.wafers, 0)
    const scale = asked > capacity ? capacity / Math.max(1, asked) : 1
    const rec = state.rules.nodes[nodeId]
    let run = 0
    const byBloc = { us: 0, china: 0, neutral: 0 }
    for (const r of legal) {
      let wafers = Math.floor(r.wafers * scale)
      const price = (foundry?.waferPrices[nodeId] ?? rec?.waferPriceUsd ?? 0) / 1e9
      const counter = counterControlMultiplier(state, r.maker)
      const unit = price * counter.factor
      const maker = ctx.state.factions[r.maker]
      if (maker !== undefined && unit > 0) wafers = Math.min(wafers, Math.floor(maker.cashBn / unit + 1e-9))
      if (wafers <= 0) continue
      transfer(ctx, r.maker, payee(state, owner), wafers * price, 'market:wafers')
      if (counter.policy !== null) transfer(ctx, r.maker, 'outside:materials', wafers * price * (counter.factor - 1), `policy:${counter.policy}`)
      run += wafers
      byBloc[blocOf(state, r.maker)] += wafers
      const chip = state.chips[r.chip]
      if (chip === undefined) continue
      const y = nodeYield(state, nodeId)
      expected[r.chip] = (expected[r.chip] ?? 0) + Math.floor((wafers * grossDiesPerWafer(chip.dieMm2, c) * y) / chip.diesPerChip)
      ctx.scratch.allocation[r.chip] = { maker: r.maker, wafers: (ctx.scratch.allocation[r.chip]?.wafers ?? 0) + wafers, slots: 0, stacks: 0 }
    }
    const live = ctx.state.nodes[nodeId]
    if (live !== undefined) {
      live.lastWafers = run
      live.lastWafersByBloc = byBloc
    }
    ctx.scratch.wafersRun[nodeId] = run
    ctx.report.capacity.push({ id: nodeId, owner: owner ?? '', used: run, capacity })
  }
  for (const id of Object.keys(state.nodes)) {
    if (byNode[id] === undefined) {
      const live = ctx.state.nodes[id]
      if (live !== undefined) {
        live.lastWafers = 0
        live.lastWafersByBloc = { us: 0, china: 0, neutral: 0 }
      }
    }
  }
  allocatePackaging(ctx, expected)
  allocateHbm(ctx, expected)
}

type Allocation = PhaseContext['scratch']['allocation'][string]

/**
 * Shares a packaging or HBM line's `free` capacity among the chips that want it, pro rata
 * when it is short, each capped by what its maker can pay; the maker pays the line's owner
 * (a named flow). Lowers each chip's `need`; answers the units used.
 */
function fillLine(ctx: PhaseContext, users: readonly string[], need: Record<string, number>, free: number, priceUsd: number, owner: string, flow: string, give: (a: Allocation, units: number) => void): number {
  const asked = users.reduce((s, chip) => s + (need[chip] ?? 0), 0)
  const scale = asked > free ? free / Math.max(1, asked) : 1
  const unit = priceUsd / 1e9
  let used = 0
  for (const chip of users) {
    const a = ctx.scratch.allocation[chip]
    if (a === undefined) continue
    let units = Math.floor((need[chip] ?? 0) * scale)
    const maker = ctx.state.factions[a.maker]
    if (maker !== undefined && unit > 0) units = Math.min(units, Math.floor(maker.cashBn / unit + 1e-9))
    if (units <= 0) continue
    transfer(ctx, a.maker, payee(ctx.base, owner), units * unit, flow)
    give(a, units)
    need[chip] = (need[chip] ?? 0) - units
    used += units
  }
  return used
}

function allocatePackaging(ctx: PhaseContext, expected: Record<string, number>): void {
  const state = ctx.base
  const need: Record<string, number> = {}
  for (const [chip, units] of Object.entries(expected)) if (state.chips[chip]?.advancedPackaging === true && units > 0) need[chip] = units
  for (const lineId of Object.keys(state.packaging)) {
    const rec = state.rules.packaging[lineId]
    const live = ctx.state.packaging[lineId]
    if (rec === undefined || live === undefined) continue
    const capacity = lineCapacity(state, lineId)
    const users = Object.keys(need).filter((chip) => (need[chip] ?? 0) > 0 && serviceBlock(state, rec.region, state.chips[chip]?.maker ?? '') === null)
    // A line serves makers of its own bloc first (China's 2.5D lines package Chinese designs, not
    // Nvidia's overflow from CoWoS); others share what is left.
    const bloc = state.rules.regions[rec.region]?.alignment
    const own = users.filter((chip) => blocOf(state, state.chips[chip]?.maker ?? '') === bloc)
    const give = (a: Allocation, units: number): void => {
      a.slots += units
    }
    let used = fillLine(ctx, own, need, capacity, rec.priceUsd, rec.owner, 'market:packaging', give)
    const others = users.filter((chip) => !own.includes(chip) && (need[chip] ?? 0) > 0)
    if (capacity - used > 0) used += fillLine(ctx, others, need, capacity - used, rec.priceUsd, rec.owner, 'market:packaging', give)
    live.lastUsed = used
    ctx.report.capacity.push({ id: lineId, owner: rec.owner, used, capacity })
  }
}

function allocateHbm(ctx: PhaseContext, expected: Record<string, number>): void {
  const state = ctx.base
  const need: Record<string, number> = {}
  for (const [chipId, units] of Object.entries(expected)) {
    const chip = state.chips[chipId]
    const a = ctx.scratch.allocation[chipId]
    if (chip === undefined || a === undefined || chip.hbm === null || chip.hbmStacks === 0) continue
    const packaged = chip.advancedPackaging ? Math.min(units, a.slots) : units
    let stacks = packaged * chip.hbmStacks
    // Stock first (stockpiles bought earlier), then this quarter's line output.
    const maker = ctx.state.factions[a.maker]
    if (maker !== undefined) {
      const held = maker.inventory[chip.hbm] ?? 0
      const take = Math.min(held, stacks)
      if (take > 0) {
        maker.inventory[chip.hbm] = held - take
        a.stacks += take
        stacks -= take
      }
    }
    if (stacks > 0) need[chipId] = stacks
  }
  for (const lineId of Object.keys(state.hbm)) {
    const rec = state.rules.hbm[lineId]
    const live = ctx.state.hbm[lineId]
    if (rec === undefined || live === undefined) continue
    const capacity = lineCapacity(state, lineId)
    const free = Math.max(0, capacity - live.lastUsed)
    const users = Object.keys(need).filter((chip) => state.chips[chip]?.hbm === lineId && hbmBlock(state, rec.region, state.chips[chip]?.maker ?? '') === null)
    const used = fillLine(ctx, users, need, free, rec.priceUsd, rec.owner, 'market:hbm', (a, units) => (a.stacks += units))
    live.lastUsed += used
    ctx.report.capacity.push({ id: lineId, owner: rec.owner, used: live.lastUsed, capacity })
  }
}
