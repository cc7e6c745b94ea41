/** Effective capacities this quarter: base × event modifiers, zero before a line exists. */
import { quarterIndex } from '../data/common'
import type { GameState } from '../state/game-state'

/** The product of active capacity modifiers on a target. */
export function capacityFactor(state: Pick<GameState, 'modifiers' | 'quarter'>, target: string): number {
  let f = 1
  for (const m of state.modifiers) if (m.kind === 'capacity' && m.target === target && m.until >= state.quarter) f *= m.factor
  return f
}

/** Wafers a node can run this quarter. */
export function nodeCapacity(state: GameState, nodeId: string): number {
  const node = state.nodes[nodeId]
  if (node === undefined || !node.online) return 0
  return Math.floor(node.capacityWafers * capacityFactor(state, nodeId))
}

/** Units a packaging or HBM line can deliver this quarter. */
export function lineCapacity(state: GameState, id: string): number {
  const rec = state.rules.packaging[id] ?? state.rules.hbm[id]
  const line = state.packaging[id] ?? state.hbm[id]
  if (rec === undefined || line === undefined || state.quarter < quarterIndex(rec.availableFrom)) return 0
  return Math.floor(line.capacity * capacityFactor(state, id))
}
