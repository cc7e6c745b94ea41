import { describe, expect, it } from 'vitest'
import { play, testGame, verdict } from '../../../fixtures/rules/test-game'
import { viewFor } from '../../../../app/engine'

describe('assessChip', () => {
  it('tells only the assessing government the truth', () => {
    const order = { kind: 'assess-chip', chip: 'ascend-910b' }
    expect(verdict(testGame(), 'usa', order)).toBe('ok')
    const state = play(testGame(), { usa: [order] }).state
    expect(viewFor(state, 'usa').chips['ascend-910b']?.known).toMatchObject({ how: 'intelligence', specs: { bf16Tflops: 280 } })
    expect(viewFor(state, 'prc').chips['ascend-910b']?.known).toBeNull()
  })
  it('refuses an unknown chip', () => expect(verdict(testGame(), 'usa', { kind: 'assess-chip', chip: 'x' })).toBe('order/unknown_chip'))
  it('refuses a chip still being designed (not yet public either)', () => expect(verdict(testGame(), 'usa', { kind: 'assess-chip', chip: 'alibaba-ppu' })).toBe('order/unknown_chip'))
  it('refuses a chip with no silicon yet', async () => {
    const { edit } = await import('../../../fixtures/rules/test-game')
    const state = edit(testGame(), (d) => {
      const c = d.chips['alibaba-ppu']
      if (c !== undefined) c.public = true
    })
    expect(verdict(state, 'usa', { kind: 'assess-chip', chip: 'alibaba-ppu' })).toBe('order/not_designed')
  })
  it('refuses a chip already known', () => {
    const state = play(testGame(), { usa: [{ kind: 'assess-chip', chip: 'ascend-910b' }] }).state
    expect(verdict(state, 'usa', { kind: 'assess-chip', chip: 'ascend-910b' })).toBe('order/already_known')
  })
})
