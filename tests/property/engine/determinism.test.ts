import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deserialize, hashState, randomOrders, resolveQuarter, serialize, type GameState, type OrdersBySeat } from '../../../app/engine'
import { testGame } from '../../fixtures/rules/test-game'

/** Plays `quarters` quarters with the random bot (salted); optionally saves and reloads at `roundTripAt`. */
function run(seed: number, salt: number, quarters: number, roundTripAt: number | null): string[] {
  let state: GameState = testGame({ seed })
  const hashes: string[] = []
  for (let q = 0; q < quarters && state.over === null; q++) {
    if (q === roundTripAt) {
      const loaded = deserialize(serialize(state))
      if (!loaded.ok) throw new Error(loaded.message)
      state = loaded.state
    }
    const orders: OrdersBySeat = {}
    for (const seat of state.seats) orders[seat] = randomOrders(state, seat, { salt })
    state = resolveQuarter(state, orders).state
    hashes.push(hashState(state))
  }
  return hashes
}

describe('resolveQuarter determinism', () => {
  it('gives identical hashes over 40 quarters (or until the game ends) for the same seed and orders, also after a save round trip mid-game', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 1000 }), fc.nat(), (seed, salt, pick) => {
        const straight = run(seed, salt, 40, null)
        // A random game may end early (a crisis, a victory); the save round trip must still fall inside it.
        expect(straight.length).toBeGreaterThan(1)
        const at = 1 + (pick % (straight.length - 1))
        const reloaded = run(seed, salt, 40, at)
        expect(reloaded).toEqual(straight)
      }),
      // Seed 4, salt 289 ends in a crisis after 35 quarters: kept as a regression example.
      { numRuns: 6, examples: [[4, 289, 0]] },
    )
  }, 300_000)

  it('does not change the state it is given', () => {
    const state = testGame({ seed: 5 })
    const before = hashState(state)
    const orders: OrdersBySeat = {}
    for (const seat of state.seats) orders[seat] = randomOrders(state, seat)
    resolveQuarter(state, orders)
    expect(hashState(state)).toBe(before)
  })

  it('gives different games for different seeds', () => {
    expect(run(1, 0, 6, null)[5]).not.toBe(run(2, 0, 6, null)[5])
  })
})
