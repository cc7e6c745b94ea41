import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileSettingsStore, memorySettingsStore } from '../../../app/host'

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'sc-settings-'))

describe('fileSettingsStore', () => {
  it('gives the defaults when there is no file yet', async () => {
    await expect(fileSettingsStore(path.join(tmp(), 'settings.json')).get()).resolves.toEqual({
      language: 'en',
      uiScale: 1,
      palette: 'default',
      animationSpeed: 1,
      sound: true,
    })
  })

  it('changes only what it is given and keeps it across restarts', async () => {
    const file = path.join(tmp(), 'nested', 'settings.json')
    await fileSettingsStore(file).set({ uiScale: 1.25 })
    await fileSettingsStore(file).set({ palette: 'colour-blind' })
    await expect(fileSettingsStore(file).get()).resolves.toMatchObject({ uiScale: 1.25, palette: 'colour-blind', sound: true })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ uiScale: 1.25 })
  })

  it('sets a corrupt file aside and starts from the defaults', async () => {
    const file = path.join(tmp(), 'settings.json')
    writeFileSync(file, '{ "uiScale": "huge"')
    await expect(fileSettingsStore(file).get()).resolves.toMatchObject({ uiScale: 1 })
    expect(existsSync(`${file}.corrupt`)).toBe(true)
  })
})

describe('memorySettingsStore', () => {
  it('merges changes over the defaults', async () => {
    const store = memorySettingsStore()
    await store.set({ sound: false })
    await expect(store.get()).resolves.toMatchObject({ sound: false, language: 'en' })
  })
})
