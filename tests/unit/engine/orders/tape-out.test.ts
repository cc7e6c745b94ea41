import { describe, expect, it } from 'vitest'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

/** A state where nvidia has a finished, not taped-out design `v`. */
function withDesign() {
  return edit(testGame(), (d) => {
    const h100 = d.chips.h100
    if (h100 !== undefined) d.chips.v = { ...h100, id: 'v', tapedOut: -1, launched: -1, public: false, readiness: 'paper', producedQuarters: 0 }
  })
}

describe('tapeOut', () => {
  it('tapes out a design, which samples two quarters later', () => {
    let state = withDesign()
    expect(verdict(state, 'nvidia', { kind: 'tape-out', chip: 'v' })).toBe('ok')
    state = play(state, { nvidia: [{ kind: 'tape-out', chip: 'v' }] }).state
    expect(state.chips.v?.tapedOut).toBe(state.quarter - 1)
    state = play(play(state).state).state
    expect(state.chips.v?.readiness).toBe('sampling')
  })
  it('refuses an unknown chip', () => expect(verdict(testGame(), 'nvidia', { kind: 'tape-out', chip: 'nope' })).toBe('order/unknown_chip'))
  it('refuses another maker’s chip', () => expect(verdict(testGame(), 'nvidia', { kind: 'tape-out', chip: 'tpu-v5p' })).toBe('order/not_your_chip'))
  it('refuses a design that is not finished', () => expect(verdict(testGame(), 'alibaba', { kind: 'tape-out', chip: 'alibaba-ppu' })).toBe('order/not_designed'))
  it('refuses a chip already taped out', () => expect(verdict(testGame(), 'nvidia', { kind: 'tape-out', chip: 'h100' })).toBe('order/already_taped_out'))
  it('refuses a node not in production', () => {
    const state = edit(withDesign(), (d) => {
      const n = d.nodes['tsmc-n4']
      if (n !== undefined) n.online = false
    })
    expect(verdict(state, 'nvidia', { kind: 'tape-out', chip: 'v' })).toBe('order/node_offline')
  })
  it('refuses a foundry the Entity List bars', () => {
    const state = edit(withDesign(), (d) => {
      const v = d.chips.v
      if (v !== undefined) v.maker = 'huawei'
    })
    expect(verdict(state, 'huawei', { kind: 'tape-out', chip: 'v' })).toBe('order/service_blocked')
  })
})
