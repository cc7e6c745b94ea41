import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, parseSettings } from '../../../../renderer/src/settings/settings-model'
import { localSettingsStore, memorySettingsStore, SETTINGS_KEY } from '../../../../renderer/src/settings/settings-store'

/** A Storage stand-in (the unit tests run in node, without a DOM). */
function fakeStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial))
  return {
    get length() {
      return data.size
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  }
}

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS)
  })

  it('clamps numbers into range and defaults a bad field without losing the good ones', () => {
    expect(parseSettings({ uiScale: 9, palette: 'sepia', animationSpeed: -1, sound: false })).toEqual({
      uiScale: 1.5,
      palette: 'default',
      animationSpeed: 0,
      sound: false,
    })
  })

  it('keeps a valid colour-blind palette', () => {
    expect(parseSettings({ palette: 'colour-blind' }).palette).toBe('colour-blind')
  })
})

describe('settings stores', () => {
  it('round-trips settings through localStorage', () => {
    const storage = fakeStorage()
    const store = localSettingsStore(storage)
    store.save({ uiScale: 1.25, palette: 'colour-blind', animationSpeed: 2, sound: false })
    expect(JSON.parse(storage.getItem(SETTINGS_KEY) ?? '{}')).toMatchObject({ uiScale: 1.25 })
    expect(localSettingsStore(storage).load()).toEqual({ uiScale: 1.25, palette: 'colour-blind', animationSpeed: 2, sound: false })
  })

  it('falls back to defaults on a corrupt stored value', () => {
    expect(localSettingsStore(fakeStorage({ [SETTINGS_KEY]: '{not json' })).load()).toEqual(DEFAULT_SETTINGS)
  })

  it('falls back to defaults where there is no storage', () => {
    expect(localSettingsStore(undefined).load()).toEqual(DEFAULT_SETTINGS)
  })

  it('keeps settings in memory', () => {
    const store = memorySettingsStore()
    store.save({ ...DEFAULT_SETTINGS, sound: false })
    expect(store.load().sound).toBe(false)
  })
})
