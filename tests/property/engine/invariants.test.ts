import { describe, it } from 'vitest'
import { cases } from '../../support/deep'
import { playChecked } from './play-checked'

// Quick: 1,500 random quarters each (~40 games of 40 quarters in all); a deep run plays 5,000 each (docs/testing.md).
describe('quarter invariants under random play', () => {
  it('hold for random quarters: stocks, capacity, money, shares, refusals, no exception', () => {
    playChecked(false, cases(1500, 5000))
  })
  it('hold for random quarters with junk orders mixed in', () => {
    playChecked(true, cases(1500, 5000))
  })
})
