/**
 * The turn timer as the seat sees it: the time left to plan, a warning from 30 seconds on
 * (colour, a sound, and one announcement for screen readers), "paused" while the facilitator
 * holds the game. The host enforces the deadline; this only shows it.
 */
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSound } from '../../audio/use-sound'

/** Seconds left before `deadline` (ms since the epoch) at `now`, never below zero. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000))
}

/** `m:ss`. */
export function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/** From this many seconds left the clock warns. */
export const WARNING_SECONDS = 30

export function TurnClock({ deadline, paused, ended }: { deadline: number | null; paused: boolean; ended: boolean }): React.JSX.Element | null {
  const { t } = useTranslation()
  const play = useSound()
  const [now, setNow] = useState(() => Date.now())
  const warned = useRef(false)
  useEffect(() => {
    if (deadline === null || paused) return
    const timer = window.setInterval(() => setNow(Date.now()), 250)
    return () => window.clearInterval(timer)
  }, [deadline, paused])
  const left = deadline === null ? null : secondsLeft(deadline, now)
  const warning = left !== null && left <= WARNING_SECONDS && !ended
  useEffect(() => {
    if (warning && !warned.current) {
      warned.current = true
      play('warning')
    }
    if (!warning) warned.current = false
  }, [warning, play])
  if (paused) {
    return (
      <span className="turn-clock turn-clock--paused" role="timer" data-testid="turn-clock">
        {t('game.clock.paused')}
      </span>
    )
  }
  if (left === null || ended) return null
  return (
    <span className={`turn-clock${warning ? ' turn-clock--warning' : ''}`} role="timer" aria-label={t('game.clock.label', { time: clockText(left) })} data-testid="turn-clock" data-warning={warning}>
      <svg className="turn-clock__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="9" r="6" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M8 9V5.5M6.5 1.5h3" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <span aria-hidden="true">{clockText(left)}</span>
      {warning && <span className="visually-hidden" aria-live="assertive">{t('game.clock.warning')}</span>}
    </span>
  )
}
