import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

const target = { bf16Tflops: 1000, memoryGb: 96, memoryBandwidthTBs: 4, interconnectGBs: 900, tpp: 16000, powerW: 1000 }
const order = { kind: 'start-program', node: 'tsmc-n4', dieMm2: 800, target, workloads: 'both', hbm: 'hynix-hbm3', hbmStacks: 6, dies: 2, budgetBnPerQuarter: 1 }

describe('startProgram', () => {
  it('starts a program that finishes with a true result drawn near the target', () => {
    let state = testGame()
    expect(verdict(state, 'nvidia', order)).toBe('ok')
    state = play(state, { nvidia: [order] }).state
    const program = state.programs.find((p) => p.owner === 'nvidia')
    expect(program?.quartersLeft).toBeGreaterThan(0)
    const chipId = program?.chip ?? ''
    expect(state.chips[chipId]?.public).toBe(false)
    for (let i = 0; i < 12 && state.chips[chipId]?.designed !== true; i++) state = play(state).state
    const chip = state.chips[chipId]
    expect(chip?.designed).toBe(true)
    expect(chip?.true.bf16Tflops).toBeGreaterThan(500)
    expect(chip?.true.bf16Tflops).toBeLessThan(1600)
  })

  it('builds a catalogue chip of yours from its template', () => {
    const state = play(testGame(), { nvidia: [{ ...order, template: 'h20' }] }).state
    expect(state.chips.h20?.designed).toBe(false)
    expect(state.chips.h20?.true.bf16Tflops).toBe(148)
  })

  it('refuses an unknown node', () => expect(verdict(testGame(), 'nvidia', { ...order, node: 'tsmc-n1' })).toBe('order/unknown_node'))
  it('refuses an unknown HBM line', () => expect(verdict(testGame(), 'nvidia', { ...order, hbm: 'hbm9' })).toBe('order/unknown_hbm'))
  it('refuses a die beyond the reticle limit', () => expect(verdict(testGame(), 'nvidia', { ...order, dieMm2: 2000 })).toBe('order/over_limit'))
  it('refuses a target beyond what the node allows', () => expect(verdict(testGame(), 'nvidia', { ...order, target: { ...target, bf16Tflops: 9000 } })).toBe('order/beyond_design_bound'))
  it('refuses an unknown template', () => expect(verdict(testGame(), 'nvidia', { ...order, template: 'nope' })).toBe('order/unknown_template'))
  it('refuses another maker’s template', () => expect(verdict(testGame(), 'nvidia', { ...order, template: 'alibaba-ppu' })).toBe('order/not_your_template'))
  it('refuses a template already in play', () => expect(verdict(testGame(), 'nvidia', { ...order, template: 'h100' })).toBe('order/template_in_play'))
  it('refuses a faction that does not design chips', () => expect(verdict(testGame(), 'tsmc', order)).toBe('order/wrong_faction_kind'))
  it('refuses when the fixed cost exceeds the cash', () => {
    const state = edit(testGame(), (d) => {
      const f = d.factions.nvidia
      if (f !== undefined) f.cashBn = 0.1
    })
    expect(verdict(state, 'nvidia', order)).toBe('order/insufficient_cash')
  })
})
