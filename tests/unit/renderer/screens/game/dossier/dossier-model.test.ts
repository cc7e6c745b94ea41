import { beforeAll, describe, expect, it } from 'vitest'
import { viewFor, type GameState, type Rules } from '../../../../../../app/engine'
import { baseGame, baseRules, baseTexts } from '../../../../../../tests/fixtures/base-game'
import {
  chipSources,
  dossierMakers,
  dossierRows,
  filterRows,
  formatRatio,
  openQuestions,
  specBars,
  specLines,
  yardstickSpecs,
  type ChipView,
} from '../../../../../../renderer/src/screens/game/dossier/dossier-model'

let rules: Rules
let texts: Record<string, string>
let start: GameState

beforeAll(() => {
  rules = baseRules()
  texts = baseTexts()
  start = baseGame()
})

/** Alibaba's view, with one chip's truth made known to it as `how`. */
function viewKnowing(chipId: string, how: NonNullable<ChipView['known']>['how']): ReturnType<typeof viewFor> {
  const view = viewFor(start, 'alibaba')
  const truth = start.chips[chipId]
  const chip = view.chips[chipId]
  if (truth === undefined || chip === undefined) throw new Error(`${chipId} is not in the view`)
  chip.known = { specs: { ...truth.true }, workloads: truth.workloads, readiness: truth.readiness, how }
  return view
}

describe('dossier rows', () => {
  it('lists every chip the seat knows of, named from the game texts, with its maker', () => {
    const view = viewFor(start, 'alibaba')
    const rows = dossierRows(view, view.rules, texts, 'alibaba')
    expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(view.chips).sort())
    const h800 = rows.find((r) => r.id === 'h800')
    expect(h800?.name).toBe(texts['chip.h800.name'])
    expect(h800?.makerName).toBe(texts[rules.factions.nvidia?.name ?? ''])
  })

  it("marks the seat's own chips as its own and another maker's secret as only claimed", () => {
    const view = viewFor(start, 'huawei')
    const rows = dossierRows(view, view.rules, texts, 'huawei')
    const own = rows.filter((r) => r.maker === 'huawei')
    expect(own.length).toBeGreaterThan(0)
    for (const r of own) expect(r).toMatchObject({ own: true, how: 'own', readinessConfirmed: true })
    const h800 = rows.find((r) => r.id === 'h800')
    expect(h800).toMatchObject({ own: false, how: 'claimed', readinessConfirmed: false })
  })

  it('gives each chip its BF16 compute as a ratio to the H800, the H800 itself at 1×', () => {
    const view = viewFor(start, 'alibaba')
    const rows = dossierRows(view, view.rules, texts, 'alibaba')
    expect(rows.find((r) => r.id === 'h800')?.vsH800).toBe(1)
    // The 910B's claim (376 TFLOPS) over the H800's 989, while its truth is secret.
    expect(rows.find((r) => r.id === 'ascend-910b')?.vsH800).toBeCloseTo(376 / 989, 6)
  })

  it('measures against the confirmed figure once the truth is known', () => {
    const view = viewKnowing('ascend-910b', 'benchmark')
    const row = dossierRows(view, view.rules, texts, 'alibaba').find((r) => r.id === 'ascend-910b')
    expect(row?.how).toBe('benchmark')
    expect(row?.vsH800).toBeCloseTo(320 / 989, 6)
  })
})

describe('filtering and sorting the dossier', () => {
  it('keeps one maker, or searches chip and maker names without regard to case', () => {
    const view = viewFor(start, 'alibaba')
    const rows = dossierRows(view, view.rules, texts, 'alibaba')
    const nvidia = filterRows(rows, { maker: 'nvidia', search: '', sort: 'name' })
    expect(nvidia.length).toBeGreaterThan(1)
    expect(nvidia.every((r) => r.maker === 'nvidia')).toBe(true)
    const found = filterRows(rows, { maker: null, search: 'H8', sort: 'name' }).map((r) => r.id)
    expect(found).toContain('h800')
    expect(found).not.toContain('a100')
    const byMakerName = filterRows(rows, { maker: null, search: 'HUAWEI', sort: 'name' })
    expect(byMakerName.length).toBeGreaterThan(0)
    expect(byMakerName.every((r) => r.maker === 'huawei')).toBe(true)
    expect(filterRows(rows, { maker: null, search: 'no such chip', sort: 'name' })).toEqual([])
  })

  it('sorts by readiness with the most ready first, and by performance fastest first', () => {
    const view = viewFor(start, 'alibaba')
    const rows = dossierRows(view, view.rules, texts, 'alibaba')
    const order = ['volume', 'sampling', 'paper']
    const byReadiness = filterRows(rows, { maker: null, search: '', sort: 'readiness' }).map((r) => order.indexOf(r.readiness))
    expect(byReadiness).toEqual([...byReadiness].sort((a, b) => a - b))
    const byPerformance = filterRows(rows, { maker: null, search: '', sort: 'performance' }).map((r) => r.vsH800 ?? -1)
    expect(byPerformance).toEqual([...byPerformance].sort((a, b) => b - a))
  })

  it('lists each maker once, by name', () => {
    const view = viewFor(start, 'alibaba')
    const makers = dossierMakers(dossierRows(view, view.rules, texts, 'alibaba'))
    expect(new Set(makers.map((m) => m.id)).size).toBe(makers.length)
    expect(makers.map((m) => m.name)).toEqual([...makers.map((m) => m.name)].sort((a, b) => a.localeCompare(b)))
  })
})

