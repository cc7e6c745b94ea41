import { describe, expect, it } from 'vitest'
import type { ScenarioSummary } from '../../../../../app/protocol'
import {
  defaultSeats,
  firstHumanSeat,
  parseSeed,
  personasFor,
  randomSeed,
  SEED_MAX,
  toSeatSetup,
  validateSetup,
  playsHotSeat,
  type SeatRow,
} from '../../../../../renderer/src/screens/menu/seat-setup'

const scenario: ScenarioSummary = {
  id: 'classroom',
  name: 'scenario.classroom.name',
  briefing: 'scenario.classroom.briefing',
  start: '2023Q4',
  end: '2025Q3',
  seats: [
    { faction: 'usa', name: 'faction.usa.name', persona: 'us-hawk', briefing: null },
    { faction: 'prc', name: 'faction.prc.name', persona: null, briefing: null },
  ],
  personas: [
    { id: 'us-hawk', name: 'persona.us-hawk.name', faction: 'usa' },
    { id: 'us-dealmaker', name: 'persona.us-dealmaker.name', faction: 'usa' },
    { id: 'usa-historical', name: 'persona.usa-historical.name', faction: 'usa' },
    { id: 'prc-self-reliance', name: 'persona.prc-self-reliance.name', faction: 'prc' },
    { id: 'anyone', name: 'persona.anyone.name', faction: null },
  ],
}

const row = (patch: Partial<SeatRow> = {}): SeatRow => ({ faction: 'usa', controller: 'human', name: 'Alice', difficulty: 'normal', persona: '', code: '', ...patch })

describe('seat setup', () => {
  it('starts with the first seat a person and the rest AI, with the scenario personas', () => {
    const seats = defaultSeats(scenario, (f) => f.toUpperCase())
    expect(seats).toEqual([
      { faction: 'usa', controller: 'human', name: 'USA', difficulty: 'normal', persona: 'us-hawk', code: '' },
      { faction: 'prc', controller: 'ai', name: 'PRC', difficulty: 'normal', persona: '', code: '' },
    ])
  })

  it("offers the personas of the seat's faction, the historical one included", () => {
    expect(personasFor(scenario, 'usa').map((p) => p.id)).toEqual(['us-hawk', 'us-dealmaker', 'usa-historical'])
  })

  it('accepts one person with a name and a valid seed', () => {
    expect(validateSetup([row(), row({ faction: 'prc', controller: 'ai', name: 'Bot' })], '7')).toEqual([])
  })

  it('asks for at least one person', () => {
    expect(validateSetup([row({ controller: 'ai' })], '7')).toEqual([{ code: 'no_person' }])
  })

  it('asks for names of 1 to 40 characters (trimmed)', () => {
    expect(validateSetup([row({ name: '   ' })], '7')).toEqual([{ code: 'name_empty', seat: 'usa' }])
    expect(validateSetup([row({ name: 'x'.repeat(40) })], '7')).toEqual([])
    expect(validateSetup([row({ name: 'x'.repeat(41) })], '7')).toEqual([{ code: 'name_too_long', seat: 'usa', max: 40 }])
  })

  it('takes whole seeds from 0 to 2^31-1 only', () => {
    expect(parseSeed('0')).toBe(0)
    expect(parseSeed(' 7 ')).toBe(7)
    expect(parseSeed(String(SEED_MAX))).toBe(SEED_MAX)
    for (const bad of ['', '-1', '1.5', 'abc', String(SEED_MAX + 1), '1e3']) expect(parseSeed(bad)).toBeNull()
    expect(validateSetup([row()], 'x')).toEqual([{ code: 'seed_invalid', max: SEED_MAX }])
  })

  it('draws random seeds inside the range', () => {
    expect(randomSeed(() => 0)).toBe(0)
    expect(randomSeed(() => 0.999999999)).toBeLessThanOrEqual(SEED_MAX)
  })

  it('sends trimmed names and leaves a default persona out', () => {
    expect(toSeatSetup([row({ name: ' Alice ' }), row({ faction: 'prc', controller: 'ai', difficulty: 'hard', persona: 'prc-self-reliance' })])).toEqual([
      { faction: 'usa', controller: 'human', name: 'Alice', difficulty: 'normal' },
      { faction: 'prc', controller: 'ai', name: 'Alice', difficulty: 'hard', persona: 'prc-self-reliance' },
    ])
  })

  it('leaves the seats that sit out of the game out of newGame', () => {
    expect(toSeatSetup([row(), row({ faction: 'prc', controller: 'out' })]).map((s) => s.faction)).toEqual(['usa'])
  })

  it('finds the first seat a person plays', () => {
    expect(firstHumanSeat([{ faction: 'usa', controller: 'ai' }, { faction: 'prc', controller: 'human' }])).toBe('prc')
    expect(firstHumanSeat([{ faction: 'usa', controller: 'ai' }])).toBeNull()
  })

  it('accepts empty or four-digit codes for people, and a four-digit facilitator code', () => {
    expect(validateSetup([row({ code: '0420' })], '7', { facilitatorCode: '9999', turnSeconds: 60 })).toEqual([])
    expect(validateSetup([row({ code: '12a4' })], '7')).toEqual([{ code: 'code_invalid', seat: 'usa' }])
    expect(validateSetup([row()], '7', { facilitatorCode: '123', turnSeconds: null })).toEqual([{ code: 'facilitator_code_invalid' }])
    // An AI seat's leftover code is ignored and never sent.
    expect(validateSetup([row(), row({ faction: 'prc', controller: 'ai', code: 'x' })], '7')).toEqual([])
    expect(toSeatSetup([row({ code: '0420' }), row({ faction: 'prc', controller: 'ai', code: '1111' })]).map((s) => s.code)).toEqual(['0420', undefined])
  })

  it('plays hot-seat with several people, or any code', () => {
    const none = { facilitatorCode: '', turnSeconds: null }
    expect(playsHotSeat([row(), row({ faction: 'prc', controller: 'ai' })], none)).toBe(false)
    expect(playsHotSeat([row(), row({ faction: 'prc' })], none)).toBe(true)
    expect(playsHotSeat([row({ code: '1234' })], none)).toBe(true)
    expect(playsHotSeat([row()], { facilitatorCode: '1234', turnSeconds: null })).toBe(true)
  })
})
