/** The menu keeps settings on the host once connected: the store behind SettingsProvider. */
import { describe, expect, it, vi } from 'vitest'
import { hostSettingsStore } from '../../../../../renderer/src/settings/settings-store'
import { DEFAULT_SETTINGS } from '../../../../../renderer/src/settings/settings-model'

const hostSettings = { language: 'en', uiScale: 1.25, palette: 'colour-blind' as const, animationSpeed: 0.5, sound: false }

describe('hostSettingsStore', () => {
  it('answers defaults at once, then what the host keeps (without its language field)', async () => {
    const api = { getSettings: vi.fn(async () => ({ ok: true as const, value: hostSettings })), setSettings: vi.fn() }
    const store = hostSettingsStore(api)
    expect(store.load()).toEqual(DEFAULT_SETTINGS)
    await expect(store.fetch?.()).resolves.toEqual({ uiScale: 1.25, palette: 'colour-blind', animationSpeed: 0.5, sound: false })
  })

  it('falls back to defaults when the host refuses', async () => {
    const api = {
      getSettings: vi.fn(async () => ({ ok: false as const, code: 'internal/error' as const, message: 'no' })),
      setSettings: vi.fn(),
    }
    await expect(hostSettingsStore(api).fetch?.()).resolves.toEqual(DEFAULT_SETTINGS)
  })

  it('sends only the fields the host takes when saving', () => {
    const setSettings = vi.fn(async () => ({ ok: true as const, value: { ...hostSettings } }))
    const store = hostSettingsStore({ getSettings: vi.fn(), setSettings })
    store.save({ ...DEFAULT_SETTINGS, palette: 'colour-blind' })
    expect(setSettings).toHaveBeenCalledWith({ uiScale: 1, palette: 'colour-blind', animationSpeed: 1, sound: true })
  })
})
