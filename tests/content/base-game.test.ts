/**
 * The base game's content rules: game-data/base loads through the host's data-folder reader
 * with no error and no warning, has enough of each kind, cites sources for every real record,
 * has a text for every text key and seats the eight factions in its scenarios.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { quarterIndex, type RecordKind, type Rules } from '../../app/engine'
import { loadDataFolder } from '../../app/host/data/data-folder'

const BASE = path.resolve(__dirname, '../../game-data/base')
const result = loadDataFolder(BASE)
const EIGHT = ['usa', 'prc', 'nvidia', 'tsmc', 'huawei', 'alibaba', 'google', 'smic']

function rules(): Rules {
  if (result.rules === undefined) throw new Error(`game-data/base does not load: ${JSON.stringify(result.errors.slice(0, 5))}`)
  return result.rules
}

/** Every record of every kind except the locales (texts) and the single constants record. */
function allRecords(): { kind: RecordKind; record: Record<string, unknown> }[] {
  const r = rules() as unknown as Record<string, Record<string, Record<string, unknown>>>
  const out: { kind: RecordKind; record: Record<string, unknown> }[] = []
  for (const [kind, records] of Object.entries(r)) {
    if (kind === 'constants' || kind === 'locales') continue
    for (const record of Object.values(records)) out.push({ kind: kind as RecordKind, record })
  }
  out.push({ kind: 'constants', record: rules().constants as unknown as Record<string, unknown> })
  return out
}

