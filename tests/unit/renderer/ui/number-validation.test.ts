import { describe, expect, it } from 'vitest'
import { validateNumber } from '../../../../renderer/src/ui/number-validation'

const rules = { min: 0.75, max: 1.5, step: 0.05 }

describe('validateNumber', () => {
  it('accepts a number in range on a step', () => {
    expect(validateNumber('1.25', rules)).toEqual({ ok: true, value: 1.25 })
  })

  it('refuses text that is not a number', () => {
    expect(validateNumber('abc', rules)).toEqual({ ok: false, problem: { code: 'not_a_number' } })
    expect(validateNumber('  ', rules)).toEqual({ ok: false, problem: { code: 'not_a_number' } })
  })

  it('refuses numbers out of range with the limit', () => {
    expect(validateNumber('0.5', rules)).toEqual({ ok: false, problem: { code: 'below_min', min: 0.75 } })
    expect(validateNumber('2', rules)).toEqual({ ok: false, problem: { code: 'above_max', max: 1.5 } })
  })

  it('refuses a number between steps, counting steps from the minimum', () => {
    expect(validateNumber('1.02', rules)).toEqual({ ok: false, problem: { code: 'step', step: 0.05 } })
    expect(validateNumber('0.8', rules).ok).toBe(true)
  })
})
