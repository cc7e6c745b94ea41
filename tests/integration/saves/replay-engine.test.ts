/**
 * Issue 6: a replay file re-simulates to the same state hash every quarter, with the real
 * engine. The bot plays a game; each quarter's orders and state hash go into the save's
 * order log; the save is written and read back through a SaveStore; then the game is
 * re-simulated from a fresh start and checked quarter by quarter.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createGame, hashState, quarterLabel, randomOrders, resolveQuarter, type GameState, type OrdersBySeat } from '../../../app/engine'
import { replayStep } from '../../../app/host/game/replay-step'
import { replayEntry, verifyReplay, type ReplayEntry } from '../../../app/host/saves/replay'
import { createSaveStore } from '../../../app/host/saves/save-store'
import { loadDataFolder } from '../../../app/host/data/data-folder'
import { dataDir } from '../../../scripts/lib/rules-source'

const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-replay-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('replaying a saved game with the engine', () => {
  it('re-simulates to the saved state hash after every quarter', async () => {
    const loaded = loadDataFolder(dataDir(undefined))
    if (loaded.rules === undefined) throw new Error('rules do not load')
    const rules = loaded.rules
    const scenario = Object.values(rules.scenarios)[0]
    if (scenario === undefined) throw new Error('no scenario')
    const fresh = (): GameState => {
      const created = createGame(rules, { scenarioId: scenario.id, seed: 7 })
      if (!created.ok) throw new Error(created.message)
      return created.state
    }

    let state = fresh()
    const log: ReplayEntry[] = []
    for (let q = 0; q < 8 && state.over === null; q++) {
      const orders: OrdersBySeat = {}
      for (const seat of state.seats) orders[seat] = randomOrders(state, seat)
      const label = String(quarterLabel(state.quarter))
      state = resolveQuarter(state, orders).state
      log.push(replayEntry(label, orders, state, hashState))
    }
    expect(log.length).toBeGreaterThan(0)

    const store = createSaveStore({ dir, hashState })
    const saved = await store.save('replay', {
      gameVersion: '0.1.0',
      scenarioId: scenario.id,
      seed: 7,
      data: [{ id: 'base', version: '1.0.0', hash: 'unknown' }],
      state,
      orderLog: log,
      meta: { savedAt: '2026-11-29T05:00:00.000Z', quarter: log.at(-1)?.quarter ?? '?', seats: state.seats.map((seat) => ({ seat, name: seat, controller: 'ai' as const, difficulty: 'normal' as const, persona: null })) },
    })
    expect(saved.ok).toBe(true)
    const back = await store.load('replay')
    if (!back.ok) throw new Error(back.message)

    const hashes: string[] = []
    const result = verifyReplay(back.value.save, {
      initialState: fresh(),
      step: replayStep,
      hashState,
      onQuarter: (_i, _entry, s) => hashes.push(hashState(s)),
    })
    expect(result).toMatchObject({ ok: true, quarters: log.length })
    expect(hashes).toEqual(log.map((e) => e.stateHash))
  })
})
