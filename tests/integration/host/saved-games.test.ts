import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createGame, hashState, STATE_VERSION } from '../../../app/engine'
import { replayStep } from '../../../app/host/game/replay-step'
import { verifyReplay } from '../../../app/host/saves'
import { createGameHost, dispatchCall, type GameHost } from '../../../app/host'

const ROOT = path.resolve(__dirname, '../../..')
const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-saved-games-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A host over the fixture rules whose saves folder holds the state-version `version` fixture as `name`, and a window's `call` that throws on a refusal. */
function hostWithSave(version: number, name: string): { host: GameHost; call(name: string, payload: unknown): Promise<unknown> } {
  cpSync(path.join(ROOT, `tests/fixtures/states/state-v${version}.scsave`), path.join(dir, `${name}.scsave`))
  const host = createGameHost({ dataDir: path.join(ROOT, 'tests/fixtures/rules'), savesDir: dir })
  const connection = host.connect(() => undefined)
  const call = async (callName: string, payload: unknown): Promise<unknown> => {
    const result = await dispatchCall(host, callName, payload, connection)
    if (!result.ok) throw new Error(`${callName}: ${result.code}: ${result.message}`)
    return result.value
  }
  return { host, call }
}

describe('games saved by earlier builds', () => {
  for (let version = 1; version <= STATE_VERSION; version++) {
    it(`load (state version ${version}) and play on, the replay's hashes holding`, async () => {
      const { host, call } = hostWithSave(version, `v${version}`)
      const loaded = (await call('loadGame', { name: `v${version}` })) as { game: { quarter: number } }
      await call('claimSeat', { seat: 'nvidia' })
      const after = (await call('endTurn', { seat: 'nvidia' })) as { quarter: number }
      expect(after.quarter).not.toBe(loaded.game.quarter)
      expect(host.session()?.orderLog).toHaveLength(3)
      await host.close()
    })

    // Known defect (before issue 15 too): a save writes the state with sorted keys, and the
    // engine's iteration follows key order, so quarters played after a load differ from a
    // replay of the same orders from the start (the saved quarters replay fine). Rules beside
    // the state and order-independent iteration (issue 15, point 1) fix it; then drop `.fails`.
    it.fails(`replay from the start through the quarters played after a load (state version ${version})`, async () => {
      const { host, call } = hostWithSave(version, `r${version}`)
      await call('loadGame', { name: `r${version}` })
      await call('claimSeat', { seat: 'nvidia' })
      await call('endTurn', { seat: 'nvidia' })
      // A replay from the start reproduces every quarter's hash, the new one included.
      const game = host.session()
      if (game === null) throw new Error('no game')
      const start = createGame(game.replayRules(), { scenarioId: game.scenarioId, seats: game.seats.map((s) => s.faction), seed: game.seed })
      if (!start.ok) throw new Error(start.message)
      const replay = verifyReplay({ orderLog: [...game.orderLog], stateHash: hashState(game.state) }, { initialState: start.state, step: replayStep, hashState })
      expect(replay, JSON.stringify(replay)).toMatchObject({ ok: true, quarters: 3 })
      await host.close()
    })
  }
})
