/**
 * Picks the view from the URL fragment (routes.ts). The menu connects to the game host
 * first (or says why it could not), then keeps settings on the host; the map and panels
 * harnesses are developer/test views that exist only in builds with the test hooks (not in
 * production) and are loaded only when asked for.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GameApi } from '../../app/protocol'
import { connectGameApi } from './api/connect'
import { routeFromHash, type Route } from './routes'
import { MenuRouter } from './screens/menu/MenuRouter'
import { SettingsProvider } from './settings/SettingsContext'
import { EncyclopediaProvider } from './screens/encyclopedia/EncyclopediaContext'
import { SessionStoreProvider } from './session/SessionContext'
import { hostSettingsStore } from './settings/settings-store'

// `__SC_TEST_HOOKS__` is a build-time constant: in production the harnesses below are not built at all.
const MapDemoScreen = __SC_TEST_HOOKS__ ? lazy(() => import('./screens/map-demo/MapDemoScreen').then((m) => ({ default: m.MapDemoScreen }))) : null
const PanelsDemoScreen = __SC_TEST_HOOKS__ ? lazy(() => import('./screens/panels-demo/PanelsDemoScreen').then((m) => ({ default: m.PanelsDemoScreen }))) : null

type Connection = { status: 'connecting' } | { status: 'connected'; api: GameApi } | { status: 'failed'; message: string }

export function App(): React.JSX.Element {
  if (__SC_TEST_HOOKS__) {
    const harness = harnessFor(routeFromHash(window.location.hash))
    if (harness !== null) return harness
  }
  return <ConnectedTitle />
}

/** The developer/test harness the fragment asks for (`&view=map-demo`, `&view=panels-demo`), or null for the title screen. */
function harnessFor(route: Route): React.JSX.Element | null {
  if (route.view === 'map-demo' && MapDemoScreen !== null) {
    return (
      <Suspense fallback={null}>
        <MapDemoScreen flows={route.flows} />
      </Suspense>
    )
  }
  if (route.view === 'panels-demo' && PanelsDemoScreen !== null) {
    return (
      <Suspense fallback={null}>
        <PanelsDemoScreen quarters={route.quarters} />
      </Suspense>
    )
  }
  return null
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
