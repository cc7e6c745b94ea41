import { describe, expect, it } from 'vitest'
import { COMMON_CODES, ORDER_HANDLERS, REFUSAL_CODES } from '../../../../app/engine'

// The codes are typed from REFUSAL_CODES (refuse(), handlers' codes, the renderer's words), so
// an unknown code does not compile; this checks the table holds no code nothing gives.
describe('the refusal table', () => {
  it('lists exactly the codes the handlers and the common checks give', () => {
    const given = new Set<string>([...COMMON_CODES, ...Object.values(ORDER_HANDLERS).flatMap((h) => h.codes)])
    expect([...given].sort()).toEqual([...REFUSAL_CODES].sort())
  })

  it('lists each code once', () => {
    expect(new Set(REFUSAL_CODES).size).toBe(REFUSAL_CODES.length)
  })
})
