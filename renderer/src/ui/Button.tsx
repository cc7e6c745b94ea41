/** A text button in the game's style. `variant` picks its weight; it is always a real <button>. */
import type { ButtonHTMLAttributes } from 'react'

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger'

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant
}

export function Button({ variant = 'secondary', className, type = 'button', ...rest }: Props): React.JSX.Element {
  return <button type={type} className={`ui-button ui-button--${variant}${className ? ` ${className}` : ''}`} {...rest} />
}
