/** The host's encyclopedia entries worded as the renderer words them (English, a ruleset's texts). */
import type { Rules } from '../../../../app/engine'
import type { EncyclopediaEntry } from '../../../../app/protocol'
import { i18n } from '../../../../renderer/src/i18n/i18n'
import type { EncyclopediaItem } from '../../../../renderer/src/screens/encyclopedia/encyclopedia-model'
import { localiseEntries } from '../../../../renderer/src/screens/encyclopedia/localise'

/** A lookup over a ruleset's English texts. */
export function textLookup(rules: Rules): (key: string) => string | null {
  const texts = rules.locales.en?.texts ?? {}
  return (key) => (Object.prototype.hasOwnProperty.call(texts, key) ? (texts[key] ?? null) : null)
}

export function localisedWith(entries: readonly EncyclopediaEntry[], rules: Rules): EncyclopediaItem[] {
  return localiseEntries(entries, i18n.getFixedT('en'), 'en', textLookup(rules))
}
