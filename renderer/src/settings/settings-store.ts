/**
 * Where settings are kept. For now the browser's localStorage; the host will later keep
 * them through the API (one file per user), behind this same interface.
 */
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings-model'

export interface SettingsStore {
  load(): Settings
  save(settings: Settings): void
}

export const SETTINGS_KEY = 'silicon-curtain.settings.v1'

/** Settings in `localStorage` (or defaults where storage is unavailable). */
export function localSettingsStore(storage: Storage | undefined = globalThis.localStorage): SettingsStore {
  return {
    load() {
      try {
        const text = storage?.getItem(SETTINGS_KEY)
        return text ? parseSettings(JSON.parse(text)) : { ...DEFAULT_SETTINGS }
      } catch {
        return { ...DEFAULT_SETTINGS }
      }
    },
    save(settings) {
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(settings))
      } catch {
        // Storage full or disabled: settings last for this session only.
      }
    },
  }
}

/** Settings held in memory (tests, and hosts without storage). */
export function memorySettingsStore(initial: Settings = DEFAULT_SETTINGS): SettingsStore {
  let current = { ...initial }
  return {
    load: () => ({ ...current }),
    save: (settings) => {
      current = { ...settings }
    },
  }
}
