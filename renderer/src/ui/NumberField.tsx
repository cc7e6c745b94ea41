/**
 * A labelled number input with min, max and step. It reports a value only when valid;
 * otherwise it shows why (aria-invalid, the message tied by aria-describedby).
 */
import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type NumberProblem, validateNumber } from './number-validation'

interface Props {
  label: string
  value: number
  onChange(value: number): void
  min?: number
  max?: number
  step?: number
  help?: string
  /** Unit shown after the field (e.g. "×", "MW"). */
  unit?: string
}

export function NumberField({ label, value, onChange, min, max, step, help, unit }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  const [text, setText] = useState(String(value))
  const [problem, setProblem] = useState<NumberProblem | null>(null)

  // Follow outside changes (e.g. "restore defaults") unless the player is mid-edit.
  useEffect(() => {
    setText(String(value))
    setProblem(null)
  }, [value])

  const message = (p: NumberProblem): string => {
    switch (p.code) {
      case 'not_a_number':
        return t('ui.numberField.notANumber')
      case 'below_min':
        return t('ui.numberField.belowMin', { min: p.min })
      case 'above_max':
        return t('ui.numberField.aboveMax', { max: p.max })
      case 'step':
        return t('ui.numberField.step', { step: p.step })
    }
  }

  const rules = { ...(min !== undefined && { min }), ...(max !== undefined && { max }), ...(step !== undefined && { step }) }
  const onInput = (next: string): void => {
    setText(next)
    const result = validateNumber(next, rules)
    setProblem(result.ok ? null : result.problem)
    if (result.ok && result.value !== value) onChange(result.value)
  }

  const describedBy = [help !== undefined ? `${id}-help` : null, problem !== null ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div className={`ui-field${problem !== null ? ' ui-field--invalid' : ''}`}>
      <label htmlFor={id} className="ui-field__label">
        {label}
      </label>
      <div className="ui-field__control">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          className="ui-input"
          value={text}
          min={min}
          max={max}
          step={step}
          aria-invalid={problem !== null}
          aria-describedby={describedBy || undefined}
          onChange={(e) => onInput(e.target.value)}
        />
        {unit !== undefined && <span className="ui-field__unit">{unit}</span>}
      </div>
      {help !== undefined && (
        <p id={`${id}-help`} className="ui-field__help">
          {help}
        </p>
      )}
      {problem !== null && (
        <p id={`${id}-error`} className="ui-field__error" role="alert">
          {message(problem)}
        </p>
      )}
    </div>
  )
}
