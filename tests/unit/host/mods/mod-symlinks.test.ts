/**
 * Symbolic links in a mod are never followed (issue 14, finding 4): a `mod.json` or a data file
 * that is a link is refused with an error naming it, and its target is never read, whether it
 * points outside the mods folder at a valid mod or at a system file. Checked at the mod-folder
 * level and through the host's `listMods` (what the mod manager shows).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createGameHost } from '../../../../app/host/game-host'
import { discoverMods, readModData, readModFile, readModManifest } from '../../../../app/host/mods/mod-folder'
import { memoryModSelectionStore } from '../../../../app/host/mods/mod-selection'

const ROOT = path.resolve(__dirname, '../../../..')
const BASE = path.join(ROOT, 'game-data/base')
const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** A secret outside the mods folder, in the form of a working mod and as a "system file". */
function outside(): { dir: string; manifest: string; chips: string; secret: string } {
  const dir = temp('sc-outside-')
  const manifest = path.join(dir, 'mod.json')
  writeFileSync(manifest, JSON.stringify({ id: 'linked', name: 'Linked', version: '1.0.0', gameVersions: '*' }))
  const chips = path.join(dir, 'chips.json')
  writeFileSync(chips, JSON.stringify({ kind: 'chips', patch: [{ id: 'h20', merge: { priceUsd: 1 } }] }))
  const secret = path.join(dir, 'passwd')
  writeFileSync(secret, 'root:x:0:0:SECRET-SYSTEM-FILE:/root:/bin/bash\n')
  return { dir, manifest, chips, secret }
}

describe('symbolic links in mods', () => {
  it('refuses a mod.json that links to a working mod outside the mods folder, without reading it', () => {
    const out = outside()
    const mods = temp('sc-mods-')
    mkdirSync(path.join(mods, 'linked'))
    symlinkSync(out.manifest, path.join(mods, 'linked', 'mod.json'))
    const found = readModManifest(path.join(mods, 'linked'))
    expect(found.manifest).toBeNull()
    expect(found.errors).toEqual([
      expect.objectContaining({ mod: 'linked', file: 'mod.json', pointer: '', message: expect.stringContaining('mod.json is a symbolic link; links are not followed') as unknown as string, severity: 'error' }),
    ])
    expect(discoverMods(mods).mods.map((m) => [m.folder, m.manifest])).toEqual([['linked', null]])
  })

  it('never puts a linked system file’s bytes into the error', () => {
    const out = outside()
    const mods = temp('sc-mods-')
    mkdirSync(path.join(mods, 'system'))
    symlinkSync(out.secret, path.join(mods, 'system', 'mod.json'))
    const found = readModManifest(path.join(mods, 'system'))
    expect(found.errors).toHaveLength(1)
    expect(JSON.stringify(found)).not.toContain('SECRET-SYSTEM-FILE')
    expect(found.errors[0]?.message).toMatch(/symbolic link/)
  })

  it('refuses a dangling mod.json link as a link, not as a missing manifest', () => {
    const mods = temp('sc-mods-')
    mkdirSync(path.join(mods, 'dangling'))
    symlinkSync(path.join(mods, 'nowhere.json'), path.join(mods, 'dangling', 'mod.json'))
    expect(readModManifest(path.join(mods, 'dangling')).errors[0]?.message).toMatch(/^mod\.json is a symbolic link; links are not followed/)
  })

  it('refuses a data file or a folder that is a link, naming it, and reads only the plain files', () => {
    const out = outside()
    const mods = temp('sc-mods-')
    const dir = path.join(mods, 'm')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'mod.json'), JSON.stringify({ id: 'm', name: 'M', version: '1.0.0', gameVersions: '*' }))
    writeFileSync(path.join(dir, 'nodes.json'), JSON.stringify({ kind: 'nodes' }))
    symlinkSync(out.chips, path.join(dir, 'chips.json'))
    symlinkSync(out.dir, path.join(dir, 'more'))
    const read = readModData({ id: 'm', dir })
    expect(read.files.map((f) => f.file)).toEqual(['nodes.json'])
    expect(read.errors.map((e) => [e.file, e.message])).toEqual([
      ['chips.json', expect.stringContaining('chips.json is a symbolic link; links are not followed')],
      ['more', expect.stringContaining('more is a symbolic link; links are not followed')],
    ])
  })

  it('reads a plain file and refuses links, folders and oversize files with readModFile', () => {
    const out = outside()
    const dir = temp('sc-read-')
    symlinkSync(out.manifest, path.join(dir, 'link.json'))
    expect(readModFile(out.manifest, 1024)).toMatchObject({ ok: true })
    expect(readModFile(path.join(dir, 'link.json'), 1024)).toEqual({ ok: false, problem: 'link', size: 0 })
    expect(readModFile(dir, 1024)).toEqual({ ok: false, problem: 'not-file', size: 0 })
    expect(readModFile(path.join(dir, 'none.json'), 1024)).toEqual({ ok: false, problem: 'missing', size: 0 })
    expect(readModFile(out.manifest, 4)).toMatchObject({ ok: false, problem: 'too-big' })
  })

  it('shows a linked mod as refused in the mod manager (listMods), even when enabled, and new games start without it', async () => {
    const out = outside()
    const mods = temp('sc-mods-')
    cpSync(path.join(ROOT, 'game-data/examples/rapidus-2nm'), path.join(mods, 'rapidus-2nm'), { recursive: true })
    mkdirSync(path.join(mods, 'linked'))
    symlinkSync(out.manifest, path.join(mods, 'linked', 'mod.json'))
    symlinkSync(out.chips, path.join(mods, 'linked', 'chips.json'))
    mkdirSync(path.join(mods, 'system'))
    symlinkSync(out.secret, path.join(mods, 'system', 'mod.json'))
    const host = createGameHost({ dataDir: BASE, modsDir: mods, modSelection: memoryModSelectionStore({ order: [], enabled: ['linked', 'system', 'rapidus-2nm'] }) })
    const window = host.connect(() => undefined)
    const list = await host.listMods({}, window)
    expect(JSON.stringify(list)).not.toContain('SECRET-SYSTEM-FILE')
    const byFolder = Object.fromEntries(list.mods.map((m) => [m.folder, m]))
    expect(byFolder.linked?.status).toBe('error')
    expect(byFolder.linked?.errors[0]).toMatchObject({ file: 'mod.json', message: expect.stringMatching(/symbolic link; links are not followed/) as unknown as string })
    expect(byFolder.system?.status).toBe('error')
    expect(byFolder['rapidus-2nm']?.status).toBe('ok')
    expect(list.active.map((d) => d.id)).toEqual(['base', 'rapidus-2nm'])
  })
})
