/**
 * Settings for every screen through React context. Changing one saves it and applies the
 * interface scale at once (as `--ui-scale` and the root font size, which rem-based UI follows).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { parseSettings, type Settings } from './settings-model'
import { localSettingsStore, type SettingsStore } from './settings-store'

interface SettingsValue {
  settings: Settings
  /**
   * The animation speed screens use: the setting, or 0 while the system asks for reduced
   * motion (`prefers-reduced-motion: reduce`), which every animation honours.
   */
  motion: { speed: number; reduced: boolean }
  update(patch: Partial<Settings>): void
  reset(): void
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)'

/** Whether the system asks for reduced motion, following changes while the game runs. */
function useReducedMotion(): boolean {
  const query = useMemo(() => (typeof window.matchMedia === 'function' ? window.matchMedia(REDUCED_MOTION) : null), [])
  const [reduced, setReduced] = useState(query?.matches ?? false)
  useEffect(() => {
    if (query === null) return
    const onChange = (event: MediaQueryListEvent): void => setReduced(event.matches)
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [query])
  return reduced
}

const SettingsContext = createContext<SettingsValue | null>(null)

interface Props {
  store?: SettingsStore
  children: React.ReactNode
}

export function SettingsProvider({ store, children }: Props): React.JSX.Element {
  const backing = useMemo(() => store ?? localSettingsStore(), [store])
  const [settings, setSettings] = useState<Settings>(() => backing.load())
  const reduced = useReducedMotion()

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

  useEffect(() => {
    document.documentElement.dataset.motion = reduced ? 'reduced' : 'full'
  }, [reduced])

  const motion = useMemo(() => ({ speed: reduced ? 0 : settings.animationSpeed, reduced }), [reduced, settings.animationSpeed])
  const value = useMemo(() => ({ settings, motion, update, reset }), [settings, motion, update, reset])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

/** The current settings and how to change them. */
export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext)
  if (value === null) throw new Error('useSettings needs a <SettingsProvider> above it')
  return value
}
