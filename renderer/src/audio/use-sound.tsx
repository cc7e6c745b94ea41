/** `useSound()`: `play(name)` for components, silent while the `sound` setting is off. */
import { useCallback } from 'react'
import { useSettings } from '../settings/SettingsContext'
import { playIfEnabled, type SoundName } from './sound'

export type { SoundName } from './sound'

/** `play(name)`: plays one of the UI sounds (`click`, `endTurn`, `quarterResolved`, `warning`) when sound is on. */
export function useSound(): (name: SoundName) => void {
  const { settings } = useSettings()
  const enabled = settings.sound
  return useCallback((name: SoundName) => playIfEnabled(enabled, name), [enabled])
}
