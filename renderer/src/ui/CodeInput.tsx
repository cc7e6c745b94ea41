/**
 * A four-digit classroom code: masked, numeric keypad on touch screens, no autofill, digits
 * only (anything else typed is dropped) and at most four. `onDigits` gets the cleaned value;
 * `onComplete` runs on Enter once four digits are in.
 */
import type { InputHTMLAttributes } from 'react'

export const CODE_LENGTH = 4

/** The digits of `text`, at most four. */
export function codeDigits(text: string): string {
  return text.replace(/\D/g, '').slice(0, CODE_LENGTH)
}

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'value' | 'maxLength' | 'inputMode' | 'autoComplete'> & {
  value: string
  onDigits(digits: string): void
  onComplete?(): void
  'data-testid'?: string
}

export function CodeInput({ value, onDigits, onComplete, className = 'ui-input', onKeyDown, ...rest }: Props): React.JSX.Element {
  return (
    <input
      {...rest}
      className={className}
      type="password"
      inputMode="numeric"
      autoComplete="off"
      maxLength={CODE_LENGTH}
      value={value}
      onChange={(e) => onDigits(codeDigits(e.target.value))}
      onKeyDown={(e) => {
        onKeyDown?.(e)
        if (e.key === 'Enter' && value.length === CODE_LENGTH) onComplete?.()
      }}
    />
  )
}
