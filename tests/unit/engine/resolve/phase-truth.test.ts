import { describe, expect, it } from 'vitest'
import { leakDraw, phaseLeaks } from '../../../../app/engine/resolve/phase-truth'
import { edit, testGame } from '../../../fixtures/rules/test-game'
import { inPhase } from '../context'

/** A game where Huawei's Ascend 910B is on sale and installed in a pool for `quarters` quarters already. */
function inUse(leakChance: number, quarters: number): ReturnType<typeof testGame> {
  return edit(testGame(), (d) => {
    d.rules.constants.leakChance = leakChance
    const chip = d.chips['ascend-910b']
    if (chip === undefined) throw new Error('fixture has no ascend-910b')
    chip.launched = 0
    chip.revealed = null
    chip.customerQuarters = quarters
    const pool = Object.values(d.pools)[0]
    if (pool === undefined) throw new Error('fixture has no pool')
    pool.installed['ascend-910b'] = 1000
  })
}

describe('phaseLeaks', () => {
  it('draws the leak from its own sub-stream: the same seed, quarter and chip give the same draw, others differ', () => {
    expect(leakDraw(7, 8100, 'ascend-910b')).toBe(leakDraw(7, 8100, 'ascend-910b'))
    const draws = [leakDraw(7, 8100, 'ascend-910b'), leakDraw(8, 8100, 'ascend-910b'), leakDraw(7, 8101, 'ascend-910b'), leakDraw(7, 8100, 'h100')]
    expect(new Set(draws).size).toBe(4)
    for (const d of draws) expect(d >= 0 && d < 1).toBe(true)
  })
  it('does not move the game PRNG when a leak is drawn, so no other draw of the game shifts', () => {
    const state = inUse(0.5, 3)
    const { state: next } = inPhase(state, 9, (ctx) => phaseLeaks(ctx))
    expect(next.rng).toEqual(state.rng)
  })
  it('leaks a chip in use past leakAfterQuarters exactly when its draw is below leakChance', () => {
    const state = inUse(0.5, 3)
    const { state: next } = inPhase(state, 9, (ctx) => phaseLeaks(ctx))
    const expected = leakDraw(state.seed, state.quarter, 'ascend-910b') < 0.5 ? 'leak' : null
    expect(next.chips['ascend-910b']?.revealed).toBe(expected)
  })
  it('always leaks at leakChance 1 once customers have run the chip leakAfterQuarters', () => {
    const { state: next } = inPhase(inUse(1, 3), 9, (ctx) => phaseLeaks(ctx))
    expect(next.chips['ascend-910b']?.revealed).toBe('leak')
  })
})