describe('the base game data', () => {
  it('loads with no error and no warning', () => {
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.pointer}: ${e.message}`)).toEqual([])
    expect(result.ok).toBe(true)
  })

  it('has at least 25 chips, 20 policies, 40 events and the three scenarios', () => {
    expect(result.counts.chips).toBeGreaterThanOrEqual(25)
    expect(result.counts.policies).toBeGreaterThanOrEqual(20)
    expect(result.counts.events).toBeGreaterThanOrEqual(40)
    expect(result.counts.scenarios).toBeGreaterThanOrEqual(3)
    expect(Object.keys(rules().scenarios)).toEqual(expect.arrayContaining(['october-2022', 'full-stack', 'classroom']))
  })

  it('has the regions, factions, actors and demand pools the issue names', () => {
    const r = rules()
    expect(Object.keys(r.regions)).toEqual(expect.arrayContaining(['us', 'china', 'taiwan', 'korea', 'japan', 'eu', 'gulf', 'sea', 'row']))
    expect(Object.keys(r.factions)).toEqual(expect.arrayContaining(EIGHT))
    expect(Object.keys(r.actors)).toEqual(expect.arrayContaining(['sk-hynix', 'samsung', 'micron', 'cxmt', 'asml', 'tokyo-electron', 'amd', 'cambricon']))
    expect(Object.keys(r.demandPools)).toEqual(expect.arrayContaining(['us-hyperscalers', 'china-internet', 'gulf-sovereign-ai', 'frontier-labs', 'row-enterprise']))
  })

  it('has at least 25 real (non-fictional) accelerators from 2020 to 2025', () => {
    const real = Object.values(rules().chips).filter((c) => c.fictional !== true)
    const inWindow = real.filter((c) => quarterIndex(c.firstQuarter) >= quarterIndex('2020Q1') && quarterIndex(c.firstQuarter) <= quarterIndex('2025Q4'))
    expect(inWindow.length).toBeGreaterThanOrEqual(25)
    for (const id of ['a100', 'a800', 'h100', 'h800', 'h20', 'h200', 'b200', 'mi300x', 'ascend-910', 'ascend-910b', 'ascend-910c', 'hanguang-800', 'alibaba-ppu', 'mlu590', 'tpu-v4', 'tpu-v5p', 'tpu-v7']) {
      expect(rules().chips[id], id).toBeDefined()
    }
  })

  it('cites at least one source for every record that is not fictional', () => {
    const missing = allRecords()
      .filter(({ kind, record }) => kind !== 'orderCosts' && record.fictional !== true && ((record.sources as unknown[] | undefined)?.length ?? 0) === 0)
      .map(({ kind, record }) => `${kind}/${String(record.id)}`)
    expect(missing).toEqual([])
  })

  it('explains why every fictional record is invented', () => {
    const unexplained = allRecords()
      .filter(({ record }) => record.fictional === true && (typeof record.fictionalWhy !== 'string' || record.fictionalWhy.length < 10))
      .map(({ kind, record }) => `${kind}/${String(record.id)}`)
    expect(unexplained).toEqual([])
  })

  it('dates every policy to the real rule it models, except the few generic instruments', () => {
    const undated = Object.values(rules().policies).filter((p) => p.realRule === undefined).map((p) => p.id)
    expect(undated.length).toBeLessThanOrEqual(3)
  })

  it('gives every historical event a source', () => {
    const unsourced = Object.values(rules().events).filter((e) => e.historical && e.sources.length === 0).map((e) => e.id)
    expect(unsourced).toEqual([])
  })

  it('has an English text for every text key a record uses', () => {
    const r = rules()
    const texts = r.locales.en?.texts ?? {}
    const keys: string[] = []
    for (const { record } of allRecords()) {
      keys.push(record.name as string)
      if (typeof record.description === 'string') keys.push(record.description)
    }
    for (const e of Object.values(r.events)) for (const c of e.choices) keys.push(c.name, ...(c.description === undefined ? [] : [c.description]))
    for (const s of Object.values(r.scenarios)) {
      keys.push(s.briefing, ...Object.values(s.seatBriefings))
      for (const f of s.factions) if (f.briefing !== undefined) keys.push(f.briefing)
    }
    const missing = keys.filter((k) => k !== 'constants.model.name' && texts[k] === undefined)
    expect(missing).toEqual([])
    expect(texts['constants.model.name']).toBeDefined()
  })

  it('seats all eight factions in each scenario, with objectives, a par and a persona', () => {
    for (const scenario of Object.values(rules().scenarios)) {
      expect(scenario.seats, scenario.id).toEqual(expect.arrayContaining(EIGHT))
      for (const f of scenario.factions) {
        expect(f.objectives.length, `${scenario.id}/${f.faction}`).toBeGreaterThan(0)
        expect(f.par, `${scenario.id}/${f.faction}`).toBeGreaterThan(0)
        expect(f.persona, `${scenario.id}/${f.faction}`).toBeDefined()
      }
    }
  })

  it('runs the scenarios over the quarters the issue gives them', () => {
    const s = rules().scenarios
    expect([s['october-2022']?.start, s['october-2022']?.end]).toEqual(['2022Q4', '2030Q4'])
    expect([s['full-stack']?.start, s['full-stack']?.end]).toEqual(['2025Q3', '2030Q4'])
    const c = s.classroom
    expect(c).toBeDefined()
    if (c === undefined) return
    expect(quarterIndex(c.end) - quarterIndex(c.start) + 1).toBe(8)
    expect(Object.keys(c.seatBriefings).sort()).toEqual([...EIGHT].sort())
  })

  it('starts every program on a chip of its own faction that is not yet out', () => {
    const r = rules()
    for (const s of Object.values(r.scenarios)) {
      for (const f of s.factions) {
        for (const p of f.programs) {
          const chip = r.chips[p.chip]
          expect(chip?.maker, `${s.id}/${f.faction}/${p.chip}`).toBe(f.faction)
          expect(quarterIndex(chip?.firstQuarter ?? s.start), `${s.id}/${p.chip}`).toBeGreaterThan(quarterIndex(s.start))
        }
      }
    }
  })

  it('keeps the announcements that overstated reality as claimed above true', () => {
    const chips = rules().chips
    for (const id of ['ascend-910b', 'ascend-910c', 'alibaba-ppu', 'ascend-950pr', 'mlu590']) {
      const chip = chips[id]
      expect(chip, id).toBeDefined()
      if (chip === undefined) continue
      expect(chip.claimed.bf16Tflops, id).toBeGreaterThan(chip.true.bf16Tflops)
    }
    expect(chips['ascend-950pr']?.claimedReadiness).toBe('sampling')
    expect(chips['ascend-950pr']?.readiness).toBe('paper')
  })

  it('lets an event enact or repeal only policies of the government it asks', () => {
    const r = rules()
    const wrong: string[] = []
    for (const e of Object.values(r.events)) {
      const ops = [...e.effects, ...e.choices.flatMap((c) => c.effects)]
      for (const op of ops) {
        if (op.op !== 'enact-policy' && op.op !== 'repeal-policy') continue
        const owner = r.policies[op.policy]?.owner
        if (e.target !== owner) wrong.push(`${e.id}: ${op.op} ${op.policy} (owner ${String(owner)}, target ${String(e.target)})`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('names a faction for every effect that needs one, or gives the event a target', () => {
    const r = rules()
    const needsFaction = new Set(['adjust-cash', 'adjust-reputation', 'adjust-political-capital', 'adjust-ecosystem', 'adjust-vp', 'adjust-stock'])
    const orphans: string[] = []
    for (const e of Object.values(r.events)) {
      for (const op of [...e.effects, ...e.choices.flatMap((c) => c.effects)]) {
        if (needsFaction.has(op.op) && !('faction' in op && op.faction !== undefined) && e.target === undefined) orphans.push(`${e.id}: ${op.op}`)
      }
    }
    expect(orphans).toEqual([])
  })
})
