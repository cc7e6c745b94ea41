/**
 * The game's one quarter formatter: quarter indices (as the host sends them) and quarters as the
 * data and saves write them (`2023Q4`, `2023 Q4`) all read through `common.quarter`.
 */
import { describe, expect, it } from 'vitest'
import { quarterIndexOf, quarterLabel, quarterText } from '../../../../../renderer/src/screens/game/format'

describe('the quarter formatter', () => {
  it('labels a quarter index in the interface’s language', () => {
    expect(quarterLabel(2023 * 4 + 3)).toBe('2023 Q4')
    expect(quarterLabel(2025 * 4)).toBe('2025 Q1')
  })

  it('reads quarters as the data and saves write them, and leaves other text as it is', () => {
    expect(quarterIndexOf('2023Q4')).toBe(2023 * 4 + 3)
    expect(quarterIndexOf('2023 Q4')).toBe(2023 * 4 + 3)
    expect(quarterIndexOf('later')).toBeNull()
    expect(quarterText('2023Q4')).toBe('2023 Q4')
    expect(quarterText('2024 Q2')).toBe('2024 Q2')
    expect(quarterText('later')).toBe('later')
  })
})
