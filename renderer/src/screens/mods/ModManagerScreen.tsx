/**
 * The mod manager: every mod in the mods folder in the player's order, each with a switch,
 * move up/down buttons (and drag and drop), its status, dependencies and errors (file, line,
 * column, JSON pointer). Every change is sent to the host at once (`setMods`), which keeps it
 * and answers the new statuses; changes apply to new games.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GameApi, ModInfo, ModList } from '../../../../app/protocol'
import { ScreenHeader } from '../menu/ScreenHeader'
import { Button } from '../../ui/Button'
import { IconButton } from '../../ui/IconButton'
import { Panel } from '../../ui/Panel'
import { useFacilitatorGate } from '../classroom/FacilitatorGate'
import { dependencyStates, disabledDependencies, moveRow, rowsOf, setEnabled, type ModRow } from './mod-order'
import './mods.css'

interface Props {
  api: GameApi
  onBack: () => void
}

type Listing = { status: 'loading' } | { status: 'ready'; list: ModList } | { status: 'failed'; message: string }

const KINDS_SHOWN = ['scenarios', 'factions', 'actors', 'chips', 'nodes', 'foundries', 'policies', 'events', 'regions', 'demandPools', 'packaging', 'hbm', 'objectives', 'personas'] as const

export function ModManagerScreen({ api, onBack }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [listing, setListing] = useState<Listing>({ status: 'loading' })
  const [selected, setSelected] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [notice, setNotice] = useState<{ kind: 'status' | 'warning' | 'alert'; text: string } | null>(null)
  const [dragFrom, setDragFrom] = useState<number | null>(null)
  const [focusAfter, setFocusAfter] = useState<{ id: string; control: 'up' | 'down' } | null>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const gate = useFacilitatorGate()


  const [reads, setReads] = useState(0)
  useEffect(() => {
    let live = true
    void api.listMods({}).then((result) => {
      if (!live) return
      if (!result.ok) return setListing({ status: 'failed', message: result.message })
      setListing({ status: 'ready', list: result.value })
      setSelected((current) => (current !== null && result.value.mods.some((m) => m.id === current) ? current : (result.value.mods[0]?.id ?? null)))
      if (reads > 0) setNotice({ kind: 'status', text: t('mods.refreshed') })
    })
    return () => {
      live = false
    }
  }, [api, reads, t])

  useEffect(() => {
    if (listing.status !== 'loading') document.documentElement.dataset.ready = 'mods'
  }, [listing.status])

  const mods = listing.status === 'ready' ? [...listing.list.mods].sort((a, b) => a.position - b.position) : []

  const save = useCallback(
    async (rows: ModRow[], done: string | ((list: ModList) => { text: string; kind: 'status' | 'warning' }), focus?: { id: string; control: 'up' | 'down' }): Promise<void> => {
      setSaving(true)
      if (focus !== undefined) setFocusAfter(focus)
      // Show the change at once; the host's answer then brings the statuses.
      setListing((current) => (current.status === 'ready' ? { status: 'ready', list: { ...current.list, mods: applyRows(current.list.mods, rows) } } : current))
      try {
        // While a classroom game with a facilitator's code runs, the mods are the facilitator's: the gate asks for the code (and gives the desk back after).
        const result = await gate.run(() => api.setMods({ mods: rows }), { release: true })
        if (result === null) {
          // Cancelled: show the list as the host still has it.
          const again = await api.listMods({})
          if (again.ok) setListing({ status: 'ready', list: again.value })
          return
        }
        if (!result.ok) return setNotice({ kind: 'alert', text: t('mods.saveFailed', { message: result.message }) })
        setListing({ status: 'ready', list: result.value })
        setNotice(typeof done === 'string' ? { kind: 'status', text: done } : done(result.value))
      } finally {
        setSaving(false)
      }
    },
    [api, gate, t],
  )

  // After a move, keep the keyboard on the moved mod's button (or its other one at the ends).
  useEffect(() => {
    if (saving || focusAfter === null) return
    const row = listRef.current?.querySelector<HTMLElement>(`[data-mod="${focusAfter.id}"]`)
    const button = row?.querySelector<HTMLButtonElement>(`[data-move="${focusAfter.control}"]:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)')
    button?.focus()
    setFocusAfter(null)
  }, [saving, focusAfter, listing])

  const rows = rowsOf(mods)
  const nameOf = (id: string): string => mods.find((m) => m.id === id)?.name ?? id

  const toggle = (mod: ModInfo, enabled: boolean): void => {
    let next = setEnabled(rows, mod.id, enabled)
    const also = enabled ? disabledDependencies(mod, mods) : []
    for (const dep of also) next = setEnabled(next, dep, true)
    const text = (list: ModList): { text: string; kind: 'status' | 'warning' } => {
      if (!enabled) return { kind: 'status', text: t('mods.disabled', { name: mod.name }) }
      if (list.mods.find((m) => m.id === mod.id)?.status === 'error') return { kind: 'warning', text: t('mods.enabledWithErrors', { name: mod.name }) }
      return { kind: 'status', text: also.length > 0 ? t('mods.enabledWith', { name: mod.name, others: also.map(nameOf).join(', ') }) : t('mods.enabled', { name: mod.name }) }
    }
    void save(next, text)
  }

  const move = (index: number, by: -1 | 1): void => {
    const mod = mods[index]
    if (mod === undefined) return
    void save(moveRow(rows, index, index + by), t('mods.moved', { name: mod.name, position: index + by + 1, count: rows.length }), { id: mod.id, control: by < 0 ? 'up' : 'down' })
  }

  const drop = (to: number): void => {
    if (dragFrom === null || dragFrom === to) return setDragFrom(null)
    const mod = mods[dragFrom]
    setDragFrom(null)
    if (mod !== undefined) void save(moveRow(rows, dragFrom, to), t('mods.moved', { name: mod.name, position: to + 1, count: rows.length }))
  }

  const current = mods.find((m) => m.id === selected) ?? null
  const list = listing.status === 'ready' ? listing.list : null

  return (
    <main className="menu-screen mods-screen" data-testid="mod-manager">
      <ScreenHeader title={t('mods.title')} onBack={onBack} />
      <div className="mods-layout">
        <p className="mods-intro">{t('mods.intro')}</p>
        {list !== null && (
          <p className="mods-folder" data-testid="mods-folder">
            {list.folder === null ? t('mods.noFolder') : t('mods.folder')}
            {list.folder !== null && <code>{list.folder}</code>}
            {list.folder !== null && (
              <Button variant="ghost" className="mods-folder__refresh" title={t('mods.refreshHelp')} disabled={saving} onClick={() => setReads((n) => n + 1)}>
                {t('mods.refresh')}
              </Button>
            )}
          </p>
        )}
        {listing.status === 'loading' && <p>{t('mods.loading')}</p>}
        {listing.status === 'failed' && (
          <p role="alert" className="menu-error">
            {t('mods.failed', { message: listing.message })}
          </p>
        )}
        {list?.problem !== null && list?.problem !== undefined && (
          <p role="alert" className="menu-error">
            {list.problem}
          </p>
        )}
        {list !== null && mods.length === 0 && <p className="menu-empty">{t('mods.empty')}</p>}
        {list !== null && mods.length > 0 && (
          <div className="mods-columns">
            <Panel title={t('mods.orderLabel')} className="mods-list-panel">
              <p className="mods-hint">{t('mods.orderHint')}</p>
              <ol ref={listRef} className="mods-list" aria-label={t('mods.orderLabel')} aria-busy={saving}>
                {mods.map((mod, index) => (
                  <li
                    key={mod.folder}
                    data-mod={mod.id}
                    data-testid={`mod-row-${mod.folder}`}
                    className={`mods-row mods-row--${mod.status}${mod.id === selected ? ' mods-row--selected' : ''}${dragFrom === index ? ' mods-row--dragging' : ''}`}
                    draggable={!saving}
                    onDragStart={(event) => {
                      setDragFrom(index)
                      event.dataTransfer.effectAllowed = 'move'
                    }}
                    onDragOver={(event) => event.preventDefault()}
                    onDrop={(event) => {
                      event.preventDefault()
                      drop(index)
                    }}
                    onDragEnd={() => setDragFrom(null)}
                  >
                    <span className="mods-row__grip" aria-hidden="true" title={t('mods.drag')}>
                      ⋮⋮
                    </span>
                    <input
                      type="checkbox"
                      className="mods-row__switch"
                      checked={mod.enabled}
                      disabled={saving}
                      aria-label={t('mods.enable', { name: mod.name })}
                      onChange={(event) => toggle(mod, event.target.checked)}
                    />
                    <button type="button" className="mods-row__name" aria-pressed={mod.id === selected} aria-label={t('mods.showDetails', { name: mod.name })} onClick={() => setSelected(mod.id)}>
                      <span className="mods-row__title">{mod.name}</span>
                      <span className="mods-row__meta">
                        {t('mods.version', { version: mod.version })}
                        {mod.loadIndex !== null && ` · ${t('mods.loadIndex', { n: mod.loadIndex + 1 })}`}
                      </span>
                    </button>
                    <span className={`mods-badge mods-badge--${mod.status}`} data-testid={`mod-status-${mod.folder}`}>
                      {mod.status === 'error' ? t('mods.status.error', { count: mod.errors.filter((e) => e.severity === 'error').length }) : t(`mods.status.${mod.status}`)}
                    </span>
                    <span className="mods-row__moves">
                      <IconButton label={t('mods.moveUp', { name: mod.name })} icon="▲" data-move="up" disabled={saving || index === 0} onClick={() => move(index, -1)} />
                      <IconButton label={t('mods.moveDown', { name: mod.name })} icon="▼" data-move="down" disabled={saving || index === mods.length - 1} onClick={() => move(index, 1)} />
                    </span>
                  </li>
                ))}
              </ol>
              <p className="mods-active" data-testid="mods-active">
                {t('mods.active')}{' '}
                {list.active.map((d, i) => (
                  <span key={d.id}>
                    {i > 0 && ' → '}
                    <strong>{d.id === 'base' ? t('mods.baseGame', { version: d.version }) : `${nameOf(d.id)} ${d.version}`}</strong>
                  </span>
                ))}
              </p>
            </Panel>
            {current !== null && <ModDetails mod={current} all={mods} />}
          </div>
        )}
        <p role={notice?.kind === 'alert' ? 'alert' : 'status'} className={notice?.kind === 'alert' ? 'menu-error' : `mods-notice mods-notice--${notice?.kind ?? 'status'}`} data-testid="mods-notice">
          {notice?.text ?? ''}
        </p>
      </div>
      {gate.dialog}
    </main>
  )
}

/** The mods with the order and switches of `rows` (before the host answers). */
function applyRows(mods: readonly ModInfo[], rows: readonly ModRow[]): ModInfo[] {
  return mods.map((m) => {
    const index = rows.findIndex((r) => r.id === m.id)
    return index < 0 ? m : { ...m, position: index, enabled: rows[index]!.enabled }
  })
}

