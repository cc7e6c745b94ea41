import { describe, expect, it } from 'vitest'
import { grossDiesPerWafer, pInf, pTrain } from '../../../../app/engine'
import { fixtureRules } from '../../../fixtures/rules/test-game'

const c = fixtureRules().constants
const specs = (f: number, b: number, i: number) => ({ bf16Tflops: f, memoryGb: 80, memoryBandwidthTBs: b, interconnectGBs: i, tpp: 0, powerW: 700 })

describe('performance indices (MODEL.md)', () => {
  it('gives an H800 about 0.78 of an H100 for training', () => expect(pTrain(specs(989, 3.35, 400), 'both', c)).toBeCloseTo(0.78, 2))
  it('gives an H20 about 0.67 for inference and 0.15 for training', () => {
    expect(pInf(specs(148, 4.0, 900), 'both', c)).toBeCloseTo(0.67, 2)
    expect(pTrain(specs(148, 4.0, 900), 'both', c)).toBeCloseTo(0.15, 2)
  })
  it('gates the index by the workloads a chip runs', () => {
    expect(pTrain(specs(989, 3.35, 900), 'inference', c)).toBe(0)
    expect(pInf(specs(989, 3.35, 900), 'training', c)).toBe(0)
  })
  it('counts about 64 gross dies of 800 mm² on a 300 mm wafer', () => expect(grossDiesPerWafer(800, c)).toBe(64))
})
