import { describe, it } from 'vitest'
import { playChecked } from './play-checked'

describe('quarter invariants under random play (second half)', () => {
  it('hold for 5,000 more random quarters, with junk orders mixed in', () => {
    playChecked(true, 5000)
  }, 300_000)
})