/** One mod's description, dependencies, contents and errors. */
function ModDetails({ mod, all }: { mod: ModInfo; all: readonly ModInfo[] }): React.JSX.Element {
  const { t } = useTranslation()
  const deps = dependencyStates(mod, all)
  const counts = KINDS_SHOWN.filter((k) => (mod.counts[k] ?? 0) > 0).map((k) => t('mods.count', { count: mod.counts[k] ?? 0, kind: t(`mods.kinds.${k}`) }))
  const errors = mod.errors.filter((e) => e.severity === 'error')
  const notes = mod.errors.filter((e) => e.severity === 'warning')
  return (
    <Panel title={mod.name} className="mods-details" data-testid="mod-details">
      <p className="mods-details__meta">
        <code>{mod.id}</code> · {t('mods.version', { version: mod.version })} · {t('mods.gameVersions', { range: mod.gameVersions })}
        {mod.authors.length > 0 && ` · ${t('mods.by', { authors: mod.authors.join(', ') })}`}
      </p>
      {mod.description !== '' && <p className="mods-details__description">{mod.description}</p>}
      <h3 className="mods-details__heading">{t('mods.dependencies')}</h3>
      {deps.length === 0 ? (
        <p className="mods-details__none">{t('mods.noDependencies')}</p>
      ) : (
        <ul className="mods-deps">
          {deps.map((d) => (
            <li key={d.id} className={`mods-dep mods-dep--${d.state}`}>
              <span>
                {all.find((m) => m.id === d.id)?.name ?? d.id} <code>{d.range}</code>
              </span>
              <span className="mods-dep__state">{t(`mods.dependency.${d.state}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {mod.loadAfter.length > 0 && <p className="mods-details__none">{t('mods.loadAfter', { mods: mod.loadAfter.join(', ') })}</p>}
      {counts.length > 0 && (
        <>
          <h3 className="mods-details__heading">{t('mods.records')}</h3>
          <p className="mods-details__counts">{counts.join(' · ')}</p>
        </>
      )}
      {errors.length > 0 && (
        <>
          <h3 className="mods-details__heading mods-details__heading--error">{t('mods.errors', { count: errors.length })}</h3>
          <p className="mods-details__none">{t('mods.errorsHelp')}</p>
          <ul className="mods-errors" data-testid="mod-errors">
            {[...errors, ...notes].slice(0, 50).map((e, i) => (
              <li key={`${e.file}:${e.pointer}:${i}`} className={`mods-error mods-error--${e.severity}`}>
                <code className="mods-error__where">
                  {e.fileMod !== undefined ? `${e.fileMod}/` : ''}
                  {e.file === '' ? mod.folder : e.file}:{e.line}:{e.column}
                  {e.pointer !== '' && ` ${e.pointer}`}
                </code>
                <span className="mods-error__message">{e.message}</span>
                {(e.expected !== undefined || e.found !== undefined) && (
                  <span className="mods-error__detail">
                    {[e.expected !== undefined ? t('mods.expected', { expected: e.expected }) : '', e.found !== undefined ? t('mods.found', { found: e.found }) : ''].filter(Boolean).join('; ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  )
}
