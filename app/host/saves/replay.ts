/**
 * Replays: every save is also a replay. Its order log holds one entry per resolved
 * quarter, `{ quarter, orders, stateHash }` (the state's hash after that quarter), so a
 * game can be re-simulated from its start (scenario + seed + data, which the save names)
 * and checked against the hash of every quarter, then against the saved state's hash.
 *
 * The engine is passed in (`step`, `hashState`), so this file depends on no engine
 * internals: the host gives it `resolveQuarter` and the engine's `hashState`.
 */
import { z } from 'zod'
import type { HashState, SaveContent } from './save-format'

/** One resolved quarter in a save's order log. */
/** A facilitator's move during a quarter's planning, applied before the quarter resolves. */
export const InterventionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('inject-event'), event: z.string().min(1).max(64) }),
  z.strictObject({ kind: z.literal('adjust-tension'), delta: z.number().finite() }),
])
/** A facilitator's move. */
export type Intervention = z.infer<typeof InterventionSchema>

export const ReplayEntrySchema = z.strictObject({
  /** The quarter's label, e.g. `2025 Q3`. */
  quarter: z.string().min(1).max(32),
  /** Every seat's orders for that quarter, as the engine took them. */
  orders: z.unknown(),
  /** The state's hash after the quarter was resolved. */
  stateHash: z.string().min(1).max(128),
  /** The facilitator's moves during the quarter's planning, in order (classroom games). */
  interventions: z.array(InterventionSchema).max(256).optional(),
  /** The facilitator ended the game here instead of resolving the quarter. */
  stopped: z.literal(true).optional(),
})

/** One entry of a replayable order log. */
export type ReplayEntry = z.infer<typeof ReplayEntrySchema>

/** Builds the order log entry for a quarter the host has just resolved. */
export function replayEntry(quarter: string, orders: unknown, stateAfter: unknown, hashState: HashState): ReplayEntry {
  return { quarter, orders, stateHash: hashState(stateAfter) }
}

/** How to re-simulate a game. */
export interface ReplayOptions<S> {
  /** The game's state before its first quarter (the host recreates it from scenario + seed + data). */
  initialState: S
  /** Plays one log entry: its interventions, then the engine's `resolveQuarter(state, orders).state` (see app/host/game/replay-step.ts). */
  step(state: S, entry: ReplayEntry): S
  hashState: HashState
  /** Called after each quarter (progress bars, per-quarter tests). */
  onQuarter?(index: number, entry: ReplayEntry, state: S): void
}

/** What a replay found. */
export type ReplayResult<S> =
  | { ok: true; quarters: number; state: S }
  | {
      ok: false
      code: 'replay/bad_log' | 'replay/diverged' | 'replay/final_state' | 'replay/step_failed'
      message: string
      /** Index of the first quarter that went wrong (for `replay/diverged` and `replay/step_failed`). */
      quarterIndex?: number
    }

/**
 * Re-simulates a save's order log from `initialState` and checks the state hash after
 * every quarter, then the saved state's hash. Stops at the first divergence, naming it.
 */
export function verifyReplay<S>(save: Pick<SaveContent, 'orderLog' | 'stateHash'>, options: ReplayOptions<S>): ReplayResult<S> {
  const log = z.array(ReplayEntrySchema).safeParse(save.orderLog)
  if (!log.success) {
    const issue = log.error.issues[0]
    return { ok: false, code: 'replay/bad_log', message: `The order log cannot be replayed: at orderLog.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}.` }
  }
  let state = options.initialState
  for (const [index, entry] of log.data.entries()) {
    try {
      state = options.step(state, entry)
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      return { ok: false, code: 'replay/step_failed', quarterIndex: index, message: `Replaying ${entry.quarter} failed: ${why}.` }
    }
    const hash = options.hashState(state)
    if (hash !== entry.stateHash) {
      return {
        ok: false,
        code: 'replay/diverged',
        quarterIndex: index,
        message: `The replay diverged at ${entry.quarter} (quarter ${index + 1}): state hash ${hash}, the save recorded ${entry.stateHash}.`,
      }
    }
    options.onQuarter?.(index, entry, state)
  }
  const finalHash = options.hashState(state)
  if (finalHash !== save.stateHash) {
    return { ok: false, code: 'replay/final_state', message: `The replay ends in state ${finalHash}, but the save holds state ${save.stateHash}.` }
  }
  return { ok: true, quarters: log.data.length, state }
}
