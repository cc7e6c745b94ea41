import { describe, expect, it } from 'vitest'
import { OperationSchema, type Operation } from '../../../../app/engine'
import { applyOperation } from '../../../../app/engine/ops/apply-operation'
import { fixtureRules, testGame } from '../../../fixtures/rules/test-game'
import { inPhase } from '../context'

function apply(op: Operation, target: string | null = 'huawei') {
  return inPhase(testGame(), 8, (ctx) => applyOperation(ctx, op, target, 'event:test'))
}

describe('applyOperation', () => {
  it('adjusts cash through a named flow', () => {
    const { state, report } = apply({ op: 'adjust-cash', amountBn: -2 })
    expect(state.factions.huawei?.cashBn).toBe(18)
    expect(report.flows).toEqual([{ from: 'huawei', to: 'outside:event:test', amountBn: 2, cause: 'event:test' }])
  })
  it('adjusts reputation, political capital, ecosystem and VP within their ranges', () => {
    expect(apply({ op: 'adjust-reputation', delta: 50 }).state.factions.huawei?.reputation).toBe(100)
    expect(apply({ op: 'adjust-political-capital', faction: 'usa', delta: -100 }).state.factions.usa?.politicalCapital).toBe(0)
    expect(apply({ op: 'adjust-ecosystem', delta: 0.1 }).state.factions.huawei?.ecosystem).toBeCloseTo(0.6)
    const vp = apply({ op: 'adjust-vp', delta: 3 })
    expect(vp.state.factions.huawei?.vp).toBe(3)
    expect(vp.report.vp.huawei).toEqual([{ objective: 'event:test', points: 3 }])
  })
  it('moves tension with its cause', () => {
    expect(apply({ op: 'adjust-tension', delta: 10 }).report.tension.causes).toEqual([{ cause: 'event:test', delta: 10 }])
  })
  it('scales capacity for a while or for good', () => {
    expect(apply({ op: 'adjust-capacity', target: 'tsmc-n4', factor: 0.5, quarters: 2 }).state.modifiers).toEqual([{ target: 'tsmc-n4', kind: 'capacity', factor: 0.5, until: testGame().quarter + 2 }])
    expect(apply({ op: 'adjust-capacity', target: 'cowos', factor: 2 }).state.packaging.cowos?.capacity).toBe(1_000_000)
  })
  it('scales a demand pool', () => {
    expect(apply({ op: 'adjust-demand', pool: 'china-internet', factor: 1.5, quarters: 1 }).state.modifiers[0]).toMatchObject({ kind: 'demand', factor: 1.5 })
  })
  it('moves yield, clamped', () => {
    expect(apply({ op: 'adjust-yield', node: 'smic-n-plus-2', delta: 0.9 }).state.nodes['smic-n-plus-2']?.yieldBonus).toBeCloseTo(0.48)
  })
  it('adds grid power and stock', () => {
    expect(apply({ op: 'adjust-power', region: 'china', mw: 500 }).state.gridMw.china).toBe(4500)
    expect(apply({ op: 'adjust-stock', item: 'cxmt-hbm2', units: -1e9 }).state.factions.huawei?.inventory['cxmt-hbm2']).toBe(0)
  })
  it('enacts and repeals policies', () => {
    expect(apply({ op: 'enact-policy', policy: 'hbm-control' }).state.policies['hbm-control']).toBeDefined()
    expect(apply({ op: 'repeal-policy', policy: 'entity-list-huawei' }).state.policies['entity-list-huawei']).toBeUndefined()
  })
  it('reveals and launches chips', () => {
    expect(apply({ op: 'reveal-chip', chip: 'ascend-910b' }).state.chips['ascend-910b']?.revealed).toBe('leak')
    expect(apply({ op: 'launch-chip', chip: 'mi300x' }).state.chips.mi300x?.launched).toBe(testGame().quarter)
  })
  it('ends the game and sets flags', () => {
    expect(apply({ op: 'end-game', reason: 'crisis' }).state.ending).toBe('crisis')
    expect(apply({ op: 'set-flag', flag: 'truce' }).state.flags.truce).toBeGreaterThan(testGame().quarter)
  })
  it('is exercised by the fixture ruleset for every operation kind', () => {
    const rules = fixtureRules()
    const used = new Set<string>()
    const collect = (ops: readonly Operation[]) => ops.forEach((o) => used.add(o.op))
    for (const p of Object.values(rules.policies)) {
      collect(p.effects)
      collect(p.repealEffects)
    }
    for (const e of Object.values(rules.events)) {
      collect(e.effects)
      e.choices.forEach((c) => collect(c.effects))
    }
    const all = OperationSchema.options.map((o) => o.shape.op.value)
    expect([...used].sort()).toEqual([...all].sort())
  })
})
