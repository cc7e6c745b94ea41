/** Stands in for the game screen until it lands: which seat this window plays, and a way back. */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { GameApi } from '../../../../app/protocol'
import { gameText } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { Panel } from '../../ui/Panel'

interface Props {
  api: GameApi
  seat: string
  onExit: () => void
}

export function GameStarted({ seat, onExit }: Props): React.JSX.Element {
  const { t } = useTranslation()
  useEffect(() => {
    document.documentElement.dataset.ready = 'game'
  }, [])
  return (
    <main className="menu-screen menu-screen--centred" data-testid="game-started" data-seat={seat}>
      <Panel title={t('menu.started.title')} className="menu-started">
        <p>{t('menu.started.playing', { faction: gameText(`faction.${seat}.name`, seat) })}</p>
        <Button variant="primary" onClick={onExit}>
          {t('menu.backToMenu')}
        </Button>
      </Panel>
    </main>
  )
}
