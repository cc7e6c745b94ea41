/**
 * The bench's Full Stack game through the host, as a window would play it: seed 1, the first
 * seat a person ("Bench"), the other seats on the AI at `difficulty` (the AI's default when
 * omitted). Answers the host, a `call` that throws on a refusal, and the person's seat.
 */
import path from 'node:path'
import { createGameHost, dispatchCall, type EventSender, type GameHost, type GameHostOptions } from '../../app/host'
import { ROOT } from '../lib/build'

export interface BenchGame {
  host: GameHost
  call(name: string, payload?: unknown): Promise<unknown>
  human: string
}

export async function fullStackGame(options: { difficulty?: 'easy' | 'normal' | 'hard'; savesDir?: string; onEvent?: EventSender } = {}): Promise<BenchGame> {
  const hostOptions: GameHostOptions = { dataDir: path.join(ROOT, 'game-data/base'), ...(options.savesDir === undefined ? {} : { savesDir: options.savesDir }) }
  const host = createGameHost(hostOptions)
  const connection = host.connect(options.onEvent ?? (() => undefined))
  const call = async (name: string, payload: unknown = {}): Promise<unknown> => {
    const result = await dispatchCall(host, name, payload, connection)
    if (!result.ok) throw new Error(`${name}: ${result.code}: ${result.message}`)
    return result.value
  }
  const scenarios = (await call('listScenarios')) as { id: string; seats: { faction: string }[] }[]
  const seats = scenarios.find((s) => s.id === 'full-stack')?.seats.map((s) => s.faction) ?? []
  const human = seats[0] ?? 'usa'
  const ai = (faction: string): Record<string, unknown> => ({ faction, controller: 'ai', name: 'AI', ...(options.difficulty === undefined ? {} : { difficulty: options.difficulty }) })
  await call('newGame', { scenarioId: 'full-stack', seed: 1, seats: seats.slice(0, 8).map((faction) => (faction === human ? { faction, controller: 'human', name: 'Bench' } : ai(faction))) })
  await call('claimSeat', { seat: human })
  return { host, call, human }
}
