/**
 * The encyclopedia: a full-screen modal overlay (over the title screen or a running game,
 * which stays mounted underneath). A search box (name, id, any text), kind filters with
 * counts, the entries grouped by kind (a listbox: arrows, Home/End, Enter opens), and the
 * entry's page: summary, facts, related entries as links, sources with publisher, date and
 * confidence, why an invented record is invented, and the mod it came from. Back walks the
 * entries visited; Escape closes; Tab stays inside.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EncyclopediaEntry, EncyclopediaKind, GameApi } from '../../../../app/protocol'
import { useSound } from '../../audio/use-sound'
import { addGameTexts, GAME_NS } from '../../i18n/i18n'
import { Button } from '../../ui/Button'
import { trapTab } from '../../ui/Dialog'
import { IconButton } from '../../ui/IconButton'
import { countByKind, ENCYCLOPEDIA_KINDS, factRows, groupByKind, resolveEntry, searchEntries, type EncyclopediaItem, type KindFilter } from './encyclopedia-model'
import { localiseEntries } from './localise'
import { factLabel, KIND_GLYPH, KIND_NAME, KIND_PLURAL } from './labels'
import './encyclopedia.css'

interface Props {
  api: Pick<GameApi, 'getEncyclopedia' | 'getTexts'>
  /** The entry to open at first (an entry id or a bare record id), or null for the index. */
  initialEntry: string | null
  onClose(): void
}

type Loaded = { status: 'loading' } | { status: 'ready'; entries: EncyclopediaEntry[]; from: 'game' | 'new-game'; modNames: Map<string, string> } | { status: 'failed'; message: string }

/**
 * The encyclopedia's data and the game data's texts it names (the running game's, mods
 * included, which may differ from the texts loaded when the window opened), in every
 * language the interface falls back through.
 */
async function loadEncyclopedia(api: Pick<GameApi, 'getEncyclopedia' | 'getTexts'>, languages: readonly string[]): ReturnType<GameApi['getEncyclopedia']> {
  const [result, ...texts] = await Promise.all([api.getEncyclopedia({}), ...[...languages].reverse().map((language) => api.getTexts({ language }).then((r) => ({ language, r })))])
  for (const { language, r } of texts) if (r.ok) addGameTexts(language, r.value)
  return result
}

