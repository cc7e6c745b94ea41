/** Plays random games (fast-check drives seeds, bot salts and junk orders) until `target` quarters, checking every one. */
import fc from 'fast-check'
import { expect } from 'vitest'
import { ORDER_KINDS, randomOrders, resolveQuarter, type OrdersBySeat } from '../../../app/engine'
import { testGame } from '../../fixtures/rules/test-game'
import { checkQuarter } from './invariants'

const junk = fc.record({
  kind: fc.constantFrom(...ORDER_KINDS, 'nonsense'),
  chip: fc.constantFrom('h100', 'ascend-910b', 'nope'),
  node: fc.constantFrom('tsmc-n4', 'smic-n-plus-3'),
  policy: fc.constantFrom('hbm-control', 'big-fund'),
  units: fc.integer({ min: -5, max: 10_000 }),
  amountBn: fc.double({ min: -1, max: 50, noNaN: true }),
})

/** Plays games on fixture-long (40 quarters each unless a crisis ends one) until `target` quarters; `withJunk` adds malformed and illegal orders. */
export function playChecked(withJunk: boolean, target: number): void {
  let quarters = 0
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 99 }), fc.array(junk, { minLength: 1, maxLength: 4 }), (seed, salt, junkOrders) => {
      if (quarters >= target) return
      let state = testGame({ seed })
      for (let q = 0; q < 40 && state.over === null; q++) {
        const orders: OrdersBySeat = {}
        for (const seat of state.seats) orders[seat] = randomOrders(state, seat, { salt })
        if (withJunk) {
          const seat = state.seats[q % state.seats.length] ?? ''
          orders[seat] = [...(orders[seat] ?? []), ...junkOrders]
        }
        const submitted = Object.fromEntries(Object.entries(orders).map(([s, o]) => [s, o.length]))
        const { state: next, report } = resolveQuarter(state, orders)
        checkQuarter(state, next, report, submitted)
        state = next
        quarters += 1
      }
    }),
    // Every run plays at least one quarter, so `target` runs always reach the target even if crises end games early;
    // runs after the target is reached return at once.
    { numRuns: target },
  )
  expect(quarters).toBeGreaterThanOrEqual(target)
}
