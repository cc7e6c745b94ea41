/** Mutated data files never make the loader throw (see mutated-data.ts): 1,500 cases, 10,000 in a deep run. */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { cases } from '../../../support/deep'
import { loadsMutatedData } from './mutated-data'

describe('loading mutated data files', () => {
  it('never throws: it answers rules or located errors', () => {
    fc.assert(loadsMutatedData, { numRuns: cases(1_500, 10_000), seed: 20261129 })
  })
})
