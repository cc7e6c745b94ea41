/**
 * The encyclopedia's search, grouping and references over the base game's real entries (as the
 * host builds them, worded in English by the renderer), and the renderer knowing a label for
 * every fact the host sends.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildEntries } from '../../../../app/host/encyclopedia'
import { loadGameData } from '../../../../app/host/mods/mod-loader'
import { ENGINE_VERSION } from '../../../../app/engine'
import { ENCYCLOPEDIA_KINDS as PROTOCOL_KINDS } from '../../../../app/protocol'
import { countByKind, ENCYCLOPEDIA_KINDS, entryForMapTarget, factRows, fold, groupByKind, resolveEntry, searchEntries } from '../../../../renderer/src/screens/encyclopedia/encyclopedia-model'
import { KNOWN_FACT_LABELS } from '../../../../renderer/src/screens/encyclopedia/labels'
import type { MapTarget } from '../../../../renderer/src/map/map-model'
import { localisedWith } from './support'

const ROOT = path.resolve(__dirname, '../../../..')
const data = loadGameData({ baseDir: path.join(ROOT, 'game-data/base'), selection: { order: [], enabled: [] }, gameVersion: ENGINE_VERSION })
const raw = buildEntries(data.rules!)
const entries = localisedWith(raw, data.rules!)

describe('encyclopedia search', () => {
  it('finds a chip by its name, whatever the case, first', () => {
    const found = searchEntries(entries, 'h800')
    expect(found[0]?.id).toBe('chip:h800')
    expect(searchEntries(entries, 'H800')[0]?.id).toBe('chip:h800')
  })

  it('finds by id and by words in the text', () => {
    expect(searchEntries(entries, 'ascend-910b').map((e) => e.id)).toContain('chip:ascend-910b')
    expect(searchEntries(entries, 'oct-2022-tool-rule').map((e) => e.id)).toContain('policy:oct-2022-tool-rule')
    // Every word must match somewhere: a publisher and a kind of rule.
    const byPublisher = searchEntries(entries, 'TechInsights')
    expect(byPublisher.length).toBeGreaterThan(0)
    expect(byPublisher.every((e) => e.sources.some((s) => s.publisher.includes('TechInsights')) || JSON.stringify(e).includes('TechInsights'))).toBe(true)
    expect(searchEntries(entries, 'zzzz-nothing')).toEqual([])
  })

  it('filters by kind, and an empty query lists everything in kind order', () => {
    const chips = searchEntries(entries, '', 'chip')
    expect(chips.length).toBe(Object.keys(data.rules!.chips).length)
    expect(chips.every((e) => e.kind === 'chip')).toBe(true)
    const all = searchEntries(entries, '')
    expect(all.length).toBe(entries.length)
    expect(groupByKind(all).map((g) => g.kind)).toEqual(ENCYCLOPEDIA_KINDS.filter((k) => countByKind(entries)[k] > 0))
  })

  it('puts consecutive facts with the same label in one row', () => {
    const rows = factRows([{ label: 'a', value: '1' }, { label: 'b', value: '2' }, { label: 'b', value: '3' }, { label: 'a', value: '4' }])
    expect(rows.map((r) => [r.label, r.facts.map((f) => f.value)])).toEqual([['a', ['1']], ['b', ['2', '3']], ['a', ['4']]])
  })

  it('folds accents and case', () => {
    expect(fold('Ménage HBM')).toBe('menage hbm')
  })
})

describe('encyclopedia references', () => {
  it('resolves entry ids and bare record ids (owners are factions or actors)', () => {
    expect(resolveEntry(entries, 'chip:h800')?.id).toBe('chip:h800')
    expect(resolveEntry(entries, 'nvidia')?.id).toBe('faction:nvidia')
    expect(resolveEntry(entries, 'taiwan')?.id).toBe('region:taiwan')
    expect(resolveEntry(entries, 'chip:no-such-chip')).toBeUndefined()
  })

  it('opens a region, a fab’s foundry, a site’s owner and a flow’s owner from the map', () => {
    const region = { id: 'taiwan' } as MapTarget['region']
    expect(entryForMapTarget({ type: 'region', region })).toBe('region:taiwan')
    expect(entryForMapTarget({ type: 'site', region, site: { id: 'fab:tsmc', kind: 'fab', owner: 'tsmc', label: 'TSMC' } } as MapTarget)).toBe('foundry:tsmc')
    expect(entryForMapTarget({ type: 'site', region, site: { id: 'hbm:sk-hynix@korea', kind: 'hbm', owner: 'sk-hynix', label: '' } } as MapTarget)).toBe('sk-hynix')
    expect(entryForMapTarget({ type: 'flow', region, to: region, flow: { owner: 'nvidia' } } as unknown as MapTarget)).toBe('nvidia')
  })

  it('lists the same kinds as the protocol, and knows a label for every fact the host sends', () => {
    expect([...ENCYCLOPEDIA_KINDS]).toEqual([...PROTOCOL_KINDS])
    const labels = new Set(entries.flatMap((e) => e.facts.map((f) => f.label)))
    expect([...labels].filter((l) => !KNOWN_FACT_LABELS.includes(l))).toEqual([])
  })
})
