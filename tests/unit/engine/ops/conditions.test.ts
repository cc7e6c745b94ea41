import { describe, expect, it } from 'vitest'
import { ConditionSchema } from '../../../../app/engine'
import { holds } from '../../../../app/engine/ops/conditions'
import { edit, fixtureRules, testGame } from '../../../fixtures/rules/test-game'

describe('holds', () => {
  const state = edit(testGame(), (d) => {
    d.firedEvents.blockade = d.quarter
    d.flags.truce = d.quarter + 3
  })
  it('reads policies, chips, events, flags, seats and metrics', () => {
    expect(holds(state, { if: 'policy-active', policy: 'oct-2022-chip-rule' })).toBe(true)
    expect(holds(state, { if: 'policy-inactive', policy: 'oct-2022-chip-rule' })).toBe(false)
    expect(holds(state, { if: 'chip-launched', chip: 'h100' })).toBe(true)
    expect(holds(state, { if: 'chip-launched', chip: 'h20' })).toBe(false)
    expect(holds(state, { if: 'event-fired', event: 'blockade' })).toBe(true)
    expect(holds(state, { if: 'flag-set', flag: 'truce' })).toBe(true)
    expect(holds(state, { if: 'seat-played', faction: 'smic' })).toBe(true)
    expect(holds(state, { if: 'metric', metric: 'cash', faction: 'google', atLeast: 100 })).toBe(true)
    expect(holds(state, { if: 'metric', metric: 'tension', below: 20 })).toBe(false)
  })
  it('is exercised by the fixture ruleset for every condition kind', () => {
    const used = new Set(Object.values(fixtureRules().events).flatMap((e) => e.trigger.all.map((c) => c.if)))
    expect([...used].sort()).toEqual(ConditionSchema.options.map((o) => o.shape.if.value).sort())
  })
})
