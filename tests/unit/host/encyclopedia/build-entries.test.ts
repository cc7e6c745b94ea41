/**
 * The encyclopedia's entries: one for every chip, node, policy, faction, actor, region, event
 * and scenario of the loaded data, with a name key and sources (or why it is invented); a mod's
 * records appear with the mod as their origin; a chip whose truth differs from its claims
 * shows the claims only; facts are values, not words (the renderer words them:
 * tests/unit/renderer/encyclopedia/localise.test.ts); and the host's call answers them with or
 * without a running game.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { sentencesIn } from '../../../support/sentences'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildEntries, originsFromDocuments, recordOrigins } from '../../../../app/host/encyclopedia'
import { createGameHost } from '../../../../app/host/game-host'
import { loadGameData } from '../../../../app/host/mods/mod-loader'
import { fileModSelectionStore } from '../../../../app/host/mods/mod-selection'
import { ENGINE_VERSION, type Rules } from '../../../../app/engine'
import { EncyclopediaSchema, type EncyclopediaEntry, type EncyclopediaValue } from '../../../../app/protocol'

const ROOT = path.resolve(__dirname, '../../../..')
const BASE = path.join(ROOT, 'game-data/base')
const EXAMPLES = path.join(ROOT, 'game-data/examples')
const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function load(mods: string[] = []): Rules {
  const data = loadGameData({ baseDir: BASE, modFolders: mods.map((m) => path.join(EXAMPLES, m)), selection: { order: mods, enabled: mods }, gameVersion: ENGINE_VERSION })
  expect(data.ok).toBe(true)
  expect(data.data.map((d) => d.id)).toEqual(['base', ...mods])
  return data.rules!
}

const baseRules = load()
const baseEntries = buildEntries(baseRules)
const byId = new Map(baseEntries.map((e) => [e.id, e]))
const fact = (entry: EncyclopediaEntry | undefined, label: string): EncyclopediaValue | undefined => entry?.facts.find((f) => f.label === label)?.value

describe('the encyclopedia of the base game', () => {
  const kinds = [
    ['chip', baseRules.chips],
    ['node', baseRules.nodes],
    ['policy', baseRules.policies],
    ['faction', baseRules.factions],
    ['actor', baseRules.actors],
    ['event', baseRules.events],
    ['region', baseRules.regions],
    ['scenario', baseRules.scenarios],
    ['foundry', baseRules.foundries],
  ] as const

  it.each(kinds)('has an entry with a name text and sources or a fictional reason for every %s', (kind, table) => {
    const ids = Object.keys(table)
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) {
      const entry = byId.get(`${kind}:${id}`)
      expect(entry, `${kind}:${id}`).toBeDefined()
      expect(baseRules.locales.en!.texts[entry!.nameKey], `${kind}:${id} text`).toBeDefined()
      expect(entry!.nameKey).toBe((table as Record<string, { name: string }>)[id]!.name)
      if (kind !== 'scenario') expect(entry!.sources.length > 0 || (entry!.fictional && (entry!.fictionalWhy ?? '').length > 0), `${kind}:${id} sources`).toBe(true)
      expect(entry!.origin).toBe('base')
    }
  })

  it('answers what the contract promises', () => {
    expect(() => EncyclopediaSchema.parse({ from: 'new-game', entries: baseEntries, mods: [] })).not.toThrow()
    expect(new Set(baseEntries.map((e) => e.id)).size).toBe(baseEntries.length)
  })

  it('holds no words of its own: every text is an id, a key, a code, a quarter or data as written', () => {
    const fromData = new Set<string>([
      ...Object.values(baseRules.policies).flatMap((p) => (p.realRule === undefined ? [] : [p.realRule.name])),
      ...Object.values(baseRules).flatMap((records) => (typeof records === 'object' && records !== null ? Object.values(records as Record<string, { sources?: { title: string; publisher: string; url?: string }[]; fictionalWhy?: string }>).flatMap((r) => [...(Array.isArray(r?.sources) ? r.sources.flatMap((x) => [x.title, x.publisher, x.url ?? '']) : []), ...(typeof r?.fictionalWhy === 'string' ? [r.fictionalWhy] : [])]) : [])),
    ])
    expect(sentencesIn(baseEntries, fromData)).toEqual([])
  })

  it("gives a chip its maker, node, claims against the H100, readiness and sources, linked", () => {
    const h800 = byId.get('chip:h800')!
    expect(baseRules.locales.en!.texts[h800.nameKey]).toBe('H800')
    expect(h800.related.map((r) => r.entry)).toEqual(expect.arrayContaining(['faction:nvidia', 'node:tsmc-n5', 'chip:h100']))
    expect(fact(h800, 'bf16')).toEqual({ t: 'phrase', code: 'vsH100', params: { value: { t: 'number', value: 989, digits: 0, unit: 'tflops' }, ratio: expect.objectContaining({ t: 'number' }) } })
    expect(fact(h800, 'maker')).toEqual({ t: 'ref', entry: 'faction:nvidia' })
    expect(fact(h800, 'readiness')).toEqual({ t: 'word', set: 'readiness', code: 'volume' })
    expect(h800.subtitle).toEqual({ t: 'list', join: 'dot', items: [{ t: 'ref', entry: 'faction:nvidia' }, { t: 'ref', entry: 'node:tsmc-n5' }, { t: 'quarter', quarter: '2023Q1' }] })
    // Caught by the 2023 rule's TPP threshold, not by 2022's interconnect test (the loophole it was made for).
    const controls = h800.facts.filter((f) => f.label === 'controlledBy').map((f) => f.entry)
    expect(controls).toContain('policy:oct-2023-chip-rule')
    expect(controls).not.toContain('policy:oct-2022-chip-rule')
    expect(h800.sources[0]).toMatchObject({ publisher: expect.any(String), date: expect.any(String) })
    // Back links: the maker lists its chips, the node the chips made on it.
    expect(byId.get('faction:nvidia')!.related).toContainEqual({ entry: 'chip:h800', label: 'chips' })
    expect(byId.get('node:tsmc-n5')!.related).toContainEqual({ entry: 'chip:h800', label: 'chips' })
    // Every link leads to an entry.
    for (const e of baseEntries) for (const r of e.related) expect(byId.has(r.entry), `${e.id} → ${r.entry}`).toBe(true)
  })

  it('gives a node its foundry, EUV, capacity and yields', () => {
    const node = Object.values(baseRules.nodes)[0]!
    const entry = byId.get(`node:${node.id}`)!
    expect(entry.facts.find((f) => f.label === 'foundry')?.entry).toBe(`foundry:${node.foundry}`)
    expect(fact(entry, 'euv')).toEqual({ t: 'word', set: 'yesNo', code: node.euv ? 'yes' : 'no' })
    expect(fact(entry, 'capacity')).toMatchObject({ t: 'phrase', code: 'wafersPerQuarter', params: { amount: { t: 'number', value: node.capacityWafersPerQuarter } } })
    expect(fact(entry, 'yieldMature')).toMatchObject({ t: 'share', value: node.yieldMature })
  })

  it('gives a policy its owner, instrument, thresholds and date; an event its window and choices as values', () => {
    const rule = byId.get('policy:oct-2022-tool-rule')!
    expect(rule.facts.find((f) => f.label === 'owner')?.entry).toBe('faction:usa')
    expect(fact(rule, 'instrument')).toEqual({ t: 'word', set: 'instrument', code: 'tool-control' })
    expect(fact(rule, 'nodeMin')).toEqual({ t: 'phrase', code: 'nodeMin', params: { nm: { t: 'number', value: 5 } } })
    expect(fact(rule, 'realRule')).toMatchObject({ t: 'phrase', code: 'realRule', params: { date: { t: 'text', text: '2022-10-07' } } })
    const gallium = byId.get('event:gallium-germanium-move')!
    expect(fact(gallium, 'window')).toEqual({ t: 'phrase', code: 'windowQuarters', params: { window: { t: 'phrase', code: 'fromTo', params: { from: { t: 'quarter', quarter: '2023Q3' }, to: { t: 'quarter', quarter: '2023Q4' } } }, count: { t: 'number', value: 2, digits: 0 } } })
    const choices = gallium.facts.filter((f) => f.label === 'choice')
    expect(choices.map((f) => f.term)).toEqual([
      { t: 'name', key: 'event.gallium-germanium-move.choice.license-exports', id: 'license-exports' },
      { t: 'name', key: 'event.gallium-germanium-move.choice.hold', id: 'hold' },
    ])
    expect(choices.map((f) => f.value)).toEqual([
      { t: 'list', join: 'semicolon', items: [expect.objectContaining({ t: 'phrase', code: 'op.enact' })] },
      { t: 'list', join: 'semicolon', items: [{ t: 'phrase', code: 'op.tension', params: { delta: { t: 'number', value: -1, signed: true } } }] },
    ])
    expect(gallium.related.map((r) => r.entry)).toContain('policy:gallium-germanium-licensing')
  })
})

describe('the encyclopedia and mods', () => {
  it('lists a mod-added chip, with the mod as its origin', () => {
    const rules = load(['rapidus-2nm'])
    const origins = recordOrigins([{ id: 'rapidus-2nm', dir: path.join(EXAMPLES, 'rapidus-2nm') }])
    const entries = buildEntries(rules, { origins })
    const chip = entries.find((e) => e.id === 'chip:mn-core-l1000')
    expect(chip).toBeDefined()
    expect(chip!.origin).toBe('rapidus-2nm')
    expect(rules.locales.en!.texts[chip!.nameKey]).toBe(rules.locales.en!.texts['chip.mn-core-l1000.name'])
    expect(chip!.fictional).toBe(true)
    expect(chip!.related.map((r) => r.entry)).toContain('node:rapidus-2hp')
    expect(entries.find((e) => e.id === 'chip:h800')!.origin).toBe('base')
  })

  it('never shows a chip’s secret true figures: only its claims', () => {
    const rules = load(['rapidus-2nm'])
    const chip = rules.chips['mn-core-l1000']!
    expect(chip.true.bf16Tflops).not.toBe(chip.claimed.bf16Tflops)
    const entry = buildEntries(rules).find((e) => e.id === 'chip:mn-core-l1000')!
    const bf16 = (e: EncyclopediaEntry): unknown => {
      const value = fact(e, 'bf16')
      return value?.t === 'phrase' ? value.params.value : value
    }
    expect(bf16(entry)).toMatchObject({ t: 'number', value: 1000 })
    const numbers = JSON.stringify(entry)
    expect(numbers).not.toContain(`"value":${chip.true.bf16Tflops}`)
    expect(numbers).not.toContain(`"value":${chip.true.tpp}`)
    // The same for a base chip whose claims differ from the truth.
    const base = Object.values(baseRules.chips).find((c) => c.true.bf16Tflops !== c.claimed.bf16Tflops)!
    const baseEntry = byId.get(`chip:${base.id}`)!
    expect(bf16(baseEntry)).toMatchObject({ t: 'number', value: base.claimed.bf16Tflops })
    expect(fact(baseEntry, 'readiness')).toEqual({ t: 'word', set: 'readiness', code: base.claimedReadiness ?? base.readiness })
  })

  it('names the mods that patched a record and the one that added it', () => {
    const origins = originsFromDocuments([
      { id: 'one', documents: [{ kind: 'chips', records: [{ id: 'x1' }] }, { kind: 'chips', patch: [{ id: 'h800', merge: {} }] }] },
      { id: 'two', documents: [{ kind: 'chips', patch: [{ id: 'h800', merge: {} }, { id: 'x1', merge: {} }] }, { kind: 'orderTypes', records: [{ id: 'y' }] }] },
    ])
    expect(origins.get('chip:x1')).toEqual({ origin: 'one', changedBy: ['two'] })
    expect(origins.get('chip:h800')).toEqual({ origin: 'base', changedBy: ['one', 'two'] })
  })
})

describe('the getEncyclopedia call', () => {
  it('answers the new-game data (with enabled mods) before a game and the running game’s after', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sc-encyclopedia-'))
    made.push(dir)
    const mods = path.join(dir, 'mods')
    cpSync(EXAMPLES, mods, { recursive: true })
    const host = createGameHost({ dataDir: BASE, modsDir: mods, modSelection: fileModSelectionStore(path.join(dir, 'mods.json')), randomSeed: () => 7 })
    const window = host.connect(() => undefined)
    const before = await host.getEncyclopedia({}, window)
    expect(before.from).toBe('new-game')
    expect(before.entries.some((e) => e.id === 'chip:mn-core-l1000')).toBe(false)
    await host.setMods({ mods: [{ id: 'rapidus-2nm', enabled: true }] }, window)
    await host.newGame({ scenarioId: 'classroom', seats: [{ faction: 'usa', controller: 'human', name: 'Ada', difficulty: 'normal' }] }, window)
    const during = await host.getEncyclopedia({}, window)
    expect(during.from).toBe('game')
    expect(during.entries.find((e) => e.id === 'chip:mn-core-l1000')?.origin).toBe('rapidus-2nm')
    expect(during.entries.find((e) => e.id === 'node:rapidus-2hp')?.origin).toBe('rapidus-2nm')
    expect(during.mods).toEqual([{ id: 'rapidus-2nm', name: 'Rapidus: Japan at 2 nm' }])
  })
})
