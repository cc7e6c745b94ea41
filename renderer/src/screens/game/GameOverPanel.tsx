/** The end of the game: the winner, every faction's score, and the way back to the menu. */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuarterReport, SeatView } from './game-types'
import { Button } from '../../ui/Button'
import { formatNumber } from './format'
import { partyName } from './report-lines'

interface Props {
  view: Omit<SeatView, 'rules'>
  report: QuarterReport | null
  rules: SeatView['rules']
  texts: Record<string, string>
  seat: string
  onExit(): void
}

export function GameOverPanel({ view, report, rules, texts, seat, onExit }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const outcome = view.over ?? report?.over ?? null
  const scores = Object.entries(outcome?.scores ?? {}).sort((a, b) => b[1] - a[1])
  const winner = outcome?.winner ?? null
  const root = useRef<HTMLElement>(null)
  useEffect(() => root.current?.querySelector('button')?.focus(), [])
  return (
    <section ref={root} className="game-over ui-panel" role="dialog" aria-modal="false" aria-labelledby="game-over-title" data-testid="game-over">
      <h2 id="game-over-title">{t('game.over.title')}</h2>
      <p>
        {outcome?.reason === 'crisis' ? t('game.over.crisis') : t('game.over.end')}{' '}
        {winner === null ? t('game.over.noWinner') : t('game.over.winner', { winner: partyName(winner, rules, texts) })}
      </p>
      <table className="game-report__table">
        <thead>
          <tr>
            <th scope="col">{t('game.over.faction')}</th>
            <th scope="col" className="num">
              {t('game.over.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {scores.map(([id, score]) => (
            <tr key={id} className={id === seat ? 'game-over__you' : undefined}>
              <td>{partyName(id, rules, texts)}</td>
              <td className="num">{formatNumber(score, false, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button variant="primary" onClick={onExit}>
        {t('game.backToMenu')}
      </Button>
    </section>
  )
}
