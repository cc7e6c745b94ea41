/** The settings calls over the settings store. */
import type { CallHandlers } from './dispatch'
import { memorySettingsStore, type SettingsStore } from './settings-store'

export function settingsHandlers(store: SettingsStore = memorySettingsStore()): Pick<CallHandlers, 'getSettings' | 'setSettings'> {
  return {
    getSettings: () => store.get(),
    setSettings: (changes) => store.set(changes),
  }
}
