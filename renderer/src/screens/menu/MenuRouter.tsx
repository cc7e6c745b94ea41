/**
 * The screens after connecting, as React state (no URL): main menu → new game → game →
 * back to the menu. The game screen is loaded only when a game starts.
 */
import { lazy, Suspense, useState } from 'react'
import type { GameApi } from '../../../../app/protocol'
import { MainMenu } from './MainMenu'
import { NewGameScreen } from './NewGameScreen'

const GameScreen = lazy(() => import('../game/GameScreen').then((m) => ({ default: m.GameScreen })))

export type MenuRoute = { screen: 'menu' } | { screen: 'new-game' } | { screen: 'game'; seat: string }

interface Props {
  api: GameApi
}

export function MenuRouter({ api }: Props): React.JSX.Element {
  const [route, setRoute] = useState<MenuRoute>({ screen: 'menu' })
  const toMenu = (): void => setRoute({ screen: 'menu' })
  const play = (seat: string): void => setRoute({ screen: 'game', seat })
  switch (route.screen) {
    case 'menu':
      return <MainMenu api={api} onNewGame={() => setRoute({ screen: 'new-game' })} onPlay={play} />
    case 'new-game':
      return <NewGameScreen api={api} onBack={toMenu} onStarted={play} />
    case 'game':
      return (
        <Suspense fallback={null}>
          <GameScreen api={api} seat={route.seat} onExit={toMenu} />
        </Suspense>
      )
  }
}
