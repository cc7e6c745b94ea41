/**
 * Where settings are kept: the game host (one file per user) once the window is connected,
 * else the browser's localStorage or memory. `load` answers at once (defaults or a local
 * copy); a store that keeps them elsewhere also has `fetch`, answering what it keeps.
 */
import type { GameApi } from '../../../app/protocol'
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings-model'

export interface SettingsStore {
  load(): Settings
  save(settings: Settings): void
  /** The kept settings when they live out of this window (the host); the provider adopts them. */
  fetch?(): Promise<Settings>
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

/**
 * Settings kept by the game host (`getSettings` / `setSettings`). Until the host answers,
 * `load` gives defaults; a failed call keeps the window's settings for this session.
 */
export function hostSettingsStore(api: Pick<GameApi, 'getSettings' | 'setSettings'>): SettingsStore {
  return {
    load: () => ({ ...DEFAULT_SETTINGS }),
    save(settings) {
      const { uiScale, palette, animationSpeed, sound } = settings
      void api.setSettings({ uiScale, palette, animationSpeed, sound }).catch(() => undefined)
    },
    async fetch() {
      const result = await api.getSettings({})
      return result.ok ? parseSettings(result.value) : { ...DEFAULT_SETTINGS }
    },
  }
}
