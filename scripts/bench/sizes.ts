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
import type { EventName } from '../../app/protocol'
import { fullStackGame } from './full-stack-host'
import type { BenchSection } from './section'

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value))

export const sizesSection: BenchSection = {
  name: 'sizes',
  async run() {
    const saves = mkdtempSync(path.join(os.tmpdir(), 'sc-bench-sizes-'))
    let lastUpdate = 0
    const { host, call, human } = await fullStackGame({
      savesDir: saves,
      onEvent: (event: EventName, payload) => {
        if (event === 'quarterResolved') lastUpdate = bytes({ event, payload })
      },
    })
    try {
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
