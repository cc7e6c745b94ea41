import { describe, expect, it } from 'vitest'
import { createGame } from '../../../../app/engine'
import { fixtureRules, testGame } from '../../../fixtures/rules/test-game'

describe('createGame', () => {
  it('sets up a scenario: seats, chips in play, policies in force, programs, starting assets', () => {
    const state = testGame()
    expect(state.seats).toHaveLength(8)
    expect(Object.keys(state.chips).sort()).toEqual(['a100', 'alibaba-ppu', 'ascend-910b', 'h100', 'tpu-v5p'])
    expect(state.chips['alibaba-ppu']).toMatchObject({ designed: false, public: false })
    expect(Object.keys(state.policies)).toEqual(['oct-2022-chip-rule', 'entity-list-huawei'])
    expect(state.factions.google?.installed.us?.['tpu-v5p']).toBe(100_000)
    expect(state.rng).toHaveLength(4)
  })
  it('plays only the seats asked for', () => expect(testGame({ seats: ['usa', 'prc'] }).seats).toEqual(['usa', 'prc']))
  it('refuses an unknown scenario, an unknown seat, no seats and a bad seed', () => {
    const rules = fixtureRules()
    expect(createGame(rules, { scenarioId: 'nope', seed: 1 })).toMatchObject({ ok: false, code: 'game/unknown_scenario' })
    expect(createGame(rules, { scenarioId: 'fixture-short', seed: 1, seats: ['tsmc'] })).toMatchObject({ ok: false, code: 'game/unknown_seat' })
    expect(createGame(rules, { scenarioId: 'fixture-short', seed: 1, seats: [] })).toMatchObject({ ok: false, code: 'game/no_seats' })
    expect(createGame(rules, { scenarioId: 'fixture-short', seed: 1.5 })).toMatchObject({ ok: false, code: 'game/bad_seed' })
  })
})

describe('createGame standing settings', () => {
  it('starts with the scenario’s bookings, prices and cloud settings', () => {
    const state = testGame()
    expect(state.factions.nvidia?.bookings).toEqual({ h100: 4000 })
    expect(state.factions.nvidia?.chipPrices.a100).toBe(11000)
    expect(state.factions.google).toMatchObject({ cloudPriceUsdPerHour: 2.2, trainingShare: 0.4 })
  })
})
