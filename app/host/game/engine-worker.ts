/**
 * The engine's heavy work, run in a worker thread (`engine-pool.ts`): an AI seat's orders, or
 * a quarter's resolution. Pure engine calls on structured-cloned plain data, so a worker
 * answers exactly what the main thread would. Built as its own entry (`out/main/engine-worker.js`).
 */
import { hashState, resolveQuarter, type GameState, type Order, type QuarterReport } from '../../engine'
import { engineAiOrders } from './engine-ai'

export type EngineTask =
  | { kind: 'ai'; state: GameState; seat: string; setup: { difficulty: 'easy' | 'normal' | 'hard'; persona?: string | undefined } }
  | { kind: 'resolve'; state: GameState; orders: Record<string, Order[]> }

export type EngineAnswer<T extends EngineTask> = T extends { kind: 'ai' } ? Order[] : { state: GameState; report: QuarterReport; stateHash: string }

/** Runs one task (the worker's handler; the in-thread fallback calls it too). */
export function run(task: EngineTask): Order[] | { state: GameState; report: QuarterReport; stateHash: string } {
  if (task.kind === 'ai') return engineAiOrders(task.state, task.seat, task.setup)
  const { state, report } = resolveQuarter(task.state, task.orders)
  return { state, report, stateHash: hashState(state) }
}
