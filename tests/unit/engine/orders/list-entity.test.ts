import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('listEntity', () => {
  it('lists a firm, which then cannot book foreign foundries', () => {
    const order = { kind: 'list-entity', entity: 'alibaba' }
    expect(verdict(testGame(), 'usa', order)).toBe('ok')
    const state = play(testGame(), { usa: [order] }).state
    expect(state.entities.usa).toEqual(['alibaba'])
    expect(verdict(state, 'alibaba', { kind: 'buy-chips', chip: 'a100', units: 1, maxPriceUsd: 1e5 })).toBe('order/banned')
  })
  it('refuses an unknown entity', () => expect(verdict(testGame(), 'usa', { kind: 'list-entity', entity: 'x' })).toBe('order/unknown_entity'))
  it('refuses a firm the government governs', () => expect(verdict(testGame(), 'usa', { kind: 'list-entity', entity: 'nvidia' })).toBe('order/own_entity'))
  it('refuses a firm already listed', () => {
    const state = play(testGame(), { usa: [{ kind: 'list-entity', entity: 'alibaba' }] }).state
    expect(verdict(state, 'usa', { kind: 'list-entity', entity: 'alibaba' })).toBe('order/already_listed')
  })
})
