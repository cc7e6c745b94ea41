/**
 * Bench section: the host. Plays the October 2022 scenario through the game host (one
 * person, seven AI seats) and measures what crosses the transport: the size of one
 * seat's update after a quarter (`quarterResolved`, target ≤ 30 KB), of a full view
 * (`getView`), and save / load through the host's save store for the late-game state
 * (targets ≤ 50 ms each, ≤ 300 KB). Figures only, never pass/fail.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createGameHost, dispatchCall } from '../../app/host'
import type { EventName } from '../../app/protocol'
import { ROOT } from '../lib/build'
import type { BenchSection } from './section'

export const hostSection: BenchSection = {
  name: 'host',
  async run() {
    const saves = mkdtempSync(path.join(os.tmpdir(), 'sc-bench-host-'))
    try {
      const host = createGameHost({ dataDir: path.join(ROOT, 'game-data/base'), savesDir: saves })
      const updates: number[] = []
      const connection = host.connect((event: EventName, payload) => {
        if (event === 'quarterResolved') updates.push(Buffer.byteLength(JSON.stringify({ event, payload })))
      })
      const call = async (name: string, payload: unknown = {}) => {
        const result = await dispatchCall(host, name, payload, connection)
        if (!result.ok) throw new Error(`${name}: ${result.code}: ${result.message}`)
        return result.value
      }
      const factions = ['nvidia', 'usa', 'prc', 'tsmc', 'huawei', 'alibaba', 'google', 'smic']
      await call('newGame', {
        scenarioId: 'october-2022',
        seed: 7,
        seats: factions.map((faction, i) => ({ faction, controller: i === 0 ? 'human' : 'ai', name: i === 0 ? 'Bench' : 'AI' })),
      })
      await call('claimSeat', { seat: 'nvidia' })
      let quarters = 0
      for (; quarters < 40; quarters++) {
        const game = (await call('getGame')) as { over: boolean }
        if (game.over) break
        await call('endTurn', { seat: 'nvidia' })
      }
      const viewBytes = Buffer.byteLength(JSON.stringify(await call('getView', { seat: 'nvidia' })))
      const t0 = process.hrtime.bigint()
      await call('saveGame', { name: 'bench late game', overwrite: true })
      const t1 = process.hrtime.bigint()
      await call('loadGame', { name: 'bench late game' })
      const t2 = process.hrtime.bigint()
      const sorted = [...updates].sort((a, b) => a - b)
      return {
        hostQuartersPlayed: quarters,
        seatUpdateMedianBytes: sorted[Math.floor(sorted.length / 2)] ?? 0,
        seatUpdateMaxBytes: sorted.at(-1) ?? 0,
        fullViewBytes: viewBytes,
        hostSaveLateGameMs: Number(t1 - t0) / 1e6,
        hostLoadLateGameMs: Number(t2 - t1) / 1e6,
        hostSaveFileBytes: statSync(path.join(saves, 'bench late game.scsave')).size,
      }
    } finally {
      rmSync(saves, { recursive: true, force: true })
    }
  },
}