export function EncyclopediaScreen({ api, initialEntry, onClose }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const play = useSound()
  const titleId = useId()
  const listId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const pageRef = useRef<HTMLHeadingElement>(null)
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [query, setQuery] = useState('')
  const [kind, setKind] = useState<KindFilter>('all')
  const [current, setCurrent] = useState<string | null>(null)
  const [history, setHistory] = useState<string[]>([])
  const [active, setActive] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void loadEncyclopedia(api, i18n.languages).then((result) => {
      if (!live) return
      if (!result.ok) return setLoaded({ status: 'failed', message: result.message })
      setLoaded({ status: 'ready', entries: result.value.entries, from: result.value.from, modNames: new Map(result.value.mods.map((m) => [m.id, m.name])) })
      const start = initialEntry === null ? undefined : resolveEntry(result.value.entries, initialEntry)
      if (start !== undefined) {
        setCurrent(start.id)
        setActive(start.id)
      }
      document.documentElement.dataset.encyclopedia = 'ready'
    })
    return () => {
      live = false
      delete document.documentElement.dataset.encyclopedia
    }
  }, [api, i18n.languages, initialEntry])

  // Focus: the search box at the index, the entry's title when one opens at once.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    searchRef.current?.focus()
    return () => before?.focus()
  }, [])

  // Worded once per language: names and summaries from the game data's texts, facts from the values.
  const entries = useMemo(
    () => (loaded.status === 'ready' ? localiseEntries(loaded.entries, t, i18n.language, (key) => (i18n.exists(key, { ns: GAME_NS }) ? i18n.t(key, { ns: GAME_NS }) : null)) : []),
    [loaded, t, i18n],
  )
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries])
  const matches = useMemo(() => searchEntries(entries, query, 'all'), [entries, query])
  const shown = useMemo(() => (kind === 'all' ? matches : matches.filter((e) => e.kind === kind)), [matches, kind])
  const counts = useMemo(() => countByKind(matches), [matches])
  const groups = useMemo(() => groupByKind(shown), [shown])
  const order = useMemo(() => groups.flatMap((g) => g.entries.map((e) => e.id)), [groups])
  const entry = current === null ? undefined : byId.get(current)

  const openEntry = useCallback(
    (id: string, { record = true, focus = true }: { record?: boolean; focus?: boolean } = {}) => {
      if (!byId.has(id)) return
      play('click')
      if (record && current !== null && current !== id) setHistory((h) => [...h, current])
      setCurrent(id)
      setActive(id)
      if (focus) requestAnimationFrame(() => pageRef.current?.focus())
    },
    [byId, current, play],
  )
  const back = (): void => {
    const previous = history[history.length - 1]
    setHistory((h) => h.slice(0, -1))
    if (previous === undefined) {
      setCurrent(null)
      return
    }
    setCurrent(previous)
    setActive(previous)
    requestAnimationFrame(() => pageRef.current?.focus())
  }
  const canGoBack = history.length > 0 || current !== null

  // Keep the active option in view as the arrows move it.
  useEffect(() => {
    if (active === null) return
    listRef.current?.querySelector(`[data-entry-id="${CSS.escape(active)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [active, groups])

  const move = (step: number | 'first' | 'last'): void => {
    if (order.length === 0) return
    const at = active === null ? -1 : order.indexOf(active)
    const next = step === 'first' ? 0 : step === 'last' ? order.length - 1 : Math.min(order.length - 1, Math.max(0, at + step))
    setActive(order[next] ?? null)
  }
  const onListKey = (event: React.KeyboardEvent): void => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      PageDown: () => move(10),
      PageUp: () => move(-10),
      Home: () => move('first'),
      End: () => move('last'),
      Enter: () => active !== null && openEntry(active),
      ' ': () => active !== null && openEntry(active),
    }
    const run = keys[event.key]
    if (run === undefined) return
    event.preventDefault()
    run()
  }
  const onSearchKey = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      if (active === null || !order.includes(active)) setActive(order[0] ?? null)
      listRef.current?.focus()
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const first = order[0]
      if (first !== undefined) openEntry(first)
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault()
      event.stopPropagation()
      setQuery('')
    }
  }
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      play('click')
      onClose()
      return
    }
    if (event.key === 'ArrowLeft' && event.altKey) {
      event.preventDefault()
      back()
      return
    }
    trapTab(event, rootRef.current)
  }

  const filterButton = (value: KindFilter, label: string, count: number): React.JSX.Element => (
    <button key={value} type="button" className="encyclopedia__filter" aria-pressed={kind === value} onClick={() => setKind(value)} disabled={count === 0 && kind !== value}>
      {value !== 'all' && (
        <span aria-hidden="true" className="encyclopedia__glyph">
          {KIND_GLYPH[value]}
        </span>
      )}
      <span>{label}</span>
      <span className="encyclopedia__count">{count}</span>
    </button>
  )

  return (
    <div className="ui-overlay encyclopedia-backdrop">
      <div ref={rootRef} className="encyclopedia" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown} data-testid="encyclopedia">
        <header className="encyclopedia__bar">
          <span aria-hidden="true" className="encyclopedia__emblem">
            ◈
          </span>
          <h2 id={titleId} className="encyclopedia__title">
            {t('encyclopedia.title')}
          </h2>
          <input
            ref={searchRef}
            type="search"
            className="encyclopedia__search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onSearchKey}
            placeholder={t('encyclopedia.searchPlaceholder')}
            aria-label={t('encyclopedia.search')}
            aria-controls={listId}
          />
          <Button className="encyclopedia__back" onClick={back} disabled={!canGoBack}>
            ← {t('encyclopedia.back')}
          </Button>
          <IconButton label={t('encyclopedia.close')} icon="×" onClick={onClose} />
        </header>
        {loaded.status === 'loading' && <p className="encyclopedia__message">{t('encyclopedia.loading')}</p>}
        {loaded.status === 'failed' && (
          <p role="alert" className="encyclopedia__message encyclopedia__message--error">
            {t('encyclopedia.failed', { message: loaded.message })}
          </p>
        )}
        {loaded.status === 'ready' && (
          <div className="encyclopedia__body">
            <div className="encyclopedia__side">
              <div className="encyclopedia__filters" role="group" aria-label={t('encyclopedia.filters')}>
                {filterButton('all', t('encyclopedia.all'), matches.length)}
                {ENCYCLOPEDIA_KINDS.map((k) => filterButton(k, KIND_PLURAL[k](t), counts[k]))}
              </div>
              <p className="encyclopedia__found" role="status">
                {query.trim() === '' ? t('encyclopedia.entries', { count: shown.length }) : t('encyclopedia.found', { count: shown.length, query: query.trim() })}
              </p>
              <div
                ref={listRef}
                id={listId}
                className="encyclopedia__list"
                role="listbox"
                tabIndex={0}
                aria-label={t('encyclopedia.list')}
                aria-activedescendant={active !== null && order.includes(active) ? optionId(listId, active) : undefined}
                onKeyDown={onListKey}
                onFocus={() => {
                  if (active === null || !order.includes(active)) setActive(order[0] ?? null)
                }}
              >
                {groups.length === 0 && <p className="encyclopedia__empty">{t('encyclopedia.noResults')}</p>}
                {groups.map((group) => (
                  <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`} className="encyclopedia__group">
                    <h3 id={`${listId}-${group.kind}`} className="encyclopedia__group-title" role="presentation">
                      <span aria-hidden="true" className="encyclopedia__glyph">
                        {KIND_GLYPH[group.kind]}
                      </span>
                      {KIND_PLURAL[group.kind](t)}
                      <span className="encyclopedia__count">{group.entries.length}</span>
                    </h3>
                    {group.entries.map((e) => (
                      <div
                        key={e.id}
                        id={optionId(listId, e.id)}
                        role="option"
                        aria-selected={e.id === current}
                        data-entry-id={e.id}
                        className={`encyclopedia__option${e.id === active ? ' encyclopedia__option--active' : ''}${e.id === current ? ' encyclopedia__option--current' : ''}`}
                        onClick={() => openEntry(e.id)}
                      >
                        <span className="encyclopedia__option-name">
                          {e.name}
                          {e.origin !== 'base' && <span className="encyclopedia__mod-tag">{t('encyclopedia.modTag')}</span>}
                        </span>
                        <span className="encyclopedia__option-sub">{e.subtitle}</span>
                      </div>
                    ))}
                  </div>
                ))}
              </div>
            </div>
            <main className="encyclopedia__page">
              {entry === undefined ? (
                <IndexPage entries={entries} from={loaded.from} modNames={loaded.modNames} onKind={(k) => setKind(k)} onOpen={(id) => openEntry(id)} />
              ) : (
                <EntryPage key={entry.id} entry={entry} byId={byId} modNames={loaded.modNames} titleRef={pageRef} onOpen={(id) => openEntry(id)} />
              )}
            </main>
          </div>
        )}
      </div>
    </div>
  )
}

