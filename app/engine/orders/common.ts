/** Checks several order kinds share. */
import type { ChipState, GameState } from '../state/game-state'
import { refuse, type OrderRefusal } from './refusal'

/** The chip if it exists and belongs to the seat, else a refusal. */
export function ownChip(state: GameState, seat: string, id: string, path: (string | number)[] = ['chip']): ChipState | OrderRefusal {
  const chip = state.chips[id]
  if (chip === undefined) return refuse('unknown_chip', `there is no chip "${id}"`, path)
  if (chip.maker !== seat) return refuse('not_your_chip', `${id} is not your chip`, path)
  return chip
}

/** The chip if it exists and the seat may know of it. */
export function knownChip(state: GameState, seat: string, id: string, path: (string | number)[] = ['chip']): ChipState | OrderRefusal {
  const chip = state.chips[id]
  if (chip === undefined || (!chip.public && chip.maker !== seat)) return refuse('unknown_chip', `there is no chip "${id}"`, path)
  return chip
}

/** Whether a value is a refusal. */
export function isRefusal(value: unknown): value is OrderRefusal {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && 'path' in value
}

/** The node if it belongs to a foundry the seat owns. */
export function ownNode(state: GameState, seat: string, id: string): OrderRefusal | null {
  const node = state.rules.nodes[id]
  if (node === undefined || state.nodes[id] === undefined) return refuse('unknown_node', `there is no node "${id}"`, ['node'])
  if (state.rules.foundries[node.foundry]?.owner !== seat) return refuse('not_your_node', `${id} is not one of your nodes`, ['node'])
  return null
}

/** Ids of the seat's chips matching a predicate. */
export function ownChipIds(state: GameState, seat: string, pred: (c: ChipState) => boolean = () => true): string[] {
  return Object.values(state.chips).filter((c) => c.maker === seat && pred(c)).map((c) => c.id)
}

/** Ids of nodes the seat's foundries own. */
export function ownNodeIds(state: GameState, seat: string, pred: (id: string) => boolean = () => true): string[] {
  return Object.values(state.rules.nodes).filter((n) => state.rules.foundries[n.foundry]?.owner === seat && state.nodes[n.id] !== undefined && pred(n.id)).map((n) => n.id)
}

/** A refusal when a number is above its limit. */
export function overLimit(value: number, limit: number, path: string): OrderRefusal | null {
  return value > limit ? refuse('over_limit', `${path} may be at most ${limit}`, [path]) : null
}
