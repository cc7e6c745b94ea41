/**
 * Bench section: sizes on the wire and on disk, Full Stack seed 1 after 4 quarters (one
 * person, seven AI seats at normal). JSON bytes of the whole state (`stateBytes`), of one
 * seat's view as `getView` answers it (`seatViewBytes`, target ≤ 40 KB), of the 4th quarter's
 * `quarterResolved` event for that seat (`quarterUpdateBytes`, target ≤ 30 KB), and of a save
 * file (`saveBytes`, target ≤ 300 KB). `stateRulesBytes` and `seatViewRulesBytes` say how much
 * of each is the ruleset. Figures only.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createGameHost, dispatchCall } from '../../app/host'
import type { EventName } from '../../app/protocol'
import { ROOT } from '../lib/build'
import type { BenchSection } from './section'

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value))

export const sizesSection: BenchSection = {
  name: 'sizes',
  async run() {
    const saves = mkdtempSync(path.join(os.tmpdir(), 'sc-bench-sizes-'))
    const host = createGameHost({ dataDir: path.join(ROOT, 'game-data/base'), savesDir: saves })
    try {
      let lastUpdate = 0
      const connection = host.connect((event: EventName, payload) => {
        if (event === 'quarterResolved') lastUpdate = bytes({ event, payload })
      })
      const call = async (name: string, payload: unknown = {}): Promise<unknown> => {
        const result = await dispatchCall(host, name, payload, connection)
        if (!result.ok) throw new Error(`${name}: ${result.code}: ${result.message}`)
        return result.value
      }
      const scenarios = (await call('listScenarios')) as { id: string; seats: { faction: string }[] }[]
      const seats = scenarios.find((s) => s.id === 'full-stack')?.seats.map((s) => s.faction) ?? []
      const human = seats[0] ?? 'usa'
      await call('newGame', { scenarioId: 'full-stack', seed: 1, seats: seats.map((faction) => (faction === human ? { faction, controller: 'human', name: 'Bench' } : { faction, controller: 'ai', name: 'AI' })) })
      await call('claimSeat', { seat: human })
      await call('getView', { seat: human })
      for (let q = 0; q < 4; q++) await call('endTurn', { seat: human })
      const state = host.session()?.state
      const view = (await call('getView', { seat: human })) as { rules?: unknown }
      await call('saveGame', { name: 'bench sizes', overwrite: true })
      return {
        stateBytes: bytes(state),
        stateRulesBytes: bytes(state?.rules),
        seatViewBytes: bytes(view),
        seatViewRulesBytes: bytes(view.rules ?? null),
        quarterUpdateBytes: lastUpdate,
        saveBytes: statSync(path.join(saves, 'bench sizes.scsave')).size,
      }
    } finally {
      await host.close()
      rmSync(saves, { recursive: true, force: true })
    }
  },
}
