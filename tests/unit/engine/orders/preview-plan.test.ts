import { describe, expect, it } from 'vitest'
import { previewPlan } from '../../../../app/engine'
import { edit, testGame } from '../../../fixtures/rules/test-game'

const buy = (units: number): Record<string, unknown> => ({ kind: 'buy-chips', chip: 'h100', units, maxPriceUsd: 40_000 })

describe('previewPlan', () => {
  it('checks the plan in sequence with a running budget, as the quarter will', () => {
    const state = testGame()
    const cash = state.factions.google?.cashBn ?? 0
    // Each order alone is affordable; the second is not once the first has reserved its money.
    const ask = state.factions.nvidia?.chipPrices.h100 ?? 0
    const units = Math.floor((cash * 0.6 * 1e9) / ask)
    const preview = previewPlan(state, 'google', [buy(units), buy(units)])
    expect(preview.checks[0]?.ok).toBe(true)
    expect(preview.checks[1]).toMatchObject({ ok: false, refusal: { code: 'order/insufficient_cash' } })
    expect(preview.budget.committed.actionPoints).toBe(preview.checks[0]?.ok === true ? preview.checks[0].cost.actionPoints : -1)
    expect(preview.budget.available.cashBn).toBe(cash)
  })
  it('forecasts the draft’s effect: the plan with the draft against the plan without it', () => {
    const preview = previewPlan(testGame(), 'google', [], buy(1000))
    expect(preview.draft?.ok).toBe(true)
    expect(preview.forecast.after.boughtUnits - preview.forecast.before.boughtUnits).toBe(1000)
    expect(preview.forecast.after.computeH100e).toBeGreaterThan(preview.forecast.before.computeH100e)
    expect(preview.forecast.after.cashBn).toBeLessThan(preview.forecast.before.cashBn)
    expect(preview.assumptions).toContain('preview.assumes.no-events')
  })
  it('answers the draft’s refusal and leaves it out of the forecast', () => {
    const preview = previewPlan(testGame(), 'google', [], { kind: 'buy-chips', chip: 'h100', units: 1, maxPriceUsd: 100 })
    expect(preview.draft).toMatchObject({ ok: false, refusal: { code: 'order/price_too_low', path: ['maxPriceUsd'] } })
    expect(preview.forecast.after).toEqual(preview.forecast.before)
  })
  it('cannot leak a rival’s secrets: the preview is the same whatever the rival holds', () => {
    const state = testGame()
    const secret = edit(state, (d) => {
      const huawei = d.factions.huawei
      if (huawei !== undefined) {
        huawei.cashBn = 12_345.678
        huawei.inventory['ascend-910b'] = 987_654
      }
      for (const chip of Object.values(d.chips)) if (chip.maker === 'huawei') chip.true.bf16Tflops *= 0.37
    })
    const plan = [buy(500)]
    expect(previewPlan(secret, 'google', plan, buy(200))).toEqual(previewPlan(state, 'google', plan, buy(200)))
  })
})
