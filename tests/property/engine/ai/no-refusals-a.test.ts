import { describe, it } from 'vitest'
import { playWithoutRefusals } from './no-refusals'

describe('AI orders over many turns (a of 5)', () => {
  it('are never refused by the engine in 2,000 AI turns of october-2022 with mixed difficulties', () => {
    playWithoutRefusals(['october-2022'], 2000, 1)
  }, 240_000)
})
