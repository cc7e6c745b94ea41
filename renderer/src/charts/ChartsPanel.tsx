/**
 * The charts as a side panel for the in-game screen: a header with a close button (Escape
 * closes too) over `GameCharts`. Recharts is loaded with the panel's first opening, so the
 * title screen and the map do not carry it.
 */
import { lazy, Suspense, useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useSound } from '../audio/use-sound'
import { IconButton } from '../ui/IconButton'
import type { GameChartsProps } from './GameCharts'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import './charts.css'

/** `GameCharts`, loaded on first use. */
export const LazyGameCharts = lazy(() => import('./GameCharts').then((m) => ({ default: m.GameCharts })))

/** `GameCharts` with a loading line while recharts arrives, and a message if it cannot. */
export function GameChartsLoader(props: GameChartsProps): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <ErrorBoundary
      fallback={
        <p className="chart__empty" role="alert">
          {t('charts.failed')}
        </p>
      }
    >
      <Suspense fallback={<p className="chart__empty" role="status">{t('charts.loading')}</p>}>
        <LazyGameCharts {...props} />
      </Suspense>
    </ErrorBoundary>
  )
}

export interface ChartsPanelProps extends GameChartsProps {
  onClose(): void
}

export function ChartsPanel({ onClose, ...charts }: ChartsPanelProps): React.JSX.Element {
  const { t } = useTranslation()
  const titleId = useId()
  const play = useSound()
  const ref = useRef<HTMLElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <section
      ref={ref}
      className="charts-panel ui-panel"
      aria-labelledby={titleId}
      data-testid="charts-panel"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <header className="charts-panel__header">
        <h2 id={titleId}>{t('charts.title')}</h2>
        <IconButton
          label={t('charts.close')}
          icon="×"
          onClick={() => {
            play('click')
            onClose()
          }}
        />
      </header>
      <div className="charts-panel__body">
        <GameChartsLoader {...charts} />
      </div>
    </section>
  )
}
