/**
 * A modal dialog: `aria-modal`, labelled by its title, focus moved in on open and kept
 * inside (Tab wraps), Escape closes, and focus returns to where it was on close.
 */
import { useEffect, useId, useRef } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { IconButton } from './IconButton'

interface Props {
  open: boolean
  title: string
  onClose(): void
  children: React.ReactNode
  footer?: React.ReactNode
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** The elements Tab can reach inside `root`, in order (inactive tabs, tabindex −1, are skipped). */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.tabIndex >= 0)
}

/** Keeps Tab inside `root`: from the last focusable element it wraps to the first, and back with Shift. */
export function trapTab(event: React.KeyboardEvent, root: HTMLElement | null): void {
  if (event.key !== 'Tab' || root === null) return
  const items = focusableIn(root)
  const first = items[0]
  const last = items[items.length - 1]
  if (first === undefined || last === undefined) return
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first.focus()
  }
}

export function Dialog({ open, title, onClose, children, footer }: Props): React.JSX.Element | null {
  const { t } = useTranslation()
  const titleId = useId()
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const root = ref.current
    if (root !== null) (focusableIn(root)[1] ?? focusableIn(root)[0] ?? root).focus()
    return () => before?.focus()
  }, [open])

  if (!open) return null

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
      return
    }
    trapTab(event, ref.current)
  }

  return createPortal(
    <div className="ui-dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} className="ui-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown}>
        <header className="ui-dialog__header">
          <h2 id={titleId} className="ui-dialog__title">
            {title}
          </h2>
          <IconButton label={t('ui.close')} icon="×" onClick={onClose} />
        </header>
        <div className="ui-dialog__body">{children}</div>
        {footer !== undefined && <footer className="ui-dialog__footer">{footer}</footer>}
      </div>
    </div>,
    document.body,
  )
}
