import { describe, expect, it } from 'vitest'
import { addGameTexts, gameText, i18n } from '../../../../renderer/src/i18n/i18n'

describe('i18n', () => {
  it('starts in English with the UI strings loaded, synchronously', () => {
    expect(i18n.isInitialized).toBe(true)
    expect(i18n.t('app.title')).toBe('Silicon Curtain')
    expect(i18n.t('map.tooltip.sites', { count: 1 })).toBe('1 site')
    expect(i18n.t('map.tooltip.sites', { count: 3 })).toBe('3 sites')
  })

  it("takes game-data texts as the data's locale files hold them: flat keys with dots", () => {
    addGameTexts('en', { 'chip.h800.name': 'H800', 'region.tw.name': 'Taiwan' })
    expect(gameText('chip.h800.name', 'fallback')).toBe('H800')
    expect(gameText('region.tw.name', 'fallback')).toBe('Taiwan')
  })

  it('takes nested records too, and a later record overrides an earlier one (a mod renaming)', () => {
    addGameTexts('en', { faction: { smic: { name: 'SMIC' } } })
    addGameTexts('en', { faction: { smic: { name: 'Semiconductor Manufacturing International' } } })
    expect(gameText('faction.smic.name', 'fallback')).toBe('Semiconductor Manufacturing International')
  })

  it('falls back to the given label when no locale has the key, or there is no key', () => {
    expect(gameText('region.atlantis.name', 'Atlantis')).toBe('Atlantis')
    expect(gameText(undefined, 'Label')).toBe('Label')
  })

  it('keeps game texts apart from UI strings', () => {
    addGameTexts('en', { app: { title: 'Not the UI title' } })
    expect(i18n.t('app.title')).toBe('Silicon Curtain')
  })
})
