import { describe, it } from 'vitest'
import { playWithoutRefusals } from './no-refusals'

describe('AI orders over many turns (d of 5)', () => {
  it('are never refused by the engine in 2,000 AI turns of october-2022 and classroom with mixed difficulties', () => {
    playWithoutRefusals(['october-2022', 'classroom'], 2000, 300)
  }, 240_000)
})
