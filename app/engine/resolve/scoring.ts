/** Objective metrics and victory points (VP per quarter = weight × min(cap, metric / target)). */
import type { Objective } from '../data/objective'
import { h100eFor, regionCompute } from '../model/compute'
import type { GameState } from '../state/game-state'
import type { Scratch } from './context'

/** The current value of an objective's metric for a faction. */
export function objectiveMetric(state: GameState, faction: string, o: Objective, scratch: Scratch | null): number {
  const f = state.factions[faction]
  if (f === undefined) return 0
  switch (o.metric) {
    case 'compute-lead': {
      const mine = regionCompute(state, o.regions).total
      const rival = regionCompute(state, o.rivalRegions).total
      return rival > 0 ? mine / rival : mine > 0 ? o.cap * o.target : 0
    }
    case 'domestic-chip-share': {
      const r = regionCompute(state, o.regions)
      return r.total > 0 ? r.domestic / r.total : 0
    }
    case 'chip-revenue': return f.financials.chipRevenueBn
    case 'foundry-utilisation': {
      let used = 0
      let cap = 0
      for (const [id, node] of Object.entries(state.nodes)) {
        const rec = state.rules.nodes[id]
        if (rec === undefined || !node.online || state.rules.foundries[rec.foundry]?.owner !== faction) continue
        used += node.lastWafers
        cap += node.capacityWafers
      }
      return cap > 0 ? used / cap : 0
    }
    case 'neutrality': {
      let us = 0
      let china = 0
      let all = 0
      for (const [id, node] of Object.entries(state.nodes)) {
        const rec = state.rules.nodes[id]
        if (rec === undefined || state.rules.foundries[rec.foundry]?.owner !== faction) continue
        us += node.lastWafersByBloc.us
        china += node.lastWafersByBloc.china
        all += node.lastWafers
      }
      return all > 0 ? (2 * Math.min(us, china)) / all : 0
    }
    case 'cloud-share': {
      let mine = 0
      let total = 0
      for (const region of o.regions) {
        const byCloud = scratch?.cloudRevenue[region] ?? {}
        for (const [id, v] of Object.entries(byCloud)) {
          total += v
          if (id === faction) mine += v
        }
      }
      return total > 0 ? mine / total : 0
    }
    case 'model-capability': return f.capability
    case 'own-chip-share': {
      // Compute, not units (issue 16): own chips' share of the faction's installed H100e, training and inference
      // counted apart and averaged, so an inference-only chip earns only its inference half.
      let share = 0
      for (const workload of ['training', 'inference'] as const) {
        let own = 0
        let all = 0
        for (const region of Object.values(f.installed)) {
          for (const [chip, units] of Object.entries(region)) {
            const v = h100eFor(state, chip, units, workload)
            all += v
            if (state.chips[chip]?.maker === faction) own += v
          }
        }
        share += all > 0 ? own / all / 2 : 0
      }
      return share
    }
    case 'cash': return f.cashBn
    case 'reputation': return f.reputation
    case 'stability': return (100 - state.tension) / 100
  }
}

/** VP a faction earns for an objective this quarter. */
export function objectivePoints(state: GameState, faction: string, objectiveId: string, weight: number, scratch: Scratch | null): number {
  const o = state.rules.objectives[objectiveId]
  if (o === undefined) return 0
  const m = objectiveMetric(state, faction, o, scratch)
  return weight * Math.max(0, Math.min(o.cap, m / o.target))
}
