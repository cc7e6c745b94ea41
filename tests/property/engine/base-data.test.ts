import { describe, expect, it } from 'vitest'
import { createGame, randomOrders, resolveQuarter, viewFor, type OrdersBySeat } from '../../../app/engine'
import { listDataFiles, loadDataFolder } from '../../../app/host/data/data-folder'
import { quarterViolations } from './invariants'

// The engine's invariants on the real content, when game-data/base has it (content is another issue).
const hasBase = (() => {
  try {
    return listDataFiles('game-data/base').length > 0
  } catch {
    return false
  }
})()

describe.skipIf(!hasBase)('the base game data under random play', () => {
  it('plays every scenario to its end without breaking an invariant', () => {
    const loaded = loadDataFolder('game-data/base')
    expect(loaded.errors.filter((e) => e.severity === 'error')).toEqual([])
    const rules = loaded.rules
    if (rules === undefined) return
    for (const scenarioId of Object.keys(rules.scenarios)) {
      for (const seed of [1, 2]) {
        const created = createGame(rules, { scenarioId, seed })
        if (!created.ok) throw new Error(created.message)
        let state = created.state
        while (state.over === null) {
          const orders: OrdersBySeat = {}
          for (const seat of state.seats) orders[seat] = randomOrders(state, seat)
          const submitted = Object.fromEntries(Object.entries(orders).map(([s, o]) => [s, o.length]))
          const { state: next, report } = resolveQuarter(state, orders)
          const bad = quarterViolations(state, next, report, submitted)
          expect(bad, `${scenarioId} seed ${seed} quarter ${state.quarter}`).toEqual([])
          state = next
        }
        for (const seat of state.seats) expect(viewFor(state, seat).seat).toBe(seat)
      }
    }
  }, 300_000)
})
