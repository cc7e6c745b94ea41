/** Connects to the game host, then shows the title screen (or why it could not connect). */
import { useEffect, useState } from 'react'
import type { GameApi } from '../../app/protocol'
import { connectGameApi } from './api/connect'
import { TitleScreen } from './screens/TitleScreen'

type Connection = { status: 'connecting' } | { status: 'connected'; api: GameApi } | { status: 'failed'; message: string }

export function App(): React.JSX.Element {
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

  if (connection.status === 'connected') return <TitleScreen api={connection.api} />
  return (
    <main className="connect-screen">
      <h1 className="title-name">Silicon Curtain</h1>
      {connection.status === 'connecting' ? (
        <p>Connecting to the game host…</p>
      ) : (
        <p role="alert" className="engine-error">
          {connection.message}
        </p>
      )}
    </main>
  )
}
