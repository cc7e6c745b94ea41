import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fileModSelectionStore, memoryModSelectionStore } from '../../../../app/host/mods/mod-selection'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})
function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sc-mod-selection-'))
  made.push(dir)
  return dir
}

describe('the mod choices store', () => {
  it('has no mod enabled when there is no file, and writes the file on the first change', async () => {
    const file = path.join(folder(), 'nested', 'mods.json')
    const store = fileModSelectionStore(file)
    expect(store.get()).toEqual({ order: [], enabled: [] })
    expect(existsSync(file)).toBe(false)
    await store.set({ order: ['b', 'a'], enabled: ['a'] })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ order: ['b', 'a'], enabled: ['a'] })
    expect(fileModSelectionStore(file).get()).toEqual({ order: ['b', 'a'], enabled: ['a'] })
  })

  it('sets a corrupt file aside and starts with no mods rather than failing', () => {
    const file = path.join(folder(), 'mods.json')
    writeFileSync(file, '{"order": ["Not An Id"], "enabled": 5}')
    expect(fileModSelectionStore(file).get()).toEqual({ order: [], enabled: [] })
    expect(existsSync(`${file}.corrupt`)).toBe(true)
  })

  it('refuses ids that are not mod ids', async () => {
    await expect(memoryModSelectionStore().set({ order: ['../etc'], enabled: [] })).rejects.toThrow()
  })
})
