/** Small lookups over the state shared by phases, orders and views. */
import type { GameState } from '../state/game-state'

type S = Pick<GameState, 'rules' | 'factions' | 'quarter' | 'nodes'>

/** The region of a faction or actor (or undefined). */
export function homeRegion(state: Pick<GameState, 'rules'>, id: string): string | undefined {
  return state.rules.factions[id]?.region ?? state.rules.actors[id]?.region
}

/** The bloc ('us' | 'china' | 'neutral') of a faction or actor, by its home region. */
export function blocOf(state: Pick<GameState, 'rules'>, id: string): 'us' | 'china' | 'neutral' {
  const region = homeRegion(state, id)
  return region === undefined ? 'neutral' : (state.rules.regions[region]?.alignment ?? 'neutral')
}

/** Whether `maker` and the region are of opposing blocs (US-aligned against China-aligned). */
export function rivalOf(state: Pick<GameState, 'rules'>, maker: string, region: string): boolean {
  const a = blocOf(state, maker)
  const b = state.rules.regions[region]?.alignment ?? 'neutral'
  return (a === 'us' && b === 'china') || (a === 'china' && b === 'us')
}

/** Whether a faction has one of the kinds. */
export function hasKind(state: S, faction: string, kinds: readonly string[]): boolean {
  const f = state.rules.factions[faction]
  return f !== undefined && (kinds.length === 0 || f.kinds.some((k) => kinds.includes(k)))
}

/** The faction owning a foundry's node (or the actor). */
export function nodeOwner(state: Pick<GameState, 'rules'>, nodeId: string): string | undefined {
  const node = state.rules.nodes[nodeId]
  return node === undefined ? undefined : state.rules.foundries[node.foundry]?.owner
}

/** The region a node's foundry is in. */
export function nodeRegion(state: Pick<GameState, 'rules'>, nodeId: string): string | undefined {
  const node = state.rules.nodes[nodeId]
  return node === undefined ? undefined : state.rules.foundries[node.foundry]?.region
}

/** Object keys in a stable order (insertion order is already deterministic; sorting makes it explicit). */
export function keys<T extends object>(record: T): string[] {
  return Object.keys(record)
}

/** The id a new designed chip or program gets. */
export function newId(state: { nextId: number }, prefix: string): string {
  state.nextId += 1
  return `${prefix}-${state.nextId}`
}
