/**
 * What a mod's records do to the game: add, replace a record whole, merge a patch, remove
 * one; a new language's texts fall back to English; later mods apply over earlier ones.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ENGINE_VERSION } from '../../../../app/engine'
import { createGameHost } from '../../../../app/host/game-host'
import { loadGameData } from '../../../../app/host/mods/mod-loader'
import { memoryModSelectionStore } from '../../../../app/host/mods/mod-selection'

const BASE = path.resolve(__dirname, '../../../../game-data/base')
const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** A mods folder: mod id → file → JSON value (mod.json is written from the id). */
function modsFolder(mods: Record<string, Record<string, unknown>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sc-mod-records-'))
  made.push(dir)
  for (const [id, files] of Object.entries(mods)) {
    const manifest = { id, name: id, version: '1.0.0', gameVersions: '^0.1.0', ...((files['mod.json'] as object | undefined) ?? {}) }
    for (const [name, value] of Object.entries({ ...files, 'mod.json': manifest })) {
      mkdirSync(path.dirname(path.join(dir, id, name)), { recursive: true })
      writeFileSync(path.join(dir, id, name), `${JSON.stringify(value, null, 2)}\n`)
    }
  }
  return dir
}

describe("a mod's records", () => {
  const dir = modsFolder({
    tweaks: {
      'regions.json': { kind: 'regions', patch: [{ id: 'japan', merge: { powerMw: 9999 } }] },
      'events.json': { kind: 'events', remove: ['taiwan-earthquake'] },
      'texts/ja.json': { kind: 'locales', records: [{ id: 'ja', name: 'locale.ja.name', texts: { 'faction.usa.name': 'アメリカ合衆国' } }] },
      'texts/en.json': { kind: 'locales', patch: [{ id: 'en', merge: { texts: { 'faction.usa.name': 'Washington' } } }] },
    },
    later: {
      'mod.json': { loadAfter: ['tweaks'] },
      'regions.json': { kind: 'regions', patch: [{ id: 'japan', merge: { powerMw: 1234 } }] },
    },
  })

  it('adds, patches and removes records, and a later mod patches over an earlier one', () => {
    const data = loadGameData({ baseDir: BASE, modsDir: dir, selection: { order: ['later', 'tweaks'], enabled: ['later', 'tweaks'] }, gameVersion: ENGINE_VERSION })
    expect(data.mods.map((m) => [m.id, m.status, m.errors])).toEqual([
      ['later', 'ok', []],
      ['tweaks', 'ok', []],
    ])
    expect(data.data.map((d) => d.id)).toEqual(['base', 'tweaks', 'later'])
    const rules = data.rules!
    expect(rules.regions.japan?.powerMw).toBe(1234)
    expect(rules.regions.japan?.alignment).toBeDefined() // the patch kept what it did not name
    expect(rules.events['taiwan-earthquake']).toBeUndefined()
    expect(rules.locales.ja?.texts['faction.usa.name']).toBe('アメリカ合衆国')
  })

  it('gives a new language its own texts, and overrides English keys', async () => {
    const host = createGameHost({ dataDir: BASE, modsDir: dir, modSelection: memoryModSelectionStore({ enabled: ['tweaks'] }) })
    const window = host.connect(() => undefined)
    const ja = await host.getTexts({ language: 'ja' }, window)
    expect(ja['faction.usa.name']).toBe('アメリカ合衆国')
    // Only that language: the renderer falls back (it asks for English too, and i18next falls back).
    expect(ja['faction.prc.name']).toBeUndefined()
    expect((await host.getTexts({ language: 'en' }, window))['faction.usa.name']).toBe('Washington')
    expect((await host.getTexts({ language: 'en' }, window))['faction.prc.name']).toBeDefined()
  })
})
