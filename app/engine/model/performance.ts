/** MODEL.md's chip formulas: training and inference indices, dies per wafer, yield. */
import type { ChipSpecs } from '../data/chip'
import type { Constants } from '../data/constants'
import type { Workloads } from '../state/game-state'

/** Training index: `(F / 989) · min(1, I / 900) ^ 0.3`, zero for inference-only chips. */
export function pTrain(specs: ChipSpecs, workloads: Workloads, c: Constants): number {
  if (workloads === 'inference') return 0
  const link = Math.min(1, specs.interconnectGBs / c.referenceInterconnectGBs)
  return (specs.bf16Tflops / c.referenceTflops) * Math.pow(Math.max(link, 0), c.interconnectExponent)
}

/** Inference index: `0.5 · F/989 + 0.5 · B/3.35`, zero for training-only chips; an INT8-only chip counts `int8Tops / 2` as F. */
export function pInf(specs: ChipSpecs, workloads: Workloads, c: Constants, int8Tops = 0): number {
  if (workloads === 'training') return 0
  const f = Math.max(specs.bf16Tflops, int8Tops / 2)
  return 0.5 * (f / c.referenceTflops) + 0.5 * (specs.memoryBandwidthTBs / c.referenceBandwidthTBs)
}

/** A mix of the two indices for a buyer spending `trainingShare` on training. */
export function pMix(specs: ChipSpecs, workloads: Workloads, trainingShare: number, c: Constants, int8Tops = 0): number {
  return trainingShare * pTrain(specs, workloads, c) + (1 - trainingShare) * pInf(specs, workloads, c, int8Tops)
}

/** Gross dies per wafer for die area `A` mm²: `π·r²/A − π·d/√(2A)`, at least 0. */
export function grossDiesPerWafer(dieMm2: number, c: Constants): number {
  const r = c.waferDiameterMm / 2
  return Math.max(0, Math.floor((Math.PI * r * r) / dieMm2 - (Math.PI * c.waferDiameterMm) / Math.sqrt(2 * dieMm2)))
}

/** Yield maturity after `age` quarters: from `maturityStart` to 1 over `maturityQuarters`. */
export function maturity(age: number, maturityQuarters: number, c: Constants): number {
  const t = Math.max(0, Math.min(1, age / Math.max(1, maturityQuarters)))
  return c.maturityStart + (1 - c.maturityStart) * t
}

/** Performance density for the 2023 rule: TPP / die area. */
export function performanceDensity(specs: ChipSpecs, dieMm2: number): number {
  return dieMm2 > 0 ? specs.tpp / dieMm2 : 0
}

/** Readiness as a 0–1 utility input. */
export function readinessScore(readiness: 'paper' | 'sampling' | 'volume'): number {
  return readiness === 'volume' ? 1 : readiness === 'sampling' ? 0.4 : 0
}
