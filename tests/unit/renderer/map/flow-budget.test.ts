import { describe, expect, it } from 'vitest'
import { fitParticleBudget, flowWidthPx, particlesFor } from '../../../../renderer/src/map/flow-budget'

describe('particlesFor and flowWidthPx', () => {
  it('grow with volume and stay bounded', () => {
    expect(particlesFor(0)).toBe(1)
    expect(particlesFor(100)).toBe(4)
    expect(particlesFor(1000)).toBe(4)
    expect(flowWidthPx(100)).toBeGreaterThan(flowWidthPx(10))
    expect(flowWidthPx(-5)).toBe(flowWidthPx(0))
  })
})

describe('fitParticleBudget', () => {
  it('keeps full trails when a few flows fit the budget', () => {
    const fit = fitParticleBudget([50, 50, 50], 100)
    expect(fit).toEqual({ heads: [2, 2, 2], trail: 2 })
  })

  it('drops trails first, then thins heads, but keeps one head per flow', () => {
    const volumes = Array.from({ length: 500 }, () => 100)
    const noTrail = fitParticleBudget(volumes, 2000)
    expect(noTrail.trail).toBe(0)
    expect(noTrail.heads.every((h) => h === 4)).toBe(true)
    const thinned = fitParticleBudget(volumes, 1000)
    expect(thinned.trail).toBe(0)
    expect(thinned.heads.every((h) => h >= 1)).toBe(true)
    expect(thinned.heads.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1000)
  })
})
