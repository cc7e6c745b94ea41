/** Mutated data files never make the loader throw: half a of 10,000 cases (see mutated-data.ts). */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { loadsMutatedData } from './mutated-data'

describe('loading mutated data files (a)', () => {
  it('never throws: it answers rules or located errors (5,000 cases)', () => {
    fc.assert(loadsMutatedData, { numRuns: 5_000, seed: 20261129 })
  }, 600_000)
})
