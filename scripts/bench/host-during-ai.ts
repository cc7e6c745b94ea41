/**
 * Bench section: the host while the AI thinks. Full Stack seed 1, one person and seven hard
 * AI seats: the person ends their turn and, while the AI decides and the quarter resolves
 * (in the engine pool's worker threads), `getGame` is called every few milliseconds.
 * `hostCallDuringAiMs` is the p95 time to answer it (target ≤ 50 ms); `hostAiQuarterMs` the
 * whole quarter beside it; `hostEngineWhere` where the engine ran (`worker` or `in-thread`).
 */
import path from 'node:path'
import { createGameHost, dispatchCall } from '../../app/host'
import { ROOT } from '../lib/build'
import type { BenchSection } from './section'

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export const hostDuringAiSection: BenchSection = {
  name: 'host during AI',
  async run() {
    const host = createGameHost({ dataDir: path.join(ROOT, 'game-data/base') })
    try {
      const connection = host.connect(() => undefined)
      const call = async (name: string, payload: unknown = {}): Promise<unknown> => {
        const result = await dispatchCall(host, name, payload, connection)
        if (!result.ok) throw new Error(`${name}: ${result.code}: ${result.message}`)
        return result.value
      }
      const scenarios = (await call('listScenarios')) as { id: string; seats: { faction: string }[] }[]
      const seats = scenarios.find((s) => s.id === 'full-stack')?.seats.map((s) => s.faction) ?? []
      const human = seats[0] ?? 'nvidia'
      await call('newGame', { scenarioId: 'full-stack', seed: 1, seats: seats.slice(0, 8).map((faction) => (faction === human ? { faction, controller: 'human', name: 'Bench' } : { faction, controller: 'ai', name: 'AI', difficulty: 'hard' })) })
      await call('claimSeat', { seat: human })
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
