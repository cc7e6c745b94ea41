/**
 * The encyclopedia in words: the host answers entries as data (text keys and values), and the
 * renderer words them in the interface's language. Over the base game's real entries and a
 * mod's: names and summaries from the game data's texts, facts as they read before the words
 * left the host, and every phrase, word and unit the host can send has its English text.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENGINE_VERSION, type Rules } from '../../../../app/engine'
import { buildEntries, recordOrigins } from '../../../../app/host/encyclopedia'
import { loadGameData } from '../../../../app/host/mods/mod-loader'
import type { EncyclopediaValue } from '../../../../app/protocol'
import en from '../../../../renderer/src/i18n/locales/en.json'
import type { EncyclopediaItem } from '../../../../renderer/src/screens/encyclopedia/encyclopedia-model'
import { localisedWith } from './support'

const ROOT = path.resolve(__dirname, '../../../..')
const EXAMPLES = path.join(ROOT, 'game-data/examples')

function load(mods: string[] = []): Rules {
  const data = loadGameData({ baseDir: path.join(ROOT, 'game-data/base'), modFolders: mods.map((m) => path.join(EXAMPLES, m)), selection: { order: mods, enabled: mods }, gameVersion: ENGINE_VERSION })
  expect(data.ok).toBe(true)
  return data.rules!
}

const rules = load()
const raw = buildEntries(rules)
const items = localisedWith(raw, rules)
const byId = new Map(items.map((e) => [e.id, e]))
const texts = rules.locales.en!.texts
const fact = (entry: EncyclopediaItem | undefined, label: string): string | undefined => entry?.facts.find((f) => f.label === label)?.value

function has(key: string): boolean {
  const lookup = (k: string): unknown => k.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en)
  return typeof lookup(key) === 'string' || typeof lookup(`${key}_other`) === 'string'
}

/** Every locale key a value needs, walking phrases and lists. */
function keysOf(value: EncyclopediaValue, into: Set<string>): void {
  switch (value.t) {
    case 'number':
      if (value.unit !== undefined) into.add(`encyclopedia.unit.${value.unit}`)
      break
    case 'word':
      into.add(`encyclopedia.word.${value.set}.${value.code}`)
      break
    case 'phrase':
      into.add(`encyclopedia.phrase.${value.code}`)
      for (const param of Object.values(value.params)) keysOf(param, into)
      break
    case 'list':
      for (const item of value.items) keysOf(item, into)
      break
    default:
  }
}

describe('the encyclopedia in words', () => {
  it('has an English text for every phrase, word and unit the host sends, base game and example mods', () => {
    const keys = new Set<string>()
    const modded = load(['rapidus-2nm'])
    for (const entry of [...raw, ...buildEntries(modded)]) {
      keysOf(entry.subtitle, keys)
      for (const f of entry.facts) {
        keysOf(f.value, keys)
        if (f.term !== undefined) keysOf(f.term, keys)
      }
    }
    expect(keys.size).toBeGreaterThan(60)
    expect([...keys].filter((key) => !has(key))).toEqual([])
  })

  it('names every entry from the game data’s texts, with its summary', () => {
    for (const item of items) {
      const entry = raw.find((e) => e.id === item.id)!
      expect(item.name, item.id).toBe(texts[entry.nameKey])
    }
    expect(byId.get('chip:h800')?.summary).toBe(texts['chip.h800.description'])
    // A scenario without a description of its own is summed up by its briefing.
    for (const scenario of Object.values(rules.scenarios)) expect(byId.get(`scenario:${scenario.id}`)?.summary).toBe(texts[scenario.description ?? ''] ?? texts[scenario.briefing])
  })

  it('words a chip’s facts: claims against the H100, its maker and node by name, quarters as the game labels them', () => {
    const h800 = byId.get('chip:h800')!
    expect(h800.subtitle).toBe(`${texts['faction.nvidia.name']} · ${texts['node.tsmc-n5.name']} · 2023 Q1`)
    expect(fact(h800, 'maker')).toBe(texts['faction.nvidia.name'])
    expect(fact(h800, 'bf16')).toMatch(/^989 TFLOPS \(1× H100\)$/)
    expect(fact(h800, 'interconnect')).toBe('400 GB/s (0.44× H100)')
    expect(fact(h800, 'price')).toBe('US$30,000')
    expect(fact(h800, 'readiness')).toBe('Volume production')
    expect(fact(h800, 'die')).toBe('814 mm²')
    expect(fact(h800, 'hbm')).toMatch(/ × 5$/)
    expect(h800.facts.filter((f) => f.label === 'controlledBy').map((f) => f.value)).toContain(`${texts['policy.oct-2023-chip-rule.name']} (China)`)
  })

  it('words a node, a policy and an event as before', () => {
    const node = Object.values(rules.nodes)[0]!
    const entry = byId.get(`node:${node.id}`)!
    expect(fact(entry, 'euv')).toBe(node.euv ? 'Yes' : 'No')
    expect(fact(entry, 'capacity')).toMatch(/^[\d,]+ wafers a quarter$/)
    expect(fact(entry, 'yieldMature')).toMatch(/%$/)
    const rule = byId.get('policy:oct-2022-tool-rule')!
    expect(fact(rule, 'instrument')).toBe('Tool export control')
    expect(fact(rule, 'nodeMin')).toBe('No EUV and no node below 5 nm')
    expect(fact(rule, 'realRule')).toMatch(/\(2022-10-07\)$/)
    const chipRule = items.find((e) => e.kind === 'policy' && fact(e, 'threshold') !== undefined)
    expect(fact(chipRule, 'threshold')).toMatch(/^TPP ≥ [\d,]+/)
    const gallium = byId.get('event:gallium-germanium-move')!
    expect(fact(gallium, 'window')).toBe('2023 Q3 to 2023 Q4 (2 quarters)')
    expect(gallium.subtitle).toBe('Historical · 2023 Q3 to 2023 Q4')
    expect(fact(gallium, 'eventType')).toBe('Historical: it happened')
    const choices = gallium.facts.filter((f) => f.label === 'choice')
    expect(choices.map((f) => f.term)).toEqual([texts['event.gallium-germanium-move.choice.license-exports'], texts['event.gallium-germanium-move.choice.hold']])
    expect(choices.map((f) => f.value)).toEqual([expect.stringMatching(/^enacts /), 'tension −1'])
    expect(fact(byId.get('faction:nvidia'), 'ownModels')).toMatch(/^(Yes|No)$/)
    expect(fact(byId.get('scenario:classroom'), 'period')).toBe('2023 Q4 to 2025 Q3 (8 quarters)')
  })

  it('shows a mod’s chip by the mod’s names, claims only', () => {
    const modded = load(['rapidus-2nm'])
    const entries = buildEntries(modded, { origins: recordOrigins([{ id: 'rapidus-2nm', dir: path.join(EXAMPLES, 'rapidus-2nm') }]) })
    const chip = localisedWith(entries, modded).find((e) => e.id === 'chip:mn-core-l1000')!
    expect(chip.name).toBe(modded.locales.en!.texts['chip.mn-core-l1000.name'])
    expect(fact(chip, 'bf16')).toMatch(/^1,000 TFLOPS/)
    expect(JSON.stringify(chip)).not.toContain('900 TFLOPS')
  })
})
