/**
 * The screens after connecting, as React state (no URL): main menu → new game → game →
 * back to the menu, and main menu → mods → back. The game screen is loaded only when a game starts. Outside a game,
 * the application menu's New and Load commands open the new-game screen or the Load list.
 */
import { lazy, Suspense, useEffect, useState } from 'react'
import type { GameApi } from '../../../../app/protocol'
import { MainMenu } from './MainMenu'
import { NewGameScreen } from './NewGameScreen'
import { ModManagerScreen } from '../mods/ModManagerScreen'

const PlaySession = lazy(() => import('../classroom/PlaySession').then((m) => ({ default: m.PlaySession })))
const CampaignScreen = lazy(() => import('../campaign/CampaignScreen').then((m) => ({ default: m.CampaignScreen })))

export type MenuRoute = { screen: 'menu'; openLoad?: boolean } | { screen: 'new-game' } | { screen: 'mods' } | { screen: 'campaigns'; resume?: boolean } | { screen: 'game'; seat: string | null }

interface Props {
  api: GameApi
}

export function MenuRouter({ api }: Props): React.JSX.Element {
  const [route, setRoute] = useState<MenuRoute>({ screen: 'menu' })
  const toMenu = (): void => setRoute({ screen: 'menu' })
  /** Plays the host's game: a campaign chapter goes back through its campaign (tutorial, "Back to the campaign"), any other game to its seat or hand-off. */
  const play = (seat: string | null): void => {
    void api.listCampaigns({}).then((r) => {
      if (r.ok && r.value.active !== null && !r.value.active.over) setRoute({ screen: 'campaigns', resume: true })
      else setRoute({ screen: 'game', seat })
    })
  }

  const inGame = route.screen === 'game'
  useEffect(() => {
    if (inGame) return
    return api.on('menuCommand', ({ command }) => {
      if (command === 'new-game') setRoute({ screen: 'new-game' })
      else if (command === 'load') setRoute({ screen: 'menu', openLoad: true })
    })
  }, [api, inGame])

  switch (route.screen) {
    case 'menu':
      return (
        <MainMenu
          key={route.openLoad === true ? 'load' : 'menu'}
          api={api}
          openLoad={route.openLoad === true}
          onNewGame={() => setRoute({ screen: 'new-game' })}
          onMods={() => setRoute({ screen: 'mods' })}
          onCampaigns={() => setRoute({ screen: 'campaigns' })}
          onPlay={play}
          onResume={() => play(null)}
        />
      )
    case 'new-game':
      return <NewGameScreen api={api} onBack={toMenu} onStarted={play} />
    case 'mods':
      return <ModManagerScreen api={api} onBack={toMenu} />
    case 'campaigns':
      return (
        <Suspense fallback={null}>
          <CampaignScreen api={api} onBack={toMenu} resumeActive={route.resume === true} />
        </Suspense>
      )
    case 'game':
      return (
        <Suspense fallback={null}>
          <PlaySession debrief={api} seat={route.seat} onExit={toMenu} />
        </Suspense>
      )
  }
}
