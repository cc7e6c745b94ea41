/**
 * Guards seat and facilitator codes against guessing: four digits are only 10,000 tries, so
 * after `MAX_TRIES` wrong codes in a row for one seat, that seat refuses every code for
 * `LOCK_MS` (the facilitator can still open the desk with theirs, and the lock says how long).
 */
import { CallRefusal } from '../../protocol'
import type { Clock } from './turn-timer'

/** Wrong codes in a row before a seat locks. */
export const MAX_TRIES = 5
/** How long a locked seat refuses codes. */
export const LOCK_MS = 30_000

export interface CodeGuard {
  /**
   * Checks a code for `seat` with `opens` (computed only when the seat is not locked); counts
   * failures and refuses while the seat is locked. `path` is where the code was in the request.
   */
  check(seat: string, opens: boolean | (() => boolean), wrong: string, path?: (string | number)[]): void
  /** Forgets every count (a new or loaded game). */
  reset(): void
}

export function createCodeGuard(clock: Pick<Clock, 'now'>): CodeGuard {
  const failures = new Map<string, { count: number; lockedUntil: number }>()
  return {
    check(seat, opens, wrong, path = ['code']) {
      const entry = failures.get(seat) ?? { count: 0, lockedUntil: 0 }
      const now = clock.now()
      if (entry.lockedUntil > now) {
        throw new CallRefusal('seat/locked', `Too many wrong codes: ${seat} opens again in ${Math.ceil((entry.lockedUntil - now) / 1000)} s.`, path)
      }
      if (typeof opens === 'function' ? opens() : opens) {
        failures.delete(seat)
        return
      }
      entry.count += 1
      if (entry.count >= MAX_TRIES) {
        entry.count = 0
        entry.lockedUntil = now + LOCK_MS
      }
      failures.set(seat, entry)
      throw new CallRefusal('seat/wrong_code', wrong, path)
    },
    reset() {
      failures.clear()
    },
  }
}
