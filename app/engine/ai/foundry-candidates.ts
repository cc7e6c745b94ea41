/** Candidate orders of foundries: wafer prices, fabs, nodes, yield, compliance. */
import type { LegalOrder } from '../orders/legal-orders'
import type { GameState, NodeState } from '../state/game-state'
import { clamp, ids, numMax, numMin, round2, type Candidate, type Gen } from './candidate-kit'

/** The order's node options that are running, with how full they were last quarter. */
function runningNodes(g: GameState, legal: LegalOrder): { id: string; node: NodeState; util: number }[] {
  const out: { id: string; node: NodeState; util: number }[] = []
  for (const id of ids(legal.params.node)) {
    const node = g.nodes[id]
    if (node !== undefined && node.online && node.capacityWafers > 0) out.push({ id, node, util: node.lastWafers / node.capacityWafers })
  }
  return out
}

/** Generators by order kind. */
export const FOUNDRY_CANDIDATES: Partial<Record<LegalOrder['kind'], Gen>> = {
  'set-wafer-price': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const out: Candidate[] = []
    for (const { id, util } of runningNodes(g, legal)) {
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
    for (const { id, node, util } of runningNodes(g, legal)) {
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
}
