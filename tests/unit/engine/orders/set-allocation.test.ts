import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('setAllocation', () => {
  it('withdraws a chip from regions left out', () => {
    const order = { kind: 'set-allocation', chip: 'h100', regions: ['row'] }
    expect(verdict(testGame(), 'nvidia', order)).toBe('ok')
    const { state, report } = play(testGame(), { nvidia: [order] })
    expect(state.factions.nvidia?.allocation.h100).toEqual(['row'])
    expect(report.market.pools['us-hyperscalers']?.shares.h100).toBeUndefined()
  })
  it('refuses an unknown chip', () => expect(verdict(testGame(), 'nvidia', { kind: 'set-allocation', chip: 'x', regions: [] })).toBe('order/unknown_chip'))
  it('refuses another maker’s chip', () => expect(verdict(testGame(), 'nvidia', { kind: 'set-allocation', chip: 'tpu-v5p', regions: [] })).toBe('order/not_your_chip'))
  it('refuses an unknown region, pointing at it', () => {
    expect(verdict(testGame(), 'nvidia', { kind: 'set-allocation', chip: 'h100', regions: ['us', 'mars'] })).toBe('order/unknown_region')
  })
})
