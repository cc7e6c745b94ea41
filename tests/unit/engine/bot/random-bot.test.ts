import { describe, expect, it } from 'vitest'
import { randomOrders, validateOrder } from '../../../../app/engine'
import { playRandom, testGame } from '../../../fixtures/rules/test-game'

describe('randomOrders', () => {
  it('gives only orders that pass validation, the same ones for the same state', () => {
    const state = playRandom(testGame(), 2)
    for (const seat of state.seats) {
      const orders = randomOrders(state, seat)
      for (const order of orders) expect(validateOrder(state, seat, order)).toEqual({ ok: true })
      expect(randomOrders(state, seat)).toEqual(orders)
    }
  })
  it('differs with the salt', () => {
    const state = testGame()
    const a = [0, 1, 2, 3].map((salt) => JSON.stringify(randomOrders(state, 'nvidia', { salt })))
    expect(new Set(a).size).toBeGreaterThan(1)
  })
})
