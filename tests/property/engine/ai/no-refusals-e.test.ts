import { describe, it } from 'vitest'
import { playWithoutRefusals } from './no-refusals'

describe('AI orders over many turns (e of 5)', () => {
  it('are never refused by the engine in 2,000 AI turns of full-stack and classroom with mixed difficulties', () => {
    playWithoutRefusals(['full-stack', 'classroom'], 2000, 400)
  }, 240_000)
})
