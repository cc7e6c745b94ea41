import { describe, it } from 'vitest'
import { playWithoutRefusals } from './no-refusals'

describe('AI orders over many turns (c of 5)', () => {
  it('are never refused by the engine in 2,000 AI turns of classroom with mixed difficulties', () => {
    playWithoutRefusals(['classroom'], 2000, 200)
  }, 240_000)
})
