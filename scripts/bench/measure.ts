/** Timing helpers for `npm run bench` (figures, never pass/fail). */

/** Median and 95th percentile of a list of milliseconds. */
export interface Timing {
  medianMs: number
  p95Ms: number
  runs: number
}

/** Summarises raw times. */
export function summarise(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { medianMs: at(0.5), p95Ms: at(0.95), runs: sorted.length }
}

/** Times `fn` over `runs` runs after a short warm-up. */
export function time(fn: () => void, runs = 200): Timing {
  for (let i = 0; i < Math.min(20, runs); i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    fn()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return summarise(times)
}
