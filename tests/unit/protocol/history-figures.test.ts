import { describe, expect, it } from 'vitest'
import { chinaCardShareOverYear } from '../../../app/protocol'

const q = (units: number, domestic: number) => ({ chinaCards: { units, domestic } })

describe('chinaCardShareOverYear', () => {
  it("sums the four quarters up to the one asked for, as IDC counts a year's cards", () => {
    const history = [q(1000, 0), q(100, 100), q(100, 0), q(200, 100), q(600, 300)]
    // Quarters 1–4: 1,000 cards, 500 domestic; quarter 0 falls out of the window.
    expect(chinaCardShareOverYear(history, 4)).toBe(0.5)
    // At the start the window is shorter.
    expect(chinaCardShareOverYear(history, 1)).toBeCloseTo(100 / 1100, 12)
  })

  it('is null when no card was bought in the window, or the history kept no card figures', () => {
    expect(chinaCardShareOverYear([q(0, 0), q(0, 0)], 1)).toBeNull()
    expect(chinaCardShareOverYear([{}, {}], 1)).toBeNull()
  })
})
