/**
 * Acceptance 2 of the AI, on a small sample: the same faction played by hard and by easy (other
 * seats normal, same seed) scores higher against par with hard. `npm run balance -- --scenario
 * full-stack --versus hard:easy --games 200` gives the full figure (83 % of 200 pairs, docs/balance.md).
 */
import { describe, expect, it } from 'vitest'
import { playAiGame, scoresOf } from '../../../../scripts/lib/ai-sim'
import { baseRules } from '../../../unit/engine/ai/base-rules'

describe('hard against easy', () => {
  it('scores higher against par in at least 6 of 8 full-stack pairs, one per faction', () => {
    const rules = baseRules()
    const seats = rules.scenarios['full-stack']?.seats ?? []
    let wins = 0
    seats.forEach((faction, i) => {
      const hard = scoresOf(playAiGame(rules, 'full-stack', 1 + i, { default: 'normal', seats: { [faction]: 'hard' } }).state)[faction] ?? 0
      const easy = scoresOf(playAiGame(rules, 'full-stack', 1 + i, { default: 'normal', seats: { [faction]: 'easy' } }).state)[faction] ?? 0
      if (hard > easy) wins += 1
    })
    expect(seats).toHaveLength(8)
    expect(wins).toBeGreaterThanOrEqual(6)
  }, 240_000)
})
