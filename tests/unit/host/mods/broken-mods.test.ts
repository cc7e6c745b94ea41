/**
 * The corpus of malformed mods in tests/fixtures/mods: every one is refused with the file,
 * JSON pointer, line and column of its first problem; none throws; the one valid mod among
 * them still loads and the base game still starts a game.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENGINE_VERSION } from '../../../../app/engine'
import { parseJsonSource, positionAt } from '../../../../app/host/data/json-source'
import { createGameHost } from '../../../../app/host/game-host'
import { loadGameData, type GameData } from '../../../../app/host/mods/mod-loader'
import { memoryModSelectionStore } from '../../../../app/host/mods/mod-selection'

const ROOT = path.resolve(__dirname, '../../../..')
const BASE = path.join(ROOT, 'game-data/base')
const CORPUS = path.join(ROOT, 'tests/fixtures/mods')

interface Expected {
  file: string
  pointer: string
  line: number
  column: number
  message: RegExp
  code?: string
  /** The file is the base game's (the mod broke records the base game refers to). */
  fileMod?: string
}

/** Where the base game's first actor in Japan names its region (the base data may change). */
function firstJapaneseActor(): { pointer: string; line: number; column: number } {
  const parsed = parseJsonSource(readFileSync(path.join(BASE, 'actors.json'), 'utf8'))
  if (!parsed.ok) throw new Error(parsed.error.message)
  const index = (parsed.source.value as { records: { region: string }[] }).records.findIndex((r) => r.region === 'japan')
  const pointer = `/records/${index}/region`
  return { pointer, ...positionAt(parsed.source, pointer) }
}

