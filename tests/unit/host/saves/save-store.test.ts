import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createSaveStore, type SaveStore } from '../../../../app/host/saves/save-store'
import { sampleInput, sampleState, testHashState } from '../../../fixtures/saves/sample'

const dirs: string[] = []
function openStore(keepAutosaves = 5): SaveStore {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-store-'))
  dirs.push(dir)
  return createSaveStore({ dir: path.join(dir, 'saves'), hashState: testHashState, keepAutosaves })
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A save input for quarter `n` (savedAt increases with n). */
function quarter(n: number): ReturnType<typeof sampleInput> {
  const input = sampleInput(sampleState(`q${n}`), new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString())
  return { ...input, meta: { ...input.meta, quarter: `Q${n}` } }
}

describe('SaveStore', () => {
  it('saves, loads and lists a named save with its metadata', async () => {
    const store = openStore()
    const saved = await store.save('First game', quarter(1))
    expect(saved).toMatchObject({ ok: true, value: { name: 'First game', kind: 'manual', quarter: 'Q1', ok: true } })
    const loaded = await store.load('First game')
    expect(loaded.ok && loaded.value.save.state).toEqual(sampleState('q1'))
    const list = await store.list()
    expect(list.ok && list.value.map((s) => [s.name, s.quarter, s.seats?.[0]?.name])).toEqual([['First game', 'Q1', 'Ada']])
  })

  it('lists newest first, broken files included and marked', async () => {
    const store = openStore()
    await store.save('old', quarter(1))
    await store.save('new', quarter(3))
    await store.save('middle', quarter(2))
    writeFileSync(path.join(store.dir, 'broken.scsave'), 'garbage')
    const list = await store.list()
    if (!list.ok) throw new Error(list.message)
    const good = list.value.filter((s) => s.ok).map((s) => s.name)
    expect(good).toEqual(['new', 'middle', 'old'])
    expect(list.value.find((s) => s.name === 'broken')).toMatchObject({ ok: false, problem: { code: 'save/not_a_save' } })
  })

  it('orders by the instant saved, whatever the UTC offset', async () => {
    const store = openStore()
    const at = (savedAt: string) => ({ ...quarter(1), meta: { ...quarter(1).meta, savedAt } })
    await store.save('utc noon', at('2026-06-01T12:00:00Z'))
    await store.save('paris 13h', at('2026-06-01T13:00:00+02:00')) // 11:00 UTC
    await store.save('new york 9h', at('2026-06-01T09:00:00-04:00')) // 13:00 UTC
    const list = await store.list()
    expect(list.ok && list.value.map((s) => s.name)).toEqual(['new york 9h', 'utc noon', 'paris 13h'])
  })

  it('save overwrites, saveAs refuses an existing name unless asked to overwrite', async () => {
    const store = openStore()
    await store.save('game', quarter(1))
    await store.save('game', quarter(2))
    expect(await store.saveAs('game', quarter(3))).toMatchObject({ ok: false, code: 'save/exists' })
    expect(await store.saveAs('game', quarter(3), { overwrite: true })).toMatchObject({ ok: true })
    expect(await store.saveAs('game copy', quarter(4))).toMatchObject({ ok: true })
    const loaded = await store.load('game')
    expect(loaded.ok && loaded.value.save.meta.quarter).toBe('Q3')
  })

  it('refuses names that could leave the folder', async () => {
    const store = openStore()
    for (const name of ['../escape', 'a/b', '..\\x', 'CON', 'autosave-000001']) {
      expect(await store.save(name, quarter(1)), name).toMatchObject({ ok: false, code: 'save/bad_name' })
    }
    for (const name of ['../escape', '/etc/passwd']) {
      expect(await store.load(name)).toMatchObject({ ok: false, code: 'save/bad_name' })
      expect(await store.delete(name)).toMatchObject({ ok: false, code: 'save/bad_name' })
    }
    expect(readdirSync(path.dirname(store.dir))).toEqual([])
  })

  it('autosaves every quarter and keeps only the newest five', async () => {
    const store = openStore()
    for (let n = 1; n <= 8; n++) expect((await store.autosave(quarter(n))).ok).toBe(true)
    const list = await store.list()
    if (!list.ok) throw new Error(list.message)
    expect(list.value.map((s) => [s.name, s.kind, s.quarter])).toEqual([
      ['autosave-000008', 'autosave', 'Q8'],
      ['autosave-000007', 'autosave', 'Q7'],
      ['autosave-000006', 'autosave', 'Q6'],
      ['autosave-000005', 'autosave', 'Q5'],
      ['autosave-000004', 'autosave', 'Q4'],
    ])
    const loaded = await store.load('autosave-000006')
    expect(loaded.ok && loaded.value.save.meta.quarter).toBe('Q6')
  })

  it('numbers concurrent autosaves without collisions', async () => {
    const store = openStore(10)
    const results = await Promise.all([1, 2, 3, 4].map((n) => store.autosave(quarter(n))))
    expect(results.map((r) => r.ok && r.value.name).sort()).toEqual(['autosave-000001', 'autosave-000002', 'autosave-000003', 'autosave-000004'])
  })

  it('refuses a damaged save, names the problem and offers the last good autosave', async () => {
    const store = openStore()
    await store.autosave(quarter(1))
    await store.autosave(quarter(2))
    writeFileSync(path.join(store.dir, 'autosave-000002.scsave'), readFileSync(path.join(store.dir, 'autosave-000002.scsave')).subarray(0, 100))
    await store.save('mine', quarter(3))
    const file = path.join(store.dir, 'mine.scsave')
    const bytes = readFileSync(file)
    writeFileSync(file, bytes.subarray(0, bytes.length - 10))
    const result = await store.load('mine')
    expect(result).toMatchObject({ ok: false, code: 'save/truncated', lastGoodAutosave: { name: 'autosave-000001', quarter: 'Q1' } })
    if (!result.ok) expect(result.message).toMatch(/Cannot load "mine": The save file is truncated.*last good autosave is "autosave-000001" \(Q1/)
    expect(await store.lastGoodAutosave()).toMatchObject({ name: 'autosave-000001' })
  })

  it('refuses a file over the size limit without reading it', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'sc-store-'))
    dirs.push(root)
    const store = createSaveStore({ dir: root, hashState: testHashState, maxFileBytes: 2 * 1024 * 1024 })
    writeFileSync(path.join(root, 'huge.scsave'), Buffer.alloc(3 * 1024 * 1024))
    expect(await store.load('huge')).toMatchObject({ ok: false, code: 'save/corrupt', message: expect.stringMatching(/3 MB, far larger than any save \(limit 2 MB\)/) })
    const list = await store.list()
    expect(list.ok && list.value[0]).toMatchObject({ name: 'huge', ok: false, sizeBytes: 3 * 1024 * 1024 })
  })

  it('says so when no autosave loads either', async () => {
    const store = openStore()
    await store.save('mine', quarter(1))
    writeFileSync(path.join(store.dir, 'mine.scsave'), 'not a save')
    const result = await store.load('mine')
    expect(result).toMatchObject({ ok: false, code: 'save/not_a_save', lastGoodAutosave: null })
    if (!result.ok) expect(result.message).toMatch(/No autosave loads either/)
  })

  it('answers not_found for a missing save and deletes saves', async () => {
    const store = openStore()
    expect(await store.load('nothing')).toMatchObject({ ok: false, code: 'save/not_found' })
    expect(await store.list()).toEqual({ ok: true, value: [] })
    await store.save('gone soon', quarter(1))
    expect(await store.delete('gone soon')).toEqual({ ok: true, value: null })
    expect(await store.delete('gone soon')).toMatchObject({ ok: false, code: 'save/not_found' })
  })

  it('refuses to save content outside the format, as a value', async () => {
    const store = openStore()
    const bad = { ...quarter(1), seed: 1.5 }
    expect(await store.save('bad', bad)).toMatchObject({ ok: false, code: 'save/schema', message: expect.stringMatching(/seed/) })
  })

  it('answers save/io when the folder cannot be created', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'sc-store-'))
    dirs.push(root)
    writeFileSync(path.join(root, 'a-file'), '')
    const store = createSaveStore({ dir: path.join(root, 'a-file', 'saves'), hashState: testHashState })
    expect(await store.save('game', quarter(1))).toMatchObject({ ok: false, code: 'save/io', message: expect.stringMatching(/Could not write the save "game"/) })
  })

  it('removes temp files a crash left behind and never lists them', async () => {
    const store = openStore()
    await store.save('game', quarter(1))
    writeFileSync(path.join(store.dir, '.game.scsave.123.abcdef.tmp'), 'partial')
    const list = await store.list()
    expect(list.ok && list.value.map((s) => s.name)).toEqual(['game'])
    expect(await store.removeStaleTempFiles()).toBe(1)
    expect(readdirSync(store.dir)).toEqual(['game.scsave'])
  })
})
