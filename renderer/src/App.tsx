/**
 * Picks the view from the URL fragment (routes.ts). The menu connects to the game host
 * first (or says why it could not), then keeps settings on the host; the map harness is a developer/test view that
 * needs no host and is loaded only when asked for.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GameApi } from '../../app/protocol'
import { connectGameApi } from './api/connect'
import { routeFromHash } from './routes'
import { MenuRouter } from './screens/menu/MenuRouter'
import { SettingsProvider } from './settings/SettingsContext'
import { EncyclopediaProvider } from './screens/encyclopedia/EncyclopediaContext'
import { SessionStoreProvider } from './session/SessionContext'
import { hostSettingsStore } from './settings/settings-store'

const MapDemoScreen = lazy(() => import('./screens/map-demo/MapDemoScreen').then((m) => ({ default: m.MapDemoScreen })))
const PanelsDemoScreen = lazy(() => import('./screens/panels-demo/PanelsDemoScreen').then((m) => ({ default: m.PanelsDemoScreen })))

type Connection = { status: 'connecting' } | { status: 'connected'; api: GameApi } | { status: 'failed'; message: string }

export function App(): React.JSX.Element {
  const route = routeFromHash(window.location.hash)
  if (route.view === 'map-demo') {
    return (
      <Suspense fallback={null}>
        <MapDemoScreen flows={route.flows} />
      </Suspense>
    )
  }
  if (route.view === 'panels-demo') {
    return (
      <Suspense fallback={null}>
        <PanelsDemoScreen quarters={route.quarters} />
      </Suspense>
    )
  }
  return <ConnectedTitle />
}

function ConnectedTitle(): React.JSX.Element {
  const { t } = useTranslation()
  const [connection, setConnection] = useState<Connection>({ status: 'connecting' })

  useEffect(() => {
    let live = true
    connectGameApi().then(
      (api) => live && setConnection({ status: 'connected', api }),
      (error: unknown) =>
        live && setConnection({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      live = false
    }
  }, [])

  if (connection.status === 'connected') return <ConnectedMenu api={connection.api} />
  return (
    <main className="connect-screen">
      <h1 className="title-name">{t('app.title')}</h1>
      {connection.status === 'connecting' ? (
        <p>{t('app.connecting')}</p>
      ) : (
        <p role="alert" className="engine-error">
          {connection.message}
        </p>
      )}
    </main>
  )
}

/** Once connected, the host keeps the settings, the session store keeps the running game, and the menu routes between screens. */
function ConnectedMenu({ api }: { api: GameApi }): React.JSX.Element {
  const store = useMemo(() => hostSettingsStore(api), [api])
  return (
    <SettingsProvider store={store}>
      <SessionStoreProvider api={api}>
        <EncyclopediaProvider api={api}>
          <MenuRouter api={api} />
        </EncyclopediaProvider>
      </SessionStoreProvider>
    </SettingsProvider>
  )
}
