/**
 * Acceptance 3 of the base game: every scenario plays to its end with the random-legal-orders
 * bot on every seat, without an error, and no faction's final score (VP − par) is the same in
 * every game. The test plays SC_SCENARIO_SEEDS seeds per scenario (default 8, to keep the
 * suite fast); `npm run sim` plays the 50 seeds whose figures docs/game-data.md quotes.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as engine from '../../app/engine'
import { loadDataFolder } from '../../app/host/data/data-folder'

const SEEDS = Number(process.env.SC_SCENARIO_SEEDS ?? 8)
const loaded = loadDataFolder(path.resolve(__dirname, '../../game-data/base'))

function needEngine(): void {
  const api = engine as unknown as Record<string, unknown>
  const missing = ['createGame', 'resolveQuarter', 'randomOrders'].filter((name) => typeof api[name] !== 'function')
  if (missing.length > 0) throw new Error(`the engine does not export ${missing.join(', ')} yet: scenarios cannot be played`)
}

describe.each(['october-2022', 'full-stack', 'classroom'])('the %s scenario', (scenarioId) => {
  it(`plays to its end with the random bot for ${SEEDS} seeds, and scores vary between games`, () => {
    needEngine()
    const rules = loaded.rules
    if (rules === undefined) throw new Error(`game-data/base does not load: ${JSON.stringify(loaded.errors.slice(0, 3))}`)
    const scenario = rules.scenarios[scenarioId]
    expect(scenario).toBeDefined()
    if (scenario === undefined) return
    const length = engine.quarterIndex(scenario.end) - engine.quarterIndex(scenario.start) + 1
    const scores: Record<string, Set<number>> = {}
    for (let seed = 1; seed <= SEEDS; seed++) {
      const created = engine.createGame(rules, { scenarioId, seed })
      if (!created.ok) throw new Error(`seed ${seed}: ${created.message}`)
      let state = created.state
      let quarters = 0
      while (state.over === null) {
        const orders: engine.OrdersBySeat = {}
        for (const seat of state.seats) orders[seat] = engine.randomOrders(state, seat)
        state = engine.resolveQuarter(state, orders).state
        quarters += 1
        if (quarters > length) throw new Error(`seed ${seed}: still running after ${quarters} quarters`)
      }
      expect(state.over.reason === 'crisis' || quarters === length, `seed ${seed} ended after ${quarters} of ${length} quarters`).toBe(true)
      for (const id of state.factionIds) {
        const f = state.factions[id]
        expect(Number.isFinite(f?.vp), `seed ${seed}: ${id} vp`).toBe(true)
        if (f !== undefined) (scores[id] ??= new Set()).add(Math.round((f.vp - f.par) * 1000) / 1000)
      }
    }
    expect(Object.keys(scores).sort()).toEqual([...scenario.seats].sort())
    const constant = Object.entries(scores).filter(([, set]) => set.size < 2).map(([id]) => id)
    expect(constant, 'factions whose score was the same in every game').toEqual([])
  })
})