function optionId(listId: string, entryId: string): string {
  return `${listId}-${entryId.replace(/[^a-zA-Z0-9-]/g, '_')}`
}

/** The front page: what the encyclopedia holds, kind by kind. */
function IndexPage({ entries, from, modNames, onKind, onOpen }: { entries: EncyclopediaItem[]; from: 'game' | 'new-game'; modNames: Map<string, string>; onKind(kind: EncyclopediaKind): void; onOpen(id: string): void }): React.JSX.Element {
  const { t } = useTranslation()
  const counts = countByKind(entries)
  const mods = [...new Set(entries.map((e) => e.origin).filter((o) => o !== 'base'))]
  const featured = ['chip:h800', 'chip:ascend-910c', 'policy:oct-2022-chip-rule', 'event:deepseek-moment'].filter((id) => entries.some((e) => e.id === id))
  return (
    <article className="encyclopedia-index" aria-labelledby="encyclopedia-index-title">
      <h3 id="encyclopedia-index-title" className="encyclopedia-entry__name">
        {t('encyclopedia.index.title')}
      </h3>
      <p className="encyclopedia-entry__lead">{t('encyclopedia.index.intro')}</p>
      <p className="encyclopedia-index__from">{from === 'game' ? t('encyclopedia.index.fromGame') : t('encyclopedia.index.fromNewGame')}</p>
      {mods.length > 0 && <p className="encyclopedia-index__from">{t('encyclopedia.index.mods', { mods: mods.map((m) => modNames.get(m) ?? m).join(', ') })}</p>}
      <ul className="encyclopedia-index__kinds">
        {ENCYCLOPEDIA_KINDS.filter((k) => counts[k] > 0).map((k) => (
          <li key={k}>
            <button type="button" className="encyclopedia-index__kind" onClick={() => onKind(k)}>
              <span aria-hidden="true" className="encyclopedia-index__glyph">
                {KIND_GLYPH[k]}
              </span>
              <span className="encyclopedia-index__kind-name">{KIND_PLURAL[k](t)}</span>
              <span className="encyclopedia-index__kind-count">{counts[k]}</span>
            </button>
          </li>
        ))}
      </ul>
      {featured.length > 0 && (
        <>
          <h4 className="encyclopedia-entry__heading">{t('encyclopedia.index.start')}</h4>
          <ul className="encyclopedia-entry__links">
            {featured.map((id) => {
              const e = entries.find((x) => x.id === id)
              return e === undefined ? null : (
                <li key={id}>
                  <button type="button" className="encyclopedia-link" onClick={() => onOpen(id)}>
                    <span aria-hidden="true">{KIND_GLYPH[e.kind]}</span> {e.name}
                  </button>
                </li>
              )
            })}
          </ul>
        </>
      )}
      <p className="encyclopedia-index__keys">{t('encyclopedia.index.keys')}</p>
    </article>
  )
}

