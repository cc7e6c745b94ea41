/**
 * Translations: i18next with the UI's strings bundled (no network backend, so the game
 * starts offline and under a strict CSP). Two namespaces: `ui` for the interface's own
 * strings (locales/*.json) and `game` for texts that come with the game data (regions,
 * factions, chips…), which the host will hand over through the API.
 */
import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './locales/en.json'

export const UI_NS = 'ui'
export const GAME_NS = 'game'
export const LANGUAGES = ['en'] as const

/** The renderer's i18next instance, initialised synchronously with English. */
export const i18n: I18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: [UI_NS, GAME_NS],
  defaultNS: UI_NS,
  resources: { en: { [UI_NS]: en, [GAME_NS]: {} } },
  interpolation: { escapeValue: false }, // React escapes already.
  initAsync: false,
  returnNull: false,
  showSupportNotice: false, // no console noise in the player's (or a test's) console
})

/**
 * Adds texts shipped with the game data (base game or a mod) for a language, e.g.
 * `addGameTexts('en', { region: { tw: 'Taiwan' } })`, then read as `game:region.tw`.
 * Later records override earlier ones key by key, so a mod can rename what it changes.
 */
export function addGameTexts(lang: string, record: Record<string, unknown>): void {
  i18n.addResourceBundle(lang, GAME_NS, record, true, true)
}

/** A game-data text by key, or `fallback` when no locale has it. */
export function gameText(key: string | undefined, fallback: string): string {
  if (key === undefined) return fallback
  return i18n.t(key, { ns: GAME_NS, defaultValue: fallback })
}
