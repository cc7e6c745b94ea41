import { describe, expect, it } from 'vitest'
import { claimPremium } from '../../../../app/engine/ai/designer-candidates'
import { edit, testGame } from '../../../fixtures/rules/test-game'

function withClaim(factor: number, revealed: boolean): ReturnType<typeof testGame> {
  return edit(testGame(), (d) => {
    const c = d.chips['ascend-910b']
    if (c === undefined) throw new Error('fixture has no ascend-910b')
    c.claimed = { ...c.true, bf16Tflops: c.true.bf16Tflops * factor, tpp: c.true.tpp * factor }
    c.claimedWorkloads = c.workloads
    c.revealed = revealed ? 'benchmark' : null
  })
}

describe('claimPremium (the launch price follows the claim)', () => {
  it('is 1 for an honest claim', () => {
    const g = withClaim(1, false)
    expect(claimPremium(g, g.chips['ascend-910b']!)).toBeCloseTo(1, 6)
  })
  it('prices an overclaimed chip above its list price, at most +50 %', () => {
    const g = withClaim(1.5, false)
    const p = claimPremium(g, g.chips['ascend-910b']!)
    expect(p).toBeGreaterThan(1.1)
    expect(p).toBeLessThanOrEqual(1.5)
    const wild = withClaim(5, false)
    expect(claimPremium(wild, wild.chips['ascend-910b']!)).toBe(1.5)
  })
  it('is 1 once the truth is out', () => {
    const g = withClaim(1.5, true)
    expect(claimPremium(g, g.chips['ascend-910b']!)).toBe(1)
  })
})
