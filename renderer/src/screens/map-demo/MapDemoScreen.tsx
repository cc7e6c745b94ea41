/**
 * Developer/test harness (`#…&view=map-demo&flows=N`): the world map with a sample model,
 * the settings dialog and a few design-system parts, so the map can be built, looked at,
 * tested and benchmarked before the game's view calls exist. It exposes a small handle on
 * `window.__scMap` for browser tests and the bench, and sets the ready flag to `map`.
 */
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addGameTexts } from '../../i18n/i18n'
import type { MapHandle } from '../../map/map-handle'
import { MapView } from '../../map/MapView'
import { SettingsDialog } from '../../settings/SettingsDialog'
import { IconButton } from '../../ui/IconButton'
import { ToastList } from '../../ui/ToastList'
import { useToasts } from '../../ui/use-toasts'
import { sampleMapModel, SAMPLE_GAME_TEXTS_EN } from './sample-map-model'

addGameTexts('en', SAMPLE_GAME_TEXTS_EN)

export function MapDemoScreen({ flows }: { flows: number }): React.JSX.Element {
  const { t } = useTranslation()
  const model = useMemo(() => sampleMapModel(flows), [flows])
  const [settingsOpen, setSettingsOpen] = useState(false)
  const { toasts, push, dismiss } = useToasts()

  const onReady = useCallback((handle: MapHandle) => {
    window.__scMap = handle
    document.documentElement.dataset.ready = 'map'
  }, [])

  return (
    <main className="map-screen" data-testid="map-demo">
      <MapView
        model={model}
        onReady={onReady}
        heading={
          <>
            <h1 className="map-title">{t('app.title')}</h1>
            <p className="map-subtitle">
              {t('demo.heading')} · {t('demo.flows', { count: model.flows.length })}
            </p>
          </>
        }
        toolbar={<IconButton label={t('settings.open')} icon="⚙" onClick={() => setSettingsOpen(true)} />}
      />
      <SettingsDialog
        open={settingsOpen}
        onClose={() => {
          setSettingsOpen(false)
          push(t('settings.saved'), 'success')
        }}
      />
      <ToastList toasts={toasts} onDismiss={dismiss} />
    </main>
  )
}
