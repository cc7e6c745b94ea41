/** Scheduled capacities (`capacityPath`): the value in force at a quarter, and the step taken at it. */
import { quarterIndex } from '../data/common'

type Path = readonly { quarter: string; capacity: number }[] | undefined

/** The scheduled capacity at `quarter`: the last point at or before it, else the flat figure. */
export function scheduledCapacity(path: Path, flat: number, quarter: number): number {
  let value = flat
  let best = -Infinity
  for (const p of path ?? []) {
    const q = quarterIndex(p.quarter)
    if (q <= quarter && q >= best) {
      best = q
      value = p.capacity
    }
  }
  return value
}

/** The change the schedule makes at `quarter` (0 when no point falls on it). */
export function scheduledStep(path: Path, flat: number, quarter: number): number {
  if (path === undefined || !path.some((p) => quarterIndex(p.quarter) === quarter)) return 0
  return scheduledCapacity(path, flat, quarter) - scheduledCapacity(path, flat, quarter - 1)
}
