/**
 * Bench section: the host while the AI thinks. Full Stack seed 1, one person and seven hard
 * AI seats: the person ends their turn and, while the AI decides and the quarter resolves
 * (in the engine pool's worker threads), `getGame` is called every few milliseconds.
 * `hostCallDuringAiMs` is the p95 time to answer it (target ≤ 50 ms); `hostAiQuarterMs` the
 * whole quarter beside it; `hostEngineWhere` where the engine ran (`worker` or `in-thread`).
 */
import { fullStackGame } from './full-stack-host'
import type { BenchSection } from './section'

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export const hostDuringAiSection: BenchSection = {
  name: 'host during AI',
  async run() {
    const { host, call, human } = await fullStackGame({ difficulty: 'hard' })
    try {
      const answers: number[] = []
      const quarters: number[] = []
      for (let q = 0; q < 2; q++) {
        let done = false
        const t0 = performance.now()
        const ended = call('endTurn', { seat: human }).finally(() => {
          done = true
        })
        while (!done) {
          const s = performance.now()
          await call('getGame')
          answers.push(performance.now() - s)
          await sleep(5)
        }
        await ended
        quarters.push(performance.now() - t0)
      }
      const sorted = [...answers].sort((a, b) => a - b)
      return {
        hostEngineWhere: host.engineWhere(),
        hostCallDuringAiMs: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
        hostCallsDuringAi: answers.length,
        hostAiQuarterMs: quarters.reduce((a, b) => a + b, 0) / Math.max(1, quarters.length),
      }
    } finally {
      await host.close()
    }
  },
}
