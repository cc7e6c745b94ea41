/**
 * The debrief screen: a full-screen modal over the hand-off or facilitator's screen that shows
 * the game's debrief as the teacher will print it (the same `DebriefDocument` the exported page
 * renders), with Download (the offline page and the JSON) and Close. Escape closes; Tab stays
 * inside. It sets `data-debrief="ready"` on `<html>` once the debrief is shown.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DebriefExport } from '../../../../app/protocol'
import { Button } from '../../ui/Button'
import { trapTab } from '../../ui/Dialog'
import { IconButton } from '../../ui/IconButton'
import { DebriefDocument } from './DebriefDocument'
import { debriefNames, fetchDebrief, saveDebrief, type DebriefApi } from './debrief-export'
import './debrief.css'
import './debrief-screen.css'

interface Props {
  api: DebriefApi
  onClose(): void
}

type Loaded = { status: 'loading' } | { status: 'ready'; exported: DebriefExport } | { status: 'failed'; message: string }

export function DebriefScreen({ api, onClose }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const titleId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    let live = true
    void fetchDebrief(api).then((result) => {
      if (!live) return
      setLoaded(result.ok ? { status: 'ready', exported: result.value } : { status: 'failed', message: result.message })
      if (result.ok) document.documentElement.dataset.debrief = 'ready'
    })
    return () => {
      live = false
      delete document.documentElement.dataset.debrief
    }
  }, [api])

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    rootRef.current?.querySelector<HTMLButtonElement>('.debrief-screen__close')?.focus()
    return () => before?.focus()
  }, [])

  const exported = loaded.status === 'ready' ? loaded.exported : null
  // The language is part of the names: a change of language words the debrief anew.
  const names = useMemo(() => (exported === null ? null : debriefNames(exported.debrief)), [exported, i18n.language])

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose()
      return
    }
    trapTab(event, rootRef.current)
  }

  return (
    <div className="ui-overlay debrief-backdrop">
      <div ref={rootRef} className="debrief-screen" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown} data-testid="debrief-screen">
        <header className="debrief-screen__bar">
          <h2 id={titleId} className="debrief-screen__title">
            {t('debrief.screen.title')}
          </h2>
          <Button
            variant="primary"
            disabled={exported === null || saving}
            onClick={() => {
              if (exported === null) return
              setSaving(true)
              void saveDebrief(exported).finally(() => setSaving(false))
            }}
            data-testid="debrief-download"
          >
            {t('debrief.screen.download')}
          </Button>
          <IconButton className="debrief-screen__close" label={t('debrief.screen.close')} icon="×" onClick={onClose} />
        </header>
        <div className="debrief-screen__body" tabIndex={0}>
          {loaded.status === 'loading' && <p className="debrief-screen__message">{t('debrief.screen.loading')}</p>}
          {loaded.status === 'failed' && (
            <p role="alert" className="debrief-screen__message">
              {t('debrief.screen.failed', { message: loaded.message })}
            </p>
          )}
          {exported !== null && names !== null && <DebriefDocument debrief={exported.debrief} names={names} />}
        </div>
      </div>
    </div>
  )
}
