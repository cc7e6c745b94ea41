/**
 * The encyclopedia's entries: one for every chip, node, policy, faction, actor, region, event
 * and scenario of the loaded data, with a name and sources (or why it is invented); a mod's
 * records appear with the mod as their origin; a chip whose truth differs from its claims
 * shows the claims only; and the host's call answers them with or without a running game.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildEntries, originsFromDocuments, recordOrigins } from '../../../../app/host/encyclopedia'
import { createGameHost } from '../../../../app/host/game-host'
import { loadGameData } from '../../../../app/host/mods/mod-loader'
import { fileModSelectionStore } from '../../../../app/host/mods/mod-selection'
import { ENGINE_VERSION, type Rules } from '../../../../app/engine'
import { EncyclopediaSchema, type EncyclopediaEntry } from '../../../../app/protocol'

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
const fact = (entry: EncyclopediaEntry | undefined, label: string): string | undefined => entry?.facts.find((f) => f.label === label)?.value

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
      expect(entry!.name, `${kind}:${id} name`).not.toBe(id)
      expect(baseRules.locales.en!.texts[entry!.nameKey], `${kind}:${id} text`).toBe(entry!.name)
      if (kind !== 'scenario') expect(entry!.sources.length > 0 || (entry!.fictional && (entry!.fictionalWhy ?? '').length > 0), `${kind}:${id} sources`).toBe(true)
      expect(entry!.origin).toBe('base')
    }
  })

  it('answers what the contract promises', () => {
    expect(() => EncyclopediaSchema.parse({ from: 'new-game', entries: baseEntries, mods: [] })).not.toThrow()
    expect(new Set(baseEntries.map((e) => e.id)).size).toBe(baseEntries.length)
  })

  it("gives a chip its maker, node, claims against the H100, readiness and sources, linked", () => {
    const h800 = byId.get('chip:h800')!
    expect(h800.name).toBe('H800')
    expect(h800.related.map((r) => r.entry)).toEqual(expect.arrayContaining(['faction:nvidia', 'node:tsmc-n5', 'chip:h100']))
    expect(fact(h800, 'bf16')).toMatch(/TFLOPS \(1× H100\)/)
    expect(fact(h800, 'readiness')).toBeDefined()
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
    expect(fact(entry, 'euv')).toBe(node.euv ? 'Yes' : 'No')
    expect(fact(entry, 'capacity')).toMatch(/wafers a quarter/)
    expect(fact(entry, 'yieldMature')).toMatch(/%$/)
  })

  it('gives a policy its owner, instrument, thresholds and date; an event its window and choices in words', () => {
    const rule = byId.get('policy:oct-2022-tool-rule')!
    expect(rule.facts.find((f) => f.label === 'owner')?.entry).toBe('faction:usa')
    expect(fact(rule, 'instrument')).toBe('Tool export control')
    expect(fact(rule, 'nodeMin')).toBe('No EUV and no node below 5 nm')
    expect(fact(rule, 'realRule')).toMatch(/2022-10-07/)
    const chipRule = baseEntries.find((e) => e.kind === 'policy' && fact(e, 'threshold') !== undefined)
    expect(fact(chipRule, 'threshold')).toMatch(/^TPP ≥ [\d,]+/)
    const gallium = byId.get('event:gallium-germanium-move')!
    expect(fact(gallium, 'window')).toBe('2023Q3 to 2023Q4 (2 quarters)')
    const choices = gallium.facts.filter((f) => f.label === 'choice')
    expect(choices.map((f) => f.term)).toEqual(gallium.facts.length > 0 ? [baseRules.locales.en!.texts['event.gallium-germanium-move.choice.license-exports'], baseRules.locales.en!.texts['event.gallium-germanium-move.choice.hold']] : [])
    expect(choices.map((f) => f.value)).toEqual([expect.stringMatching(/^enacts /), 'tension −1'])
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
    expect(chip!.name).toBe(rules.locales.en!.texts['chip.mn-core-l1000.name'])
    expect(chip!.fictional).toBe(true)
    expect(chip!.related.map((r) => r.entry)).toContain('node:rapidus-2hp')
    expect(entries.find((e) => e.id === 'chip:h800')!.origin).toBe('base')
  })

  it('never shows a chip’s secret true figures: only its claims', () => {
    const rules = load(['rapidus-2nm'])
    const chip = rules.chips['mn-core-l1000']!
    expect(chip.true.bf16Tflops).not.toBe(chip.claimed.bf16Tflops)
    const entry = buildEntries(rules).find((e) => e.id === 'chip:mn-core-l1000')!
    const all = JSON.stringify(entry)
    expect(fact(entry, 'bf16')).toMatch(/^1,000 TFLOPS/)
    expect(all).not.toContain('900 TFLOPS')
    expect(all).not.toContain('14,400')
    // The same for a base chip whose claims differ from the truth.
    const base = Object.values(baseRules.chips).find((c) => c.true.bf16Tflops !== c.claimed.bf16Tflops)!
    const baseEntry = byId.get(`chip:${base.id}`)!
    expect(fact(baseEntry, 'bf16')).toMatch(new RegExp(`^${base.claimed.bf16Tflops.toLocaleString('en')} TFLOPS`))
    expect(fact(baseEntry, 'readiness')).toBe({ paper: 'Announced (paper)', sampling: 'Sampling', volume: 'Volume production' }[base.claimedReadiness ?? base.readiness])
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
    const before = await host.getEncyclopedia({ language: 'en' }, window)
    expect(before.from).toBe('new-game')
    expect(before.entries.some((e) => e.id === 'chip:mn-core-l1000')).toBe(false)
    await host.setMods({ mods: [{ id: 'rapidus-2nm', enabled: true }] }, window)
    await host.newGame({ scenarioId: 'classroom', seats: [{ faction: 'usa', controller: 'human', name: 'Ada', difficulty: 'normal' }] }, window)
    const during = await host.getEncyclopedia({ language: 'en' }, window)
    expect(during.from).toBe('game')
    expect(during.entries.find((e) => e.id === 'chip:mn-core-l1000')?.origin).toBe('rapidus-2nm')
    expect(during.entries.find((e) => e.id === 'node:rapidus-2hp')?.origin).toBe('rapidus-2nm')
    expect(during.mods).toEqual([{ id: 'rapidus-2nm', name: 'Rapidus: Japan at 2 nm' }])
  })
})
