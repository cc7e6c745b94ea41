import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { legalOrders, reportFor, resolveQuarter, validateOrder, viewFor } from '../../../app/engine'
import { testGame } from '../../fixtures/rules/test-game'

// The host passes what the renderer sends; nothing a client sends may throw out of the engine.
const seatName = fc.oneof(fc.constantFrom('usa', 'huawei', '__proto__', 'constructor', 'toString', 'facilitator', ''), fc.string())

describe('untrusted input', () => {
  it('resolves any orders without throwing, accounting for every order', () => {
    const state = testGame()
    fc.assert(
      fc.property(fc.dictionary(seatName, fc.oneof(fc.array(fc.jsonValue(), { maxLength: 4 }), fc.jsonValue())), (ordersBySeat) => {
        const { report } = resolveQuarter(state, ordersBySeat as Record<string, unknown[]>)
        for (const [seat, orders] of Object.entries(ordersBySeat)) {
          if (!Array.isArray(orders)) continue
          const accepted = Object.prototype.hasOwnProperty.call(report.accepted, seat) ? (report.accepted[seat]?.length ?? 0) : 0
          const refused = Object.prototype.hasOwnProperty.call(report.refusals, seat) ? (report.refusals[seat]?.length ?? 0) : 0
          expect(accepted + refused).toBe(orders.length)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('answers views, reports, legal orders and validation for any seat name without throwing', () => {
    const state = testGame()
    const { report } = resolveQuarter(state, {})
    fc.assert(
      fc.property(seatName, fc.jsonValue(), (seat, order) => {
        viewFor(state, seat)
        reportFor(report, seat)
        expect(Array.isArray(legalOrders(state, seat))).toBe(true)
        expect(typeof validateOrder(state, seat, order).ok).toBe('boolean')
      }),
      { numRuns: 300 },
    )
  })
})
