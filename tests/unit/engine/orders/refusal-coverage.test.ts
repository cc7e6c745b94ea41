import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMMON_CODES, ORDER_HANDLERS } from '../../../../app/engine'

// Acceptance: every order kind has tests for its legal path and for each refusal code.
describe('order tests', () => {
  for (const [kind, handler] of Object.entries(ORDER_HANDLERS)) {
    it(`cover every refusal code of ${kind} and its legal path`, () => {
      const text = readFileSync(path.join(__dirname, `${kind}.test.ts`), 'utf8')
      for (const code of handler.codes) expect(text, `${kind}.test.ts never expects order/${code}`).toContain(`'order/${code}'`)
      expect(text).toContain(`toBe('ok')`)
    })
  }
  it('cover every common refusal code', () => {
    const text = readFileSync(path.join(__dirname, 'validate-order.test.ts'), 'utf8')
    for (const code of COMMON_CODES) expect(text).toContain(`'order/${code}'`)
  })
})
