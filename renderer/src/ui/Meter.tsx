/**
 * A labelled gauge (tension, victory points…): role="meter" with its value for assistive
 * tech, and a bar whose colour steps up at the given thresholds.
 */
import { useId } from 'react'

interface Props {
  label: string
  value: number
  min?: number
  max?: number
  /** Spoken and shown instead of the raw number, e.g. "62 – High". */
  valueText?: string
  /** Values at which the bar turns to the next level (e.g. [40, 70, 90]). */
  thresholds?: readonly number[]
  className?: string
}

export function meterLevel(value: number, thresholds: readonly number[]): number {
  return thresholds.filter((threshold) => value >= threshold).length
}

export function Meter({ label, value, min = 0, max = 100, valueText, thresholds = [], className }: Props): React.JSX.Element {
  const labelId = useId()
  const share = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0
  const level = meterLevel(value, thresholds)
  return (
    <div className={`ui-meter ui-meter--level-${level}${className ? ` ${className}` : ''}`}>
      <span id={labelId} className="ui-meter__label">
        {label}
      </span>
      <div
        role="meter"
        aria-labelledby={labelId}
        aria-valuenow={value}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuetext={valueText}
        className="ui-meter__track"
      >
        <div className="ui-meter__fill" style={{ width: `${share * 100}%` }} />
        {thresholds.map((threshold) => (
          <div key={threshold} className="ui-meter__tick" style={{ left: `${((threshold - min) / (max - min)) * 100}%` }} />
        ))}
      </div>
      <span className="ui-meter__value" aria-hidden="true">
        {valueText ?? value}
      </span>
    </div>
  )
}
