/**
 * Tabs following the WAI-ARIA pattern: a tablist whose arrow keys (and Home/End) move
 * between tabs, with only the active tab in the Tab order and its panel labelled by it.
 */
import { useId, useRef } from 'react'

export interface TabItem {
  id: string
  label: string
  content: React.ReactNode
}

interface Props {
  label: string
  tabs: readonly TabItem[]
  active: string
  onChange(id: string): void
}

export function Tabs({ label, tabs, active, onChange }: Props): React.JSX.Element {
  const base = useId()
  const refs = useRef(new Map<string, HTMLButtonElement>())
  const index = Math.max(0, tabs.findIndex((tab) => tab.id === active))

  const move = (to: number): void => {
    const tab = tabs[(to + tabs.length) % tabs.length]
    if (tab === undefined) return
    onChange(tab.id)
    refs.current.get(tab.id)?.focus()
  }

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(index + 1),
      ArrowLeft: () => move(index - 1),
      Home: () => move(0),
      End: () => move(tabs.length - 1),
    }
    const action = keys[event.key]
    if (action === undefined) return
    event.preventDefault()
    action()
  }

  const current = tabs[index]
  return (
    <div className="ui-tabs">
      <div role="tablist" aria-label={label} className="ui-tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el === null) refs.current.delete(tab.id)
              else refs.current.set(tab.id, el)
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === current?.id}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            className="ui-tabs__tab"
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current !== undefined && (
        <div role="tabpanel" id={`${base}-panel-${current.id}`} aria-labelledby={`${base}-tab-${current.id}`} className="ui-tabs__panel" tabIndex={0}>
          {current.content}
        </div>
      )}
    </div>
  )
}
