/**
 * A square button showing only an icon or symbol. Its accessible name is required
 * (`label`), because an icon alone says nothing to a screen reader; it is also its title.
 */
import type { ButtonHTMLAttributes } from 'react'

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'children'> {
  label: string
  icon: React.ReactNode
}

export function IconButton({ label, icon, className, type = 'button', ...rest }: Props): React.JSX.Element {
  return (
    <button type={type} aria-label={label} title={label} className={`ui-icon-button${className ? ` ${className}` : ''}`} {...rest}>
      <span aria-hidden="true">{icon}</span>
    </button>
  )
}
