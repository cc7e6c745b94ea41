/**
 * The game data's texts (scenario names, briefings, factions, personas) are keys; the host
 * resolves them with `getTexts`. Fetched once per window and added to i18next's `game`
 * namespace, then read with `gameText(key, fallback)`.
 */
import type { GameApi } from '../../../../app/protocol'
import { addGameTexts } from '../../i18n/i18n'

let loading: Promise<boolean> | null = null

/** Loads the English game texts once; answers whether they arrived. */
export function loadGameTexts(api: Pick<GameApi, 'getTexts'>): Promise<boolean> {
  loading ??= api.getTexts({ language: 'en' }).then(
    (result) => {
      if (!result.ok) {
        loading = null
        return false
      }
      addGameTexts('en', result.value)
      return true
    },
    () => {
      loading = null
      return false
    },
  )
  return loading
}
