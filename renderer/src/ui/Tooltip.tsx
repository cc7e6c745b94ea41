/**
 * A tooltip for a focusable element: shown on hover and on keyboard focus, hidden on
 * Escape, and tied to the element with aria-describedby so screen readers read it too.
 */
import { cloneElement, useId, useState } from 'react'

interface Props {
  content: React.ReactNode
  /** One focusable element (a button, a link…). */
  children: React.ReactElement<{ 'aria-describedby'?: string }>
  placement?: 'top' | 'bottom'
}

export function Tooltip({ content, children, placement = 'top' }: Props): React.JSX.Element {
  const id = useId()
  const [open, setOpen] = useState(false)
  return (
    <span
      className="ui-tooltip-anchor"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      {cloneElement(children, { 'aria-describedby': id })}
      <span role="tooltip" id={id} className={`ui-tooltip ui-tooltip--${placement}`} hidden={!open}>
        {content}
      </span>
    </span>
  )
}
