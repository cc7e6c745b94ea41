/** The game HUD in the map's top bar: quarter, the seat's cash, action points, VP against par and End turn. */
import { useTranslation } from 'react-i18next'
import type { FactionState } from './game-types'
import { Button } from '../../ui/Button'
import { formatBn, formatNumber, quarterLabel } from './format'

interface Props {
  seatName: string
  quarter: number
  faction: FactionState | null
  phase: 'planning' | 'ending' | 'ai-thinking' | 'resolving'
  waitingFor: string[]
  over: boolean
  reportOpen: boolean
  onEndTurn(): void
  onOpenReport: (() => void) | null
}

export function GameHud({ seatName, quarter, faction, phase, waitingFor, over, reportOpen, onEndTurn, onOpenReport }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const busy = phase !== 'planning'
  const phaseText =
    phase === 'ai-thinking' ? t('game.phase.aiThinking') : phase === 'resolving' ? t('game.phase.resolving') : phase === 'ending' ? (waitingFor.length > 0 ? t('game.phase.waiting', { seats: waitingFor.join(', ') }) : t('game.phase.ending')) : ''
  const vpDelta = faction === null ? 0 : faction.vp - faction.par
  return (
    <div className="game-hud" data-testid="game-hud">
      <div className="game-hud__quarter">
        <span className="game-hud__seat">{seatName}</span>
        <strong data-testid="hud-quarter" aria-label={t('game.hud.quarterLabel', { quarter: quarterLabel(quarter) })}>
          {quarterLabel(quarter)}
        </strong>
      </div>
      {faction !== null && (
        <dl className="game-hud__stats">
          <div className="game-hud__stat">
            <dt>{t('game.hud.cash')}</dt>
            <dd data-testid="hud-cash">{formatBn(faction.cashBn)}</dd>
          </div>
          <div className="game-hud__stat">
            <dt>{t('game.hud.actionPoints')}</dt>
            <dd data-testid="hud-ap">{faction.actionPoints}</dd>
          </div>
          <div className="game-hud__stat" title={t('game.hud.vpHint')}>
            <dt>{t('game.hud.vp')}</dt>
            <dd data-testid="hud-vp">
              {t('game.hud.vpValue', { vp: formatNumber(faction.vp), par: formatNumber(faction.par) })}{' '}
              <span className={vpDelta >= 0 ? 'game-hud__ahead' : 'game-hud__behind'}>({formatNumber(vpDelta, true)})</span>
            </dd>
          </div>
        </dl>
      )}
      <div className="game-hud__actions">
        {onOpenReport !== null && (
          <Button variant="ghost" onClick={onOpenReport} aria-pressed={reportOpen} data-testid="open-report">
            {t('game.report.open')}
          </Button>
        )}
        <Button
          variant="primary"
          className="game-hud__end-turn"
          onClick={onEndTurn}
          disabled={busy || over}
          aria-keyshortcuts="Enter Control+Enter"
          aria-describedby={busy ? 'game-phase' : undefined}
          data-testid="end-turn"
        >
          {busy ? t('game.endTurn.busy') : t('game.endTurn.label')}
        </Button>
        <span id="game-phase" className="game-hud__phase" role="status" aria-live="polite" data-testid="turn-progress">
          {busy && <span className="game-hud__spinner" aria-hidden="true" />}
          {phaseText}
        </span>
      </div>
    </div>
  )
}
