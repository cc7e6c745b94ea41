/**
 * Settings for every screen through React context. Changing one saves it and applies the
 * interface scale at once (as `--ui-scale` and the root font size, which rem-based UI follows).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { parseSettings, type Settings } from './settings-model'
import { localSettingsStore, type SettingsStore } from './settings-store'

interface SettingsValue {
  settings: Settings
  update(patch: Partial<Settings>): void
  reset(): void
}

const SettingsContext = createContext<SettingsValue | null>(null)

interface Props {
  store?: SettingsStore
  children: React.ReactNode
}

export function SettingsProvider({ store, children }: Props): React.JSX.Element {
  const backing = useMemo(() => store ?? localSettingsStore(), [store])
  const [settings, setSettings] = useState<Settings>(() => backing.load())

  const update = useCallback(
    (patch: Partial<Settings>) => {
      setSettings((current) => {
        const next = parseSettings({ ...current, ...patch })
        backing.save(next)
        return next
      })
    },
    [backing],
  )
  const reset = useCallback(() => update(parseSettings({})), [update])

  // A store kept elsewhere (the host) answers later: adopt what it keeps.
  useEffect(() => {
    if (backing.fetch === undefined) return
    let live = true
    void backing.fetch().then(
      (kept) => live && setSettings(kept),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [backing])

  useEffect(() => {
    const root = document.documentElement
    root.style.setProperty('--ui-scale', String(settings.uiScale))
    root.style.fontSize = `${settings.uiScale * 100}%`
    root.dataset.palette = settings.palette
  }, [settings.uiScale, settings.palette])

  const value = useMemo(() => ({ settings, update, reset }), [settings, update, reset])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

/** The current settings and how to change them. */
export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext)
  if (value === null) throw new Error('useSettings needs a <SettingsProvider> above it')
  return value
}
