import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGameHost, dispatchCall, type Connection } from '../../../app/host'
import type { GameInfo, ScenarioSummary } from '../../../app/protocol'

const BASE = path.resolve(__dirname, '../../../game-data/base')

async function value<T>(host: ReturnType<typeof createGameHost>, connection: Connection, name: string, payload: unknown = {}): Promise<T> {
  const result = await dispatchCall(host, name, payload, connection)
  if (!result.ok) throw new Error(`${name}: ${result.code}: ${result.message}`)
  return result.value as T
}

describe('the host over the base game', () => {
  it('lists the three scenarios with their seats, personas and briefings, all with English texts', async () => {
    const host = createGameHost({ dataDir: BASE })
    const connection = host.connect(() => undefined)
    const scenarios = await value<ScenarioSummary[]>(host, connection, 'listScenarios')
    expect(scenarios.map((s) => s.id).sort()).toEqual(['classroom', 'full-stack', 'october-2022'])
    const texts = await value<Record<string, string>>(host, connection, 'getTexts', { language: 'en' })
    for (const s of scenarios) {
      expect(s.seats.length).toBeGreaterThanOrEqual(8)
      for (const key of [s.name, s.briefing, ...s.seats.map((seat) => seat.name)]) expect(texts[key], key).toBeTruthy()
    }
    const classroom = scenarios.find((s) => s.id === 'classroom')!
    expect(classroom.seats.every((seat) => seat.briefing !== null && texts[seat.briefing] !== undefined)).toBe(true)
  })

  it('plays the classroom scenario to its end with one person and seven AI seats', async () => {
    const host = createGameHost({ dataDir: BASE })
    const connection = host.connect(() => undefined)
    const factions = ['alibaba', 'usa', 'prc', 'nvidia', 'tsmc', 'huawei', 'google', 'smic']
    let game = await value<GameInfo>(host, connection, 'newGame', {
      scenarioId: 'classroom',
      seed: 3,
      seats: factions.map((faction, i) => ({ faction, controller: i === 0 ? 'human' : 'ai', name: i === 0 ? 'Student' : 'AI' })),
    })
    await value(host, connection, 'claimSeat', { seat: 'alibaba' })
    let turns = 0
    while (!game.over && turns < 20) {
      game = await value<GameInfo>(host, connection, 'endTurn', { seat: 'alibaba' })
      turns++
    }
    expect(game.over).toBe(true)
    expect(turns).toBeLessThanOrEqual(8)
    await expect(dispatchCall(host, 'endTurn', { seat: 'alibaba' }, connection)).resolves.toMatchObject({ ok: false, code: 'game/over' })
  })
})
