import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

const order = { kind: 'design-variant', base: 'h100', cut: { interconnectGBs: 400 } }

describe('designVariant', () => {
  it('designs a compliant variant in two quarters with the cut applied', () => {
    let state = testGame()
    expect(verdict(state, 'nvidia', order)).toBe('ok')
    state = play(state, { nvidia: [order] }).state
    const id = state.programs.find((p) => p.owner === 'nvidia')?.chip ?? ''
    state = play(play(state).state).state
    expect(state.chips[id]?.designed).toBe(true)
    expect(state.chips[id]?.true.interconnectGBs).toBe(400)
    expect(state.chips[id]?.variantOf).toBe('h100')
  })
  it('refuses an unknown base chip', () => expect(verdict(testGame(), 'nvidia', { ...order, base: 'x' })).toBe('order/unknown_chip'))
  it('refuses a base chip of another maker', () => expect(verdict(testGame(), 'nvidia', { ...order, base: 'ascend-910b' })).toBe('order/not_your_chip'))
  it('refuses a base still being designed', () => expect(verdict(testGame(), 'alibaba', { ...order, base: 'alibaba-ppu' })).toBe('order/not_designed'))
  it('refuses a "cut" that raises a spec', () => expect(verdict(testGame(), 'nvidia', { ...order, cut: { interconnectGBs: 5000 } })).toBe('order/not_a_cut'))
  it('refuses when no action points are left', () => {
    const state = edit(testGame(), (d) => {
      const f = d.factions.nvidia
      if (f !== undefined) f.actionPoints = 0
    })
    expect(verdict(state, 'nvidia', order)).toBe('order/no_action_points')
  })
})
