/** A framed panel with an optional heading, labelled by it for assistive tech. */
import { useId } from 'react'

interface Props {
  title?: string
  /** Heading level of the title (2 by default). */
  level?: 2 | 3
  actions?: React.ReactNode
  className?: string
  children: React.ReactNode
  as?: 'section' | 'aside' | 'div'
  'data-testid'?: string
}

export function Panel({ title, level = 2, actions, className, children, as = 'section', ...rest }: Props): React.JSX.Element {
  const headingId = useId()
  const Tag = as
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <Tag
      className={`ui-panel${className ? ` ${className}` : ''}`}
      aria-labelledby={title === undefined ? undefined : headingId}
      data-testid={rest['data-testid']}
    >
      {(title !== undefined || actions !== undefined) && (
        <header className="ui-panel__header">
          {title !== undefined && (
            <Heading id={headingId} className="ui-panel__title">
              {title}
            </Heading>
          )}
          {actions}
        </header>
      )}
      <div className="ui-panel__body">{children}</div>
    </Tag>
  )
}
