/** The game HUD in the map's top bar (quarter, cash, action points, VP against par) and the End turn panel. */
import { useTranslation } from 'react-i18next'
import type { FactionState } from './game-types'
import { Button } from '../../ui/Button'
import { formatBn, formatNumber, quarterLabel } from './format'

interface Props {
  seatName: string
  quarter: number
  /** Quarters resolved so far and the game's length, for VP against par's pace. */
  played: number
  length: number
  faction: FactionState | null
}

export function GameHud({ seatName, quarter, played, length, faction }: Props): React.JSX.Element {
  const { t } = useTranslation()
  // Par is the final score a seat playing as well as the AI reaches; compare with its pace so far.
  const pace = faction === null || length <= 0 ? 0 : (faction.par * Math.min(played, length)) / length
  const vpDelta = faction === null ? 0 : faction.vp - pace
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
              <span className={vpDelta >= 0 ? 'game-hud__ahead' : 'game-hud__behind'} title={t('game.hud.paceHint', { pace: formatNumber(pace) })}>
                {t('game.hud.vsPace', { delta: formatNumber(vpDelta, true) })}
              </span>
            </dd>
          </div>
        </dl>
      )}
    </div>
  )
}

interface TurnProps {
  phase: 'planning' | 'ending' | 'ai-thinking' | 'resolving'
  waitingFor: string[]
  over: boolean
  reportOpen: boolean
  onEndTurn(): void
  onOpenReport: (() => void) | null
  /** While the AI thinks: how many of its seats have decided (from the host's status). */
  aiProgress?: { done: number; total: number } | null
}

/** End turn, bottom right as in Civilization: the button, its shortcut, and the resolution's progress. */
export function EndTurnPanel({ phase, waitingFor, over, reportOpen, onEndTurn, onOpenReport, aiProgress = null }: TurnProps): React.JSX.Element {
  const { t } = useTranslation()
  const busy = phase !== 'planning'
  const phaseText =
    phase === 'ai-thinking' ? (aiProgress !== null && aiProgress.total > 0 ? t('game.phase.aiProgress', aiProgress) : t('game.phase.aiThinking')) : phase === 'resolving' ? t('game.phase.resolving') : phase === 'ending' ? (waitingFor.length > 0 ? t('game.phase.waiting', { seats: waitingFor.join(', ') }) : t('game.phase.ending')) : over ? t('game.endTurn.over') : t('game.endTurn.hint')
  return (
    <div className="game-turn ui-panel" data-testid="turn-panel">
      {onOpenReport !== null && (
        <Button variant="ghost" onClick={onOpenReport} aria-pressed={reportOpen} data-testid="open-report">
          {t('game.report.open')}
        </Button>
      )}
      <span id="game-phase" className="game-turn__phase" role="status" aria-live="polite" data-testid="turn-progress">
        {busy && <span className="game-turn__spinner" aria-hidden="true" />}
        {phaseText}
      </span>
      <Button
        variant="primary"
        className="game-turn__button"
        onClick={onEndTurn}
        disabled={busy || over}
        aria-keyshortcuts="Enter Control+Enter"
        aria-describedby="game-phase"
        data-testid="end-turn"
      >
        {busy ? t('game.endTurn.busy') : t('game.endTurn.label')}
      </Button>
    </div>
  )
}
