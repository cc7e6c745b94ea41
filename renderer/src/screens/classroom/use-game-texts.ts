/** The running game's texts (text key → text), fetched once per screen and added to i18next's `game` namespace. */
import { useEffect, useState } from 'react'
import type { GameApi } from '../../../../app/protocol/contract'
import { addGameTexts } from '../../i18n/i18n'

export function useGameTexts(api: Pick<GameApi, 'getTexts'>): Record<string, string> {
  const [texts, setTexts] = useState<Record<string, string>>({})
  useEffect(() => {
    let live = true
    void api.getTexts({ language: 'en' }).then((r) => {
      if (!live || !r.ok) return
      addGameTexts('en', r.value)
      setTexts(r.value)
    })
    return () => {
      live = false
    }
  }, [api])
  return texts
}
