/** Issue 16, acceptance 1: chip design bound by the node, the package and the money. */
import { describe, expect, it } from 'vitest'
import { legalOrders, resolveQuarter, validateOrder, type GameState } from '../../../../app/engine'
import { designBound, programPace, respinChance } from '../../../../app/engine/model/design'
import { baseGame } from '../../../fixtures/base-game'
import { edit } from '../../../fixtures/rules/test-game'

const target = { bf16Tflops: 3000, memoryGb: 64, memoryBandwidthTBs: 1.6, interconnectGBs: 400, tpp: 48000, powerW: 700 }
const order = { kind: 'start-program', node: 'tsmc-n12', dieMm2: 800, target, workloads: 'both', hbm: 'hynix-hbm2e', hbmStacks: 4, budgetBnPerQuarter: 1 }

function program(state: GameState, chip: string) {
  return state.programs.find((p) => p.chip === chip)
}

describe('design bounds', () => {
  it('refuses a 3,000 TFLOPS target on TSMC 16/12 nm and names the feasible range', () => {
    const result = validateOrder(baseGame('october-2022'), 'huawei', order)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.refusal.code).toBe('order/beyond_design_bound')
    expect(result.refusal.path).toEqual(['target', 'bf16Tflops'])
    expect(result.refusal.message).toMatch(/feasible 0–\d+ TFLOPS/)
    const max = Number(/feasible 0–(\d+)/.exec(result.refusal.message)?.[1])
    expect(max).toBeGreaterThan(100)
    expect(max).toBeLessThan(400)
    // Inside the range the same order is legal.
    expect(validateOrder(baseGame('october-2022'), 'huawei', { ...order, target: { ...target, bf16Tflops: max, tpp: max * 16 } }).ok).toBe(true)
  })

  it('gives per-node ranges in legalOrders that differ by node', () => {
    const legal = legalOrders(baseGame('october-2022'), 'huawei').find((o) => o.kind === 'start-program')
    const spec = legal?.params.target
    expect(spec?.type).toBe('specs')
    const byNode = spec?.type === 'specs' ? (spec.byNode ?? {}) : {}
    const n12 = byNode['tsmc-n12']?.bf16Tflops ?? 0
    const n5 = byNode['tsmc-n5']?.bf16Tflops ?? 0
    expect(n12).toBeGreaterThan(0)
    expect(n5).toBeGreaterThan(2 * n12)
    expect(byNode['tsmc-n5']?.fullPaceBnPerQuarter).toBeGreaterThan(byNode['tsmc-n12']?.fullPaceBnPerQuarter ?? Infinity)
  })

  it('bounds by power as well as by area, and chiplets on advanced packaging double the area', () => {
    const state = baseGame('october-2022')
    const one = designBound(state, { node: 'tsmc-n5', dieMm2: 814, dies: 1, hbmStacks: 5, hbm: 'hynix-hbm3', powerW: 700, inexperience: 0 })
    // H100: 814 mm² on the N5 family at 700 W, 989 TFLOPS, fits; the bound is the family's best (B200 on 4NP), not far beyond.
    expect(one.bf16Tflops).toBeGreaterThanOrEqual(989)
    expect(one.bf16Tflops).toBeLessThan(1.4 * 989)
    // B200: two ~800 mm² dies on CoWoS-L at 1,000 W, ~2,250 TFLOPS, fits too.
    expect(designBound(state, { node: 'tsmc-n5', dieMm2: 800, dies: 2, hbmStacks: 8, hbm: 'hynix-hbm3', powerW: 1000, inexperience: 0 }).bf16Tflops).toBeGreaterThanOrEqual(2250)
    const two = designBound(state, { node: 'tsmc-n5', dieMm2: 814, dies: 2, hbmStacks: 8, hbm: 'hynix-hbm3', powerW: 1500, inexperience: 0 })
    expect(two.byArea).toBeGreaterThan(1.9 * one.byArea)
    expect(one.memoryBandwidthTBs).toBeCloseTo(3.35, 1)
  })

  it('makes no progress on a $0 budget and stretches the schedule when under-funded', () => {
    expect(programPace(0, 0.1)).toBe(0)
    expect(programPace(0.05, 0.1)).toBeCloseTo(0.5)
    expect(programPace(0.5, 0.1)).toBe(1)
    const small = { ...order, target: { ...target, bf16Tflops: 150, tpp: 2400 } }
    let zero = resolveQuarter(baseGame('october-2022'), { huawei: [{ ...small, budgetBnPerQuarter: 0 }] }).state
    const chip = zero.programs.find((p) => p.owner === 'huawei' && zero.chips[p.chip]?.designed === false && zero.chips[p.chip]?.name.startsWith('designed.'))?.chip ?? ''
    expect(chip).not.toBe('')
    const left = program(zero, chip)?.quartersLeft ?? 0
    for (let i = 0; i < 8; i++) zero = resolveQuarter(zero, {}).state
    expect(program(zero, chip)?.quartersLeft).toBe(left)
    expect(zero.chips[chip]?.designed).toBe(false)

    const step = (budget: number): number => {
      const started = resolveQuarter(baseGame('october-2022'), { huawei: [{ ...small, budgetBnPerQuarter: budget }] }).state
      const p = started.programs.find((x) => x.owner === 'huawei' && x.fullPaceBn !== undefined)
      const next = resolveQuarter(started, {}).state
      return (p?.quartersLeft ?? 0) - (program(next, p?.chip ?? '')?.quartersLeft ?? 0)
    }
    expect(step(1)).toBeCloseTo(1)
    // TSMC 16/12 nm at full pace costs 0.2 bn / 6 quarters; 0.015 a quarter is under half of it.
    expect(step(0.015)).toBeGreaterThan(0.3)
    expect(step(0.015)).toBeLessThan(0.5)
  })

  it('can respin a target near the bound: a quarter and money', () => {
    expect(respinChance(baseGame(), 0.3)).toBeLessThan(respinChance(baseGame(), 0.98))
    let respun = 0
    for (let seed = 1; seed <= 12 && respun === 0; seed++) {
      let state = baseGame('october-2022', seed)
      const near = { ...order, target: { ...target, bf16Tflops: 150, tpp: 2400 } }
      state = resolveQuarter(state, { huawei: [near] }).state
      const p = state.programs.find((x) => x.owner === 'huawei' && x.fullPaceBn !== undefined)
      if (p === undefined) continue
      state = edit(state, (d) => {
        const live = d.programs.find((x) => x.id === p.id)
        if (live !== undefined) {
          live.boundRatio = 1
          live.quartersLeft = 1
        }
      })
      const cash = state.factions.huawei?.cashBn ?? 0
      const { state: next, report } = resolveQuarter(state, {})
      const note = report.notes.find((n) => n.code === 'program/respin' && n.params.chip === p.chip)
      if (note === undefined) continue
      respun += 1
      expect(program(next, p.chip)?.quartersLeft).toBe(1)
      expect(program(next, p.chip)?.respins).toBe(1)
      expect(next.chips[p.chip]?.designed).toBe(false)
      expect(next.factions.huawei?.cashBn ?? 0).toBeLessThan(cash)
    }
    expect(respun).toBeGreaterThan(0)
  })
  it('lets an experienced designer reach every catalogue chip on its own node (the bounds are fitted on shipped chips)', () => {
    const state = baseGame('october-2022')
    const beyond: string[] = []
    for (const chip of Object.values(state.rules.chips)) {
      const specs = chip.true ?? chip.claimed
      const b = designBound(state, { node: chip.node, dieMm2: chip.dieMm2, dies: chip.diesPerChip ?? 1, hbmStacks: chip.hbmStacks, hbm: chip.hbm, powerW: specs.powerW, inexperience: 0 })
      if (specs.bf16Tflops > b.bf16Tflops) beyond.push(`${chip.id}: ${specs.bf16Tflops} > ${b.bf16Tflops} on ${chip.node}`)
    }
    expect(beyond).toEqual([])
  })
})
