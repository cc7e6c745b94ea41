import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

function withDecision() {
  return edit(testGame(), (d) => {
    d.decisions.push({ id: 'decision-1', event: 'blockade', seat: 'usa', choices: ['escalate', 'de-escalate'], due: d.quarter })
  })
}

describe('chooseEventOption', () => {
  it('applies the chosen option’s effects', () => {
    const order = { kind: 'choose-event-option', decision: 'decision-1', choice: 'de-escalate' }
    expect(verdict(withDecision(), 'usa', order)).toBe('ok')
    const { state, report } = play(withDecision(), { usa: [order] })
    expect(state.decisions).toEqual([])
    expect(report.tension.causes).toContainEqual({ cause: 'event:blockade', delta: -10 })
  })
  it('applies the first option when the seat does not choose in time', () => {
    const { report } = play(withDecision(), {})
    expect(report.notes).toContainEqual(expect.objectContaining({ code: 'event/defaulted', params: { event: 'blockade', seat: 'usa', choice: 'escalate' } }))
  })
  it('refuses an unknown decision', () => expect(verdict(withDecision(), 'usa', { kind: 'choose-event-option', decision: 'decision-9', choice: 'escalate' })).toBe('order/unknown_decision'))
  it('refuses another seat’s decision', () => expect(verdict(withDecision(), 'prc', { kind: 'choose-event-option', decision: 'decision-1', choice: 'escalate' })).toBe('order/not_your_decision'))
  it('refuses an option the event does not offer', () => expect(verdict(withDecision(), 'usa', { kind: 'choose-event-option', decision: 'decision-1', choice: 'surrender' })).toBe('order/unknown_choice'))
})