describe('a chip file', () => {
  it('shows claims beside the H800 and H100, with nothing confirmed while the truth is secret', () => {
    const view = viewFor(start, 'alibaba')
    const chip = view.chips['ascend-910b'] as ChipView
    const lines = specLines(chip, view, view.rules)
    expect(lines.map((l) => l.key)).toEqual(['bf16Tflops', 'memoryGb', 'memoryBandwidthTBs', 'interconnectGBs', 'tpp', 'powerW'])
    const bf16 = lines[0]
    expect(bf16).toMatchObject({ claimed: 376, confirmed: null, how: 'claimed', h800: 989, h100: 989, gap: null })
    const interconnect = lines.find((l) => l.key === 'interconnectGBs')
    expect(interconnect).toMatchObject({ h800: 400, h100: 900 })
    expect(interconnect?.vsH800).toBeCloseTo(392 / 400, 6)
  })

  it('shows the confirmed figures, how they became known, and how far they fall short of the claim', () => {
    const view = viewKnowing('ascend-910b', 'leak')
    const lines = specLines(view.chips['ascend-910b'] as ChipView, view, view.rules)
    const bf16 = lines[0]
    expect(bf16).toMatchObject({ claimed: 376, confirmed: 320, how: 'leak' })
    expect(bf16?.gap).toBeCloseTo(320 / 376 - 1, 6)
    expect(lines.find((l) => l.key === 'memoryGb')?.gap).toBe(0)
  })

  it('leaves the three open questions unanswered with the claims until the truth is known', () => {
    const view = viewFor(start, 'alibaba')
    const questions = openQuestions(view.chips['ascend-910b'] as ChipView, view, view.rules)
    expect(questions.map((q) => q.id)).toEqual(['performance', 'workloads', 'readiness'])
    for (const q of questions) expect(q).toMatchObject({ answered: false, how: 'claimed' })
    expect(questions[0]?.claimedRatio).toBeCloseTo(376 / 989, 6)
    expect(questions[0]?.confirmedRatio).toBeNull()
    expect(questions[1]).toMatchObject({ claimedWorkloads: 'both', confirmedWorkloads: null })
    expect(questions[2]).toMatchObject({ claimedReadiness: 'volume', confirmedReadiness: null })
  })

  it('answers the open questions with the truth and how it became known', () => {
    const view = viewKnowing('ascend-910b', 'intelligence')
    const questions = openQuestions(view.chips['ascend-910b'] as ChipView, view, view.rules)
    for (const q of questions) expect(q).toMatchObject({ answered: true, how: 'intelligence' })
    expect(questions[0]?.confirmedRatio).toBeCloseTo(320 / 989, 6)
    expect(questions[2]?.confirmedReadiness).toBe('volume')
  })

  it('measures against the H800 datasheet whatever Nvidia now claims or a leak says (a fixed yardstick)', () => {
    const view = viewFor(start, 'alibaba')
    const h800 = view.chips.h800 as ChipView
    const moved = { chips: { ...view.chips, h800: { ...h800, claimed: { ...h800.claimed, bf16Tflops: 1012 }, known: { how: 'leak' as const, specs: { ...h800.claimed, bf16Tflops: 859 }, workloads: 'both' as const, readiness: 'volume' as const } } } }
    expect(yardstickSpecs('h800', moved, view.rules)?.bf16Tflops).toBe(989)
    expect(yardstickSpecs('h800', moved, view.rules)?.interconnectGBs).toBe(400)
    const line = specLines(view.chips['ascend-910b'] as ChipView, moved, view.rules)[0]
    expect(line?.h800).toBe(989)
    expect(line?.vsH800).toBeCloseTo(376 / 989, 6)
  })

  it('falls back to the public rules for a yardstick the view lacks, and to no ratio without one', () => {
    const view = viewFor(start, 'alibaba')
    const withoutH800 = { chips: Object.fromEntries(Object.entries(view.chips).filter(([id]) => id !== 'h800')) }
    expect(yardstickSpecs('h800', withoutH800, view.rules)?.bf16Tflops).toBe(989)
    const noRules = { ...view.rules, chips: Object.fromEntries(Object.entries(view.rules.chips).filter(([id]) => id !== 'h800')) }
    const lines = specLines(view.chips['ascend-910b'] as ChipView, withoutH800, noRules)
    expect(lines[0]?.h800).toBeNull()
    expect(lines[0]?.vsH800).toBeNull()
  })

  it('scales the comparison bars to the largest of claim, truth and yardsticks', () => {
    const view = viewKnowing('ascend-910b', 'benchmark')
    const bars = specBars(specLines(view.chips['ascend-910b'] as ChipView, view, view.rules)[0]!)
    expect(bars.h800).toBe(1)
    expect(bars.claimed).toBeCloseTo(376 / 989, 6)
    expect(bars.confirmed).toBeCloseTo(320 / 989, 6)
  })

  it("lists a catalogue chip's cited sources", () => {
    const sources = chipSources('a100', rules)
    expect(sources.length).toBeGreaterThan(0)
    expect(sources[0]).toMatchObject({ title: expect.any(String), publisher: expect.any(String), date: expect.any(String) })
    expect(chipSources('designed-chip-that-does-not-exist', rules)).toEqual([])
  })

  it('writes ratios with two decimals below 1× and fewer above', () => {
    expect(formatRatio(0.6234)).toBe('0.62×')
    expect(formatRatio(1)).toBe('1.0×')
    expect(formatRatio(12.4)).toBe('12×')
  })
})
