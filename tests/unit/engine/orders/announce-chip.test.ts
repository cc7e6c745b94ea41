import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

const claimed = { bf16Tflops: 2000, memoryGb: 96, memoryBandwidthTBs: 4, interconnectGBs: 900, tpp: 32000, powerW: 700 }
const order = { kind: 'announce-chip', chip: 'ascend-910b', claimed, claimedWorkloads: 'both', claimedReadiness: 'volume' }

describe('announceChip', () => {
  it('publishes claims that others see instead of the truth', () => {
    expect(verdict(testGame(), 'huawei', order)).toBe('ok')
    const state = play(testGame(), { huawei: [order] }).state
    expect(state.chips['ascend-910b']?.claimed.bf16Tflops).toBe(2000)
    expect(state.chips['ascend-910b']?.true.bf16Tflops).toBe(280)
  })
  it('refuses an unknown chip', () => expect(verdict(testGame(), 'huawei', { ...order, chip: 'x' })).toBe('order/unknown_chip'))
  it('refuses another maker’s chip', () => expect(verdict(testGame(), 'huawei', { ...order, chip: 'h100' })).toBe('order/not_your_chip'))
  it('refuses new claims once the truth is public', () => {
    const state = edit(testGame(), (d) => {
      const c = d.chips['ascend-910b']
      if (c !== undefined) c.revealed = 'benchmark'
    })
    expect(verdict(state, 'huawei', order)).toBe('order/already_revealed')
  })
})