interface EntryPageProps {
  entry: EncyclopediaItem
  byId: Map<string, EncyclopediaItem>
  modNames: Map<string, string>
  titleRef: React.RefObject<HTMLHeadingElement | null>
  onOpen(id: string): void
}

/** One entry's page. */
function EntryPage({ entry, byId, modNames, titleRef, onOpen }: EntryPageProps): React.JSX.Element {
  const { t } = useTranslation()
  const nameId = useId()
  const link = (id: string, text?: string): React.JSX.Element => {
    const target = byId.get(id)
    if (target === undefined) return <span>{text ?? id}</span>
    return (
      <button type="button" className="encyclopedia-link" onClick={() => onOpen(id)} data-entry={id}>
        <span aria-hidden="true" className="encyclopedia-link__glyph">
          {KIND_GLYPH[target.kind]}
        </span>
        {text ?? target.name}
      </button>
    )
  }
  const related = groupByKind(entry.related.map((r) => byId.get(r.entry)).filter((e): e is EncyclopediaItem => e !== undefined))
  return (
    <article className={`encyclopedia-entry encyclopedia-entry--${entry.kind}`} aria-labelledby={nameId} data-testid="encyclopedia-entry" data-entry={entry.id}>
      <header className="encyclopedia-entry__header">
        <div className="encyclopedia-entry__plate" aria-hidden="true">
          {KIND_GLYPH[entry.kind]}
        </div>
        <div className="encyclopedia-entry__heading-block">
          <p className="encyclopedia-entry__kind">
            {KIND_NAME[entry.kind](t)}
            <span className="encyclopedia-entry__id">{entry.recordId}</span>
          </p>
          <h3 id={nameId} ref={titleRef} tabIndex={-1} className="encyclopedia-entry__name">
            {entry.name}
          </h3>
          <p className="encyclopedia-entry__subtitle">{entry.subtitle}</p>
        </div>
        <div className="encyclopedia-entry__badges">
          {entry.origin !== 'base' ? (
            <span className="encyclopedia-badge encyclopedia-badge--mod">{t('encyclopedia.fromMod', { mod: modNames.get(entry.origin) ?? entry.origin })}</span>
          ) : (
            <span className="encyclopedia-badge">{t('encyclopedia.fromBase')}</span>
          )}
          {entry.changedBy.length > 0 && <span className="encyclopedia-badge encyclopedia-badge--mod">{t('encyclopedia.changedBy', { mods: entry.changedBy.map((m) => modNames.get(m) ?? m).join(', ') })}</span>}
          {entry.fictional && <span className="encyclopedia-badge encyclopedia-badge--fictional">{t('encyclopedia.fictionalBadge')}</span>}
        </div>
      </header>
      {entry.fictional && (
        <p className="encyclopedia-entry__fictional" role="note">
          <strong>{t('encyclopedia.fictional')}</strong> {entry.fictionalWhy ?? t('encyclopedia.fictionalNoReason')}
        </p>
      )}
      {entry.summary !== null && <p className="encyclopedia-entry__lead">{entry.summary}</p>}
      <div className="encyclopedia-entry__columns">
        <section aria-labelledby={`${nameId}-facts`} className="encyclopedia-entry__section">
          <h4 id={`${nameId}-facts`} className="encyclopedia-entry__heading">
            {t('encyclopedia.facts')}
          </h4>
          <table className="encyclopedia-facts">
            <tbody>
              {factRows(entry.facts).map((row, i) => (
                <tr key={`${row.label}-${i}`}>
                  <th scope="row">{factLabel(t, row.label)}</th>
                  <td>
                    {row.facts.map((f, j) => (
                      <div key={j} className="encyclopedia-facts__item">
                        {f.term !== undefined && <strong className="encyclopedia-facts__term">{f.term}</strong>}
                        {f.entry !== undefined ? link(f.entry, f.value) : f.value}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {entry.kind === 'chip' && <p className="encyclopedia-entry__note">{t('encyclopedia.claimsNote')}</p>}
        </section>
        <div className="encyclopedia-entry__aside">
          <section aria-labelledby={`${nameId}-related`} className="encyclopedia-entry__section">
            <h4 id={`${nameId}-related`} className="encyclopedia-entry__heading">
              {t('encyclopedia.related')}
            </h4>
            {related.length === 0 ? (
              <p className="encyclopedia-entry__none">{t('encyclopedia.noRelated')}</p>
            ) : (
              related.map((group) => (
                <div key={group.kind} className="encyclopedia-related">
                  <h5 className="encyclopedia-related__kind">{KIND_PLURAL[group.kind](t)}</h5>
                  <ul className="encyclopedia-entry__links">
                    {group.entries.map((e) => (
                      <li key={e.id}>{link(e.id)}</li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </section>
          <section aria-labelledby={`${nameId}-sources`} className="encyclopedia-entry__section">
            <h4 id={`${nameId}-sources`} className="encyclopedia-entry__heading">
              {t('encyclopedia.sources')}
            </h4>
            {entry.sources.length === 0 ? (
              <p className="encyclopedia-entry__none">{entry.fictional ? t('encyclopedia.noSourcesFictional') : t('encyclopedia.noSources')}</p>
            ) : (
              <ol className="encyclopedia-sources">
                {entry.sources.map((s, i) => (
                  <li key={i} className="encyclopedia-source">
                    <span className="encyclopedia-source__title">{s.title}</span>
                    <span className="encyclopedia-source__meta">
                      {s.publisher} · {s.date}
                      {s.confidence !== null && <span className={`encyclopedia-confidence encyclopedia-confidence--${s.confidence}`}>{confidenceText(t, s.confidence)}</span>}
                    </span>
                    {s.url !== null && <span className="encyclopedia-source__url">{s.url}</span>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      </div>
    </article>
  )
}

function confidenceText(t: ReturnType<typeof useTranslation>['t'], confidence: 'high' | 'med' | 'low'): string {
  return confidence === 'high' ? t('encyclopedia.confidence.high') : confidence === 'med' ? t('encyclopedia.confidence.med') : t('encyclopedia.confidence.low')
}
