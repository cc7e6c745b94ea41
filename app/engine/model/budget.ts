/** Demand pools' budgets along their data paths, with event modifiers. */
import { quarterIndex } from '../data/common'
import type { GameState } from '../state/game-state'

/** A pool's budget this quarter (US$ bn): the path interpolated linearly, held flat beyond its ends. */
export function poolBudget(state: Pick<GameState, 'rules' | 'quarter' | 'modifiers'>, poolId: string): number {
  const pool = state.rules.demandPools[poolId]
  if (pool === undefined) return 0
  const points = pool.budget.map((p) => ({ q: quarterIndex(p.quarter), b: p.budgetBn })).sort((a, b) => a.q - b.q)
  const first = points[0]
  if (first === undefined) return 0
  let budget = first.b
  for (let i = 0; i < points.length; i++) {
    const a = points[i]
    const b = points[i + 1]
    if (a === undefined) break
    if (state.quarter >= a.q) budget = a.b
    if (b !== undefined && state.quarter >= a.q && state.quarter < b.q) budget = a.b + ((b.b - a.b) * (state.quarter - a.q)) / (b.q - a.q)
  }
  for (const m of state.modifiers) if (m.kind === 'demand' && m.target === poolId && m.until >= state.quarter) budget *= m.factor
  return Math.max(0, budget)
}
