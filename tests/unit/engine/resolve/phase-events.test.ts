import { describe, expect, it } from 'vitest'
import { fireEvent, triggered } from '../../../../app/engine/resolve/phase-events'
import { edit, fixtureRules, play, testGame } from '../../../fixtures/rules/test-game'
import { inPhase } from '../context'

describe('events', () => {
  it('checks quarter, tension and state triggers', () => {
    const rules = fixtureRules()
    const state = testGame()
    const ev = (id: string) => {
      const e = rules.events[id]
      if (e === undefined) throw new Error(id)
      return e
    }
    expect(triggered(state, ev('hbm-stockpile'))).toBe(false) // from 2023Q1
    expect(triggered(state, ev('smuggling-scandal'))).toBe(true)
    expect(triggered(state, ev('strait-exercises'))).toBe(false)
    expect(triggered(edit(state, (d) => void (d.tension = 60)), ev('strait-exercises'))).toBe(true)
  })
  it('fires every fixture event without error and reports it', () => {
    for (const id of Object.keys(fixtureRules().events)) {
      const { report } = inPhase(testGame(), 8, (ctx) => fireEvent(ctx, id))
      expect(report.events.map((e) => e.event)).toEqual([id])
    }
  })
  it('turns an event’s choices into next quarter’s decision for its seat', () => {
    const { state, report } = inPhase(testGame(), 8, (ctx) => fireEvent(ctx, 'blockade'))
    expect(report.events[0]?.decision).toBe(state.decisions[0]?.id)
    expect(state.decisions[0]).toMatchObject({ event: 'blockade', seat: 'usa', choices: ['escalate', 'de-escalate'] })
  })
  it('applies the first choice at once when nobody plays the target', () => {
    const state = testGame({ scenario: 'fixture-short', seats: ['nvidia'] })
    const { state: next } = inPhase(state, 8, (ctx) => fireEvent(ctx, 'blockade'))
    expect(next.decisions).toEqual([])
    expect(next.factions.usa?.vp).toBe(2)
  })
  it('fires events from data by their probability during play', () => {
    const hot = edit(testGame(), (d) => void (d.tension = 80))
    const fired = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => play(edit(hot, (d) => void (d.rng = testGame({ seed }).rng))).report.events.map((e) => e.event))
    expect(fired).toContain('strait-exercises')
  })
})

describe('injectEvent', () => {
  it('fires an event from the data at once, for the facilitator', async () => {
    const { injectEvent } = await import('../../../../app/engine')
    const result = injectEvent(testGame(), 'grid-expansion')
    expect(result.ok && result.state.gridMw.china).toBe(4500)
    expect(result.ok && result.report.events[0]?.event).toBe('grid-expansion')
    expect(injectEvent(testGame(), 'nope')).toMatchObject({ ok: false, code: 'event/unknown' })
  })
})
