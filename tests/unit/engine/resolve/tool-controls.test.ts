import { describe, expect, it } from 'vitest'
import { createGame, validateOrder, type Rules } from '../../../../app/engine'
import { fixtureRules, play } from '../../../fixtures/rules/test-game'

/** The fixture with the tool control at the real rule's 16/14 nm class, so SMIC's 7 nm-class line is covered. */
function gameUnderSixteenNanometreRule() {
  const base = fixtureRules()
  const control = base.policies['euv-tool-control']!
  const rules: Rules = { ...base, policies: { ...base.policies, 'euv-tool-control': { ...control, params: { ...control.params, nodeMinNm: 16 } } } }
  const created = createGame(rules, { scenarioId: 'fixture-long', seed: 1 })
  if (!created.ok) throw new Error(created.message)
  return created.state
}

describe('tool controls', () => {
  it('leave a line that already runs making chips (SMIC after October 2022)', () => {
    const start = gameUnderSixteenNanometreRule()
    expect(start.nodes['smic-n-plus-2']?.online).toBe(true)
    const controlled = play(start, {
      usa: [{ kind: 'enact-policy', policy: 'euv-tool-control' }],
      huawei: [{ kind: 'book-production', chip: 'ascend-910b', wafersPerQuarter: 2000 }],
    }).state
    expect(controlled.policies['euv-tool-control']).toBeDefined()
    const { report } = play(controlled)
    const line = report.production.find((p) => p.chip === 'ascend-910b')
    expect(line?.wafers).toBeGreaterThan(0)
    expect(report.notes.some((n) => n.code === 'production/blocked' && JSON.stringify(n).includes('ascend-910b'))).toBe(false)
  })

  it('still refuse new capacity on a covered node', () => {
    const controlled = play(gameUnderSixteenNanometreRule(), { usa: [{ kind: 'enact-policy', policy: 'euv-tool-control' }] }).state
    const verdict = validateOrder(controlled, 'smic', { kind: 'build-fab', node: 'smic-n-plus-2', region: 'china', wafersPerQuarter: 1000 })
    expect(verdict).toMatchObject({ ok: false, refusal: { code: 'order/tool_blocked' } })
  })
})
