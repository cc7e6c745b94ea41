import { describe, it } from 'vitest'
import { playChecked } from './play-checked'

// Acceptance: 10,000 random quarters in all (this file and invariants-b: 5,000 each, ~125 games of 40 quarters).
describe('quarter invariants under random play (first half)', () => {
  it('hold for 5,000 random quarters: stocks, capacity, money, shares, refusals, no exception', () => {
    playChecked(false, 5000)
  }, 300_000)
})
