import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { discoverMods, MOD_LIMITS, readModData, readModManifest } from '../../../../app/host/mods/mod-folder'
import { orderMods } from '../../../../app/host/mods/mod-loader'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A mods folder: mod folder → file → text. */
function modsFolder(mods: Record<string, Record<string, string>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sc-mods-'))
  made.push(dir)
  for (const [mod, files] of Object.entries(mods)) {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, mod, name)), { recursive: true })
      writeFileSync(path.join(dir, mod, name), text)
    }
  }
  return dir
}
const manifest = (id: string): string => JSON.stringify({ id, name: id, version: '1.0.0', gameVersions: '*' })

describe('finding and reading mods', () => {
  it('finds no mod and no problem in a mods folder that does not exist yet', () => {
    expect(discoverMods(path.join(tmpdir(), 'sc-no-such-mods-folder'))).toEqual({ mods: [], error: null })
  })

  it('finds mod folders by name, skipping hidden folders, files and symbolic links', () => {
    const dir = modsFolder({ b: { 'mod.json': manifest('b') }, a: { 'mod.json': manifest('a') }, '.git': { 'x.json': '{}' } })
    writeFileSync(path.join(dir, 'loose.json'), '{}')
    symlinkSync(path.join(dir, 'a'), path.join(dir, 'link'))
    expect(discoverMods(dir).mods.map((m) => m.folder)).toEqual(['a', 'b'])
  })

  it('names the folder as the mod when its manifest has no usable id', () => {
    const dir = modsFolder({ 'My Mod': { 'mod.json': '{ "name": "x" }' } })
    const found = readModManifest(path.join(dir, 'My Mod'))
    expect(found.id).toBe('My Mod')
    expect(found.errors.map((e) => e.pointer).sort()).toEqual(['/gameVersions', '/id', '/version'])
  })

  it('reads data files recursively in path order, without mod.json, within the limits', () => {
    const dir = modsFolder({ m: { 'mod.json': manifest('m'), 'z.json': '{"kind":"chips"}', 'a/b.json': '{"kind":"nodes"}', 'notes.txt': 'ignored' } })
    expect(readModData({ id: 'm', dir: path.join(dir, 'm') }).files.map((f) => f.file)).toEqual(['a/b.json', 'z.json'])
    const tooMany = readModData({ id: 'm', dir: path.join(dir, 'm') }, { ...MOD_LIMITS, maxFiles: 1 })
    expect(tooMany.errors[0]?.message).toBe('the mod has 2 data files; the limit is 1')
    const tooBig = readModData({ id: 'm', dir: path.join(dir, 'm') }, { ...MOD_LIMITS, maxTotalBytes: 20 })
    expect(tooBig.errors[0]).toMatchObject({ file: 'z.json', message: "the mod's data files add up to more than 20 bytes" })
  })

  it('orders mods by the stored order, then new folders by name', () => {
    const mods = ['a', 'b', 'c', 'd'].map((id) => ({ id }))
    expect(orderMods(mods, ['c', 'gone', 'a']).map((m) => m.id)).toEqual(['c', 'a', 'b', 'd'])
  })
})