/** Folder → its first error. */
const EXPECTED: Record<string, Expected> = {
  'bad-json-duplicate-key': { file: 'chips.json', pointer: '/kind', line: 3, column: 3, message: /^not valid JSON: duplicate key "kind"/ },
  'bad-json-not-json': { file: 'chips.json', pointer: '', line: 1, column: 1, message: /^not valid JSON: expected a value/ },
  'bad-json-trailing-comma': { file: 'chips.json', pointer: '/records/0', line: 4, column: 18, message: /^not valid JSON: expected a quoted key/ },
  'bad-json-unterminated-string': { file: 'chips.json', pointer: '/notes', line: 3, column: 25, message: /control character inside a string/ },
  'bad-quarter': { file: 'chips.json', pointer: '/records/0/firstQuarter', line: 30, column: 23, message: /a quarter written YYYYQn/ },
  'constructor-key': { file: 'chips.json', pointer: '/patch/0/merge/constructor', line: 4, column: 32, message: /the key "constructor" is not allowed/ },
  'cycle-a': { file: 'mod.json', pointer: '/dependencies/cycle-b', line: 7, column: 16, message: /^dependency cycle: cycle-a → cycle-b → cycle-a$/, code: 'mod/cycle' },
  'cycle-b': { file: 'mod.json', pointer: '/dependencies/cycle-a', line: 7, column: 16, message: /^dependency cycle: cycle-a → cycle-b → cycle-a$/, code: 'mod/cycle' },
  'deep-nesting': { file: 'chips.json', pointer: `/records${'/0'.repeat(32)}`, line: 5, column: 36, message: /nesting deeper than 32 levels/ },
  'depends-on-broken': { file: 'mod.json', pointer: '/dependencies/unknown-reference', line: 7, column: 26, message: /needs unknown-reference, which has errors/, code: 'mod/dependency_refused' },
  'duplicate-ids': { file: 'chips.json', pointer: '/records/1/id', line: 36, column: 13, message: /^duplicate chips id "dup-chip": chips\.json \/records\/0\/id already defines it/ },
  'duplicate-ids-across-files': { file: 'b/more-chips.json', pointer: '/records/0/id', line: 5, column: 13, message: /duplicate chips id "twice-chip": a\.json/ },
  'huge-file': { file: 'chips.json', pointer: '', line: 1, column: 1, message: /the file is 1048615 bytes; the limit is 1048576/ },
  'kind-constructor': { file: 'chips.json', pointer: '/kind', line: 2, column: 11, message: /^"constructor" is not a kind of data file/ },
  'manifest-bad-id': { file: 'mod.json', pointer: '/id', line: 2, column: 9, message: /kebab-case id/ },
  'manifest-bad-json': { file: 'mod.json', pointer: '', line: 4, column: 3, message: /^not valid JSON: expected "," or "}"/ },
  'manifest-bad-version': { file: 'mod.json', pointer: '/version', line: 4, column: 14, message: /semantic version/ },
  'manifest-base-id': { file: 'mod.json', pointer: '/id', line: 2, column: 9, message: /"base" is the base game's id/, code: 'mod/duplicate_id' },
  'manifest-missing': { file: 'mod.json', pointer: '', line: 1, column: 1, message: /this folder has no mod\.json/ },
  'manifest-unknown-field': { file: 'mod.json', pointer: '/autor', line: 6, column: 12, message: /Unrecognized key: "autor"/ },
  'manifest-wrong-types': { file: 'mod.json', pointer: '/dependencies', line: 7, column: 19, message: /expected record, received array/ },
  'missing-dependency': { file: 'mod.json', pointer: '/dependencies/not-installed', line: 7, column: 22, message: /needs not-installed \^1\.0\.0, which is not installed/, code: 'mod/missing_dependency' },
  'missing-kind': { file: 'chips.json', pointer: '/kind', line: 1, column: 1, message: /expected one of "regions"/ },
  'negative-number': { file: 'nodes.json', pointer: '/patch/0/merge/capacityWafersPerQuarter', line: 7, column: 37, message: /Too small: expected number to be >=0/ },
  'patch-bad-pointer': { file: 'locales.json', pointer: '/patch/0/merge/texts/chip.h100.name', line: 8, column: 29, message: /expected string, received number/ },
  'patch-changes-id': { file: 'chips.json', pointer: '/patch/0/merge/id', line: 7, column: 15, message: /a patch cannot change a record id/ },
  'patch-not-object': { file: 'chips.json', pointer: '/patch/0/merge', line: 6, column: 16, message: /expected record, received number/ },
  'patch-unknown-id': { file: 'chips.json', pointer: '/patch/0/id', line: 5, column: 13, message: /cannot patch chips "no-such-chip"/ },
  'patch-wrong-type': { file: 'chips.json', pointer: '/patch/0/merge/dieMm2', line: 7, column: 19, message: /expected number, received string/ },
  'proto-key': { file: 'chips.json', pointer: '/records/0/__proto__', line: 4, column: 23, message: /the key "__proto__" is not allowed/ },
  'record-not-object': { file: 'chips.json', pointer: '/records/0', line: 4, column: 5, message: /a record must be an object/ },
  'record-without-id': { file: 'chips.json', pointer: '/records/0/id', line: 4, column: 5, message: /a record needs a string id/ },
  'records-not-array': { file: 'chips.json', pointer: '/records', line: 3, column: 14, message: /"records" must be a list/ },
  'remove-referenced': { file: 'actors.json', fileMod: 'base', ...firstJapaneseActor(), message: /"japan" does not exist .*in the base game, after this mod's changes/ },
  'remove-unknown': { file: 'regions.json', pointer: '/remove/0', line: 4, column: 5, message: /cannot remove regions "no-such-region"/ },
  'twin-one': { file: 'mod.json', pointer: '/id', line: 2, column: 9, message: /the folders twin-one and twin-two both use the id "twin"/, code: 'mod/duplicate_id' },
  'twin-two': { file: 'mod.json', pointer: '/id', line: 2, column: 9, message: /the folders twin-one and twin-two both use the id "twin"/, code: 'mod/duplicate_id' },
  'unknown-field': { file: 'chips.json', pointer: '/records/0/speed', line: 34, column: 16, message: /Unrecognized key: "speed"/ },
  'unknown-kind': { file: 'ships.json', pointer: '/kind', line: 2, column: 11, message: /^"spaceships" is not a kind of data file/ },
  'unknown-reference': { file: 'chips.json', pointer: '/records/0/node', line: 8, column: 15, message: /"tsmc-n1" does not exist \(a nodes id\)/ },
  'unknown-reference-scenario': { file: 'scenarios.json', pointer: '/patch/0/merge/seats/1', line: 9, column: 11, message: /"atlantis" does not exist \(a factions id\)/ },
  'wrong-dependency-version': { file: 'mod.json', pointer: '/dependencies/ok-tweak', line: 7, column: 17, message: /needs ok-tweak \^2\.0\.0; ok-tweak is 1\.0\.0/, code: 'mod/dependency_version' },
  'wrong-enum': { file: 'chips.json', pointer: '/records/0/workloads', line: 28, column: 20, message: /expected one of "training"\|"inference"\|"both"/ },
  'wrong-game-version': { file: 'mod.json', pointer: '/gameVersions', line: 5, column: 19, message: /supports game versions >=9\.0\.0; this is 0\.1\.0/, code: 'mod/incompatible_game' },
  'wrong-type-array': { file: 'factions.json', pointer: '/records/0/kinds', line: 7, column: 16, message: /expected array, received string/ },
  'wrong-type-number': { file: 'chips.json', pointer: '/records/0/dieMm2', line: 9, column: 17, message: /expected number, received string/ },
}

const folders = readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()

/** Every mod of the corpus enabled at once, as a player who installed them all would. */
function loadAll(): GameData {
  const found = loadGameData({ baseDir: BASE, modsDir: CORPUS, selection: { order: [], enabled: [] }, gameVersion: ENGINE_VERSION })
  return loadGameData({ baseDir: BASE, modsDir: CORPUS, selection: { order: [], enabled: found.mods.map((m) => m.id) }, gameVersion: ENGINE_VERSION })
}

describe('the corpus of malformed mods', () => {
  const all = loadAll()

  it('holds at least 30 malformed mods, each with an expectation', () => {
    const broken = folders.filter((f) => f !== 'ok-tweak')
    expect(broken.length).toBeGreaterThanOrEqual(30)
    expect(broken).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(Object.entries(EXPECTED))('refuses %s with its file, pointer, line and column', (folder, expected) => {
    const mod = all.mods.find((m) => m.folder === folder)
    expect(mod, folder).toBeDefined()
    expect(mod!.status).toBe('error')
    expect(mod!.loadIndex).toBeNull()
    const first = mod!.errors[0]!
    expect({ file: first.file, pointer: first.pointer, line: first.line, column: first.column }).toEqual({
      file: expected.file,
      pointer: expected.pointer,
      line: expected.line,
      column: expected.column,
    })
    expect(first.message).toMatch(expected.message)
    expect(first.mod).toBe(mod!.id)
    expect(first.severity).toBe('error')
    if (expected.code !== undefined) expect(first.code).toBe(expected.code)
    expect(first.fileMod).toBe(expected.fileMod)
  })

  it('loads the valid mod among them and starts from the base game with only it', () => {
    expect(all.ok).toBe(true)
    expect(all.data.map((d) => d.id)).toEqual(['base', 'ok-tweak'])
    expect(all.mods.filter((m) => m.status === 'ok').map((m) => m.id)).toEqual(['ok-tweak'])
    expect(all.rules?.chips.h100?.priceUsd).toBe(27000)
  })

  it('reports several errors of one mod at once, not only the first', () => {
    const mod = all.mods.find((m) => m.folder === 'manifest-wrong-types')!
    expect(mod.errors.map((e) => e.pointer).sort()).toEqual(['/authors', '/dependencies'])
    const scenario = all.mods.find((m) => m.folder === 'unknown-reference-scenario')!
    expect(scenario.errors.length).toBeGreaterThanOrEqual(2)
  })

  it('lets no __proto__ or constructor key reach a prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
  })

  it('starts a game through the host with every broken mod enabled', async () => {
    const host = createGameHost({ dataDir: BASE, modsDir: CORPUS, modSelection: memoryModSelectionStore(), randomSeed: () => 1 })
    const window = host.connect(() => undefined)
    const listed = await host.listMods({}, window)
    const mods = listed.mods.filter((m, i, list) => list.findIndex((n) => n.id === m.id) === i).map((m) => ({ id: m.id, enabled: true }))
    const enabled = await host.setMods({ mods }, window)
    expect(enabled.mods.filter((m) => m.status === 'ok').map((m) => m.id)).toEqual(['ok-tweak'])
    expect(enabled.active.map((d) => d.id)).toEqual(['base', 'ok-tweak'])
    const game = await host.newGame({ scenarioId: 'classroom', seats: [{ faction: 'usa', controller: 'human', name: 'Ada', difficulty: 'normal' }] }, window)
    expect(game.data.map((d) => d.id)).toEqual(['base', 'ok-tweak'])
  })
})
