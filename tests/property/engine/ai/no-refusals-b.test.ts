import { describe, it } from 'vitest'
import { playWithoutRefusals } from './no-refusals'

describe('AI orders over many turns (b of 5)', () => {
  it('are never refused by the engine in 2,000 AI turns of full-stack with mixed difficulties', () => {
    playWithoutRefusals(['full-stack'], 2000, 100)
  }, 240_000)
})
