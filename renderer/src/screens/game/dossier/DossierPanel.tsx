/**
 * The chip dossier: every chip the seat knows of, filtered and sorted, and for the selected
 * one its claimed and confirmed figures against the H800 and H100, the open questions a
 * claim leaves, how each answer became known, and the sources behind a catalogue chip.
 * A side panel over the map; Escape closes it, the arrow keys walk the list.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Rules, ViewBody } from '../game-types'
import { useSound } from '../../../audio/use-sound'
import { IconButton } from '../../../ui/IconButton'
import { MoreLink } from '../../encyclopedia/MoreLink'
import { quarterLabel } from '../format'
import {
  chipSources,
  dossierMakers,
  dossierRows,
  filterRows,
  formatRatio,
  formatSpec,
  openQuestions,
  specBars,
  specLines,
  type ChipView,
  type DossierFilter,
  type KnownHow,
  type OpenQuestion,
  type Readiness,
  type SortKey,
  type SpecKey,
  type SpecLine,
  type Workloads,
} from './dossier-model'
import { TableHead } from '../../../ui/TableHead'
import './dossier.css'

export interface DossierPanelProps {
  view: ViewBody
  rules: Rules
  texts: Record<string, string>
  seat: string
  onClose(): void
  /** A chip to open at once (e.g. from the report or the map). */
  focusChip?: string | null
}

type T = ReturnType<typeof useTranslation>['t']

/** Labels the dossier builds from a kind, written out so the translation-key scan sees each. */
function labels(t: T): {
  how: Record<KnownHow, string>
  howShort: Record<KnownHow, string>
  howPhrase: Record<KnownHow, string>
  readiness: Record<Readiness, string>
  workloads: Record<Workloads, string>
  /** The same inside a sentence ("claimed training and inference"). */
  readinessPhrase: Record<Readiness, string>
  workloadsPhrase: Record<Workloads, string>
  spec: Record<SpecKey, string>
  unit: Record<SpecKey, string>
  sort: Record<SortKey, string>
} {
  return {
    how: {
      claimed: t('dossier.how.claimed'),
      own: t('dossier.how.own'),
      benchmark: t('dossier.how.benchmark'),
      leak: t('dossier.how.leak'),
      intelligence: t('dossier.how.intelligence'),
      facilitator: t('dossier.how.facilitator'),
    },
    howShort: {
      claimed: t('dossier.howShort.claimed'),
      own: t('dossier.howShort.own'),
      benchmark: t('dossier.howShort.benchmark'),
      leak: t('dossier.howShort.leak'),
      intelligence: t('dossier.howShort.intelligence'),
      facilitator: t('dossier.howShort.facilitator'),
    },
    howPhrase: {
      claimed: t('dossier.howPhrase.claimed'),
      own: t('dossier.howPhrase.own'),
      benchmark: t('dossier.howPhrase.benchmark'),
      leak: t('dossier.howPhrase.leak'),
      intelligence: t('dossier.howPhrase.intelligence'),
      facilitator: t('dossier.howPhrase.facilitator'),
    },
    readiness: { paper: t('dossier.readiness.paper'), sampling: t('dossier.readiness.sampling'), volume: t('dossier.readiness.volume') },
    workloads: { training: t('dossier.workloads.training'), inference: t('dossier.workloads.inference'), both: t('dossier.workloads.both') },
    readinessPhrase: { paper: t('dossier.readinessPhrase.paper'), sampling: t('dossier.readinessPhrase.sampling'), volume: t('dossier.readinessPhrase.volume') },
    workloadsPhrase: { training: t('dossier.workloadsPhrase.training'), inference: t('dossier.workloadsPhrase.inference'), both: t('dossier.workloadsPhrase.both') },
    spec: {
      bf16Tflops: t('dossier.spec.bf16Tflops'),
      memoryGb: t('dossier.spec.memoryGb'),
      memoryBandwidthTBs: t('dossier.spec.memoryBandwidthTBs'),
      interconnectGBs: t('dossier.spec.interconnectGBs'),
      tpp: t('dossier.spec.tpp'),
      powerW: t('dossier.spec.powerW'),
    },
    unit: {
      bf16Tflops: t('dossier.unit.bf16Tflops'),
      memoryGb: t('dossier.unit.memoryGb'),
      memoryBandwidthTBs: t('dossier.unit.memoryBandwidthTBs'),
      interconnectGBs: t('dossier.unit.interconnectGBs'),
      tpp: t('dossier.unit.tpp'),
      powerW: t('dossier.unit.powerW'),
    },
    sort: { name: t('dossier.sort.name'), maker: t('dossier.sort.maker'), readiness: t('dossier.sort.readiness'), performance: t('dossier.sort.performance') },
  }
}

function HowBadge({ how, label }: { how: KnownHow; label: string }): React.JSX.Element {
  return <span className={`dossier-badge dossier-badge--${how}`}>{label}</span>
}

export function DossierPanel({ view, rules, texts, seat, onClose, focusChip = null }: DossierPanelProps): React.JSX.Element {
  const { t } = useTranslation()
  const play = useSound()
  const L = useMemo(() => labels(t), [t])
  const rows = useMemo(() => dossierRows(view, rules, texts, seat), [view, rules, texts, seat])
  const makers = useMemo(() => dossierMakers(rows), [rows])
  const [filter, setFilter] = useState<DossierFilter>({ maker: null, search: '', sort: 'maker' })
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter])
  const [selected, setSelected] = useState<string | null>(focusChip ?? null)
  useEffect(() => {
    if (focusChip !== null && focusChip !== undefined) setSelected(focusChip)
  }, [focusChip])
  const current = selected !== null ? (view.chips[selected] ?? null) : null
  const active = current ?? (shown[0] !== undefined ? (view.chips[shown[0].id] ?? null) : null)

  const searchRef = useRef<HTMLInputElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  useEffect(() => searchRef.current?.focus(), [])
  const ids = { title: useId(), search: useId(), maker: useId(), sort: useId(), list: useId() }

  const select = (id: string, focus = false): void => {
    setSelected(id)
    play('click')
    if (focus) listRef.current?.querySelector<HTMLButtonElement>(`[data-chip="${CSS.escape(id)}"]`)?.focus()
  }
  const onListKey = (event: React.KeyboardEvent): void => {
    const at = shown.findIndex((r) => r.id === active?.id)
    const go = (i: number): void => {
      const row = shown[Math.max(0, Math.min(shown.length - 1, i))]
      if (row === undefined) return
      event.preventDefault()
      select(row.id, true)
    }
    if (event.key === 'ArrowDown') go(at + 1)
    else if (event.key === 'ArrowUp') go(at - 1)
    else if (event.key === 'Home') go(0)
    else if (event.key === 'End') go(shown.length - 1)
  }

  return (
    <section
      className="dossier ui-panel"
      aria-labelledby={ids.title}
      data-testid="chip-dossier"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <header className="dossier__header">
        <h2 id={ids.title}>{t('dossier.title')}</h2>
        <span className="dossier__count">{t('dossier.count', { count: shown.length, total: rows.length })}</span>
        <IconButton
          label={t('dossier.close')}
          icon="×"
          onClick={() => {
            play('click')
            onClose()
          }}
        />
      </header>
      <div className="dossier__layout">
        <div className="dossier__index">
          <div className="dossier__filters" role="search">
            <label className="dossier__field" htmlFor={ids.search}>
              <span>{t('dossier.search')}</span>
              <input
                ref={searchRef}
                id={ids.search}
                className="ui-input dossier__search"
                type="search"
                value={filter.search}
                placeholder={t('dossier.searchPlaceholder')}
                onChange={(e) => setFilter({ ...filter, search: e.target.value })}
              />
            </label>
            <label className="dossier__field" htmlFor={ids.maker}>
              <span>{t('dossier.maker')}</span>
              <select id={ids.maker} className="ui-input" value={filter.maker ?? ''} onChange={(e) => setFilter({ ...filter, maker: e.target.value === '' ? null : e.target.value })}>
                <option value="">{t('dossier.allMakers')}</option>
                {makers.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="dossier__field" htmlFor={ids.sort}>
              <span>{t('dossier.sortBy')}</span>
              <select id={ids.sort} className="ui-input" value={filter.sort} onChange={(e) => setFilter({ ...filter, sort: e.target.value as SortKey })}>
                {(['maker', 'name', 'readiness', 'performance'] as const).map((key) => (
                  <option key={key} value={key}>
                    {L.sort[key]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {shown.length === 0 ? (
            <p className="dossier__empty" role="status">
              {t('dossier.noMatch')}
            </p>
          ) : (
            <ul ref={listRef} id={ids.list} className="dossier__list" aria-label={t('dossier.listLabel')} onKeyDown={onListKey}>
              {shown.map((row) => {
                const isActive = row.id === active?.id
                return (
                  <li key={row.id}>
                    <button
                      type="button"
                      className={`dossier__item${isActive ? ' dossier__item--active' : ''}${row.own ? ' dossier__item--own' : ''}`}
                      aria-current={isActive ? 'true' : undefined}
                      tabIndex={isActive ? 0 : -1}
                      data-chip={row.id}
                      onClick={() => select(row.id)}
                    >
                      <span className="dossier__item-name">{row.name}</span>
                      <span className="dossier__item-meta">
                        {row.makerName} · {L.readiness[row.readiness]}
                        {!row.readinessConfirmed && <span className="dossier__claimed-mark">{t('dossier.claimedMark')}</span>}
                      </span>
                      <span className="dossier__item-side">
                        {row.vsH800 !== null && <span className="dossier__item-ratio">{t('dossier.vsH800', { ratio: formatRatio(row.vsH800) })}</span>}
                        <HowBadge how={row.how} label={L.howShort[row.how]} />
                      </span>
                    </button>
                  </li>
                )
              })}
            </ul>
          )}
        </div>
        <div className="dossier__detail">
          {active === null ? <p className="dossier__empty">{t('dossier.nothingSelected')}</p> : <ChipDetail chip={active} view={view} rules={rules} texts={texts} L={L} />}
        </div>
      </div>
    </section>
  )
}

function ChipDetail({ chip, view, rules, texts, L }: { chip: ChipView; view: ViewBody; rules: Rules; texts: Record<string, string>; L: ReturnType<typeof labels> }): React.JSX.Element {
  const { t } = useTranslation()
  const row = dossierRows({ chips: { [chip.id]: chip } }, rules, texts, view.seat)[0]
  const lines = specLines(chip, view, rules)
  const questions = openQuestions(chip, view, rules)
  const sources = chipSources(chip.id, rules)
  const record = rules.chips[chip.id]
  const description = record?.description !== undefined ? texts[record.description] : undefined
  const nodeName = texts[rules.nodes[chip.node]?.name ?? ''] ?? chip.node
  const how = row?.how ?? 'claimed'
  const headingId = useId()
  return (
    <article className="dossier-chip" aria-labelledby={headingId} data-testid="dossier-chip" data-chip={chip.id}>
      <header className="dossier-chip__header">
        <div>
          <h3 id={headingId} className="dossier-chip__name">
            {row?.name ?? chip.id}
          </h3>
          <p className="dossier-chip__maker">
            {t('dossier.madeBy', { maker: row?.makerName ?? chip.maker, node: nodeName })}
            {chip.variantOf !== null && <> · {t('dossier.variantOf', { chip: texts[view.chips[chip.variantOf]?.name ?? rules.chips[chip.variantOf]?.name ?? ''] ?? chip.variantOf })}</>}
          </p>
        </div>
        <HowBadge how={how} label={L.how[how]} />
      </header>
      <dl className="dossier-chip__facts">
        <div>
          <dt>{t('dossier.market')}</dt>
          <dd>{chip.launched >= 0 ? t('dossier.launched', { quarter: quarterLabel(chip.launched) }) : t('dossier.notLaunched')}</dd>
        </div>
        <div>
          <dt>{t('dossier.price')}</dt>
          <dd>{t('dossier.priceValue', { price: chip.priceUsd.toLocaleString('en', { maximumFractionDigits: 0 }) })}</dd>
        </div>
        {chip.internalOnly && (
          <div>
            <dt>{t('dossier.sale')}</dt>
            <dd>{t('dossier.internalOnly')}</dd>
          </div>
        )}
      </dl>
      {description !== undefined && <p className="dossier-chip__description">{description}</p>}
      {record?.fictional === true && <p className="dossier-chip__fictional">{t('dossier.fictional')}</p>}
      {record !== undefined && <MoreLink entry={`chip:${chip.id}`} about={row?.name ?? chip.id} label={t('encyclopedia.moreInEncyclopedia')} />}

      <h4>{t('dossier.questions')}</h4>
      <ul className="dossier-questions" data-testid="open-questions">
        {questions.map((q) => (
          <li key={q.id} className={q.answered ? 'dossier-questions__answered' : 'dossier-questions__open'}>
            <span className="dossier-questions__q">{questionText(t, q)}</span>
            <span className="dossier-questions__a">{answerText(t, q, L)}</span>
          </li>
        ))}
      </ul>

      <h4>{t('dossier.specs')}</h4>
      <p className="dossier-chip__yardstick" data-testid="dossier-yardstick">{t('dossier.yardstickNote', { tflops: rules.constants.yardstickTflops.toLocaleString('en'), memory: rules.constants.yardstickMemoryGb, bandwidth: rules.constants.yardstickBandwidthTBs, link: rules.constants.yardstickInterconnectGBs })}</p>
      <div className="dossier-table-wrap">
        <table className="dossier-table" data-testid="dossier-specs">
          <caption className="visually-hidden">{t('dossier.specsCaption', { chip: row?.name ?? chip.id })}</caption>
          <TableHead columns={[{ label: t('dossier.col.figure') }, { label: t('dossier.col.claimed'), num: true }, { label: t('dossier.col.confirmed'), num: true }, { label: t('dossier.col.vsH800'), num: true }, { label: t('dossier.col.h800'), num: true }, { label: t('dossier.col.h100'), num: true }]} />
          <tbody>
            {lines.map((line) => (
              <tr key={line.key}>
                <th scope="row">
                  {L.spec[line.key]} <span className="dossier-table__unit">{L.unit[line.key]}</span>
                </th>
                <td className="num">{formatSpec(line.key, line.claimed)}</td>
                <td className="num">
                  {line.confirmed === null ? (
                    <span className="dossier-table__unknown">{t('dossier.unknown')}</span>
                  ) : (
                    <>
                      {formatSpec(line.key, line.confirmed)}
                      {line.gap !== null && Math.abs(line.gap) >= 0.005 && <span className={`dossier-table__gap ${line.gap < 0 ? 'neg' : 'pos'}`}>{t('dossier.gap', { pct: `${line.gap > 0 ? '+' : '−'}${Math.round(Math.abs(line.gap) * 100)}` })}</span>}
                    </>
                  )}
                </td>
                <td className="num">
                  {line.vsH800 === null ? '—' : t('dossier.vsH800', { ratio: formatRatio(line.vsH800) })}
                  {line.confirmed === null && line.vsH800 !== null && <span className="dossier__claimed-mark">{t('dossier.claimedMark')}</span>}
                </td>
                <td className="num">{line.h800 === null ? '—' : formatSpec(line.key, line.h800)}</td>
                <td className="num">{line.h100 === null ? '—' : formatSpec(line.key, line.h100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="dossier-note">{t('dossier.source', { how: L.how[how] })}</p>

      <h4>{t('dossier.comparison')}</h4>
      <SpecBars lines={lines} L={L} />

      <h4>{t('dossier.useAndReadiness')}</h4>
      <table className="dossier-table" data-testid="dossier-readiness">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('dossier.col.claimed')}</th>
            <th scope="col">{t('dossier.col.confirmed')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('dossier.workloadsLabel')}</th>
            <td>{L.workloads[chip.claimedWorkloads]}</td>
            <td>{chip.known === null ? <span className="dossier-table__unknown">{t('dossier.unknown')}</span> : L.workloads[chip.known.workloads]}</td>
          </tr>
          <tr>
            <th scope="row">{t('dossier.readinessLabel')}</th>
            <td>{L.readiness[chip.claimedReadiness]}</td>
            <td>{chip.known === null ? <span className="dossier-table__unknown">{t('dossier.unknown')}</span> : L.readiness[chip.known.readiness]}</td>
          </tr>
        </tbody>
      </table>

      <h4>{t('dossier.sources')}</h4>
      {sources.length === 0 ? (
        <p className="dossier-note">{t('dossier.noSources')}</p>
      ) : (
        <ol className="dossier-sources">
          {sources.map((s, i) => (
            <li key={i}>
              <cite>{s.title}</cite> — {s.publisher}, {s.date}
              {s.url !== null && <span className="dossier-sources__url">{s.url}</span>}
            </li>
          ))}
        </ol>
      )}
    </article>
  )
}

function questionText(t: T, q: OpenQuestion): string {
  if (q.id === 'performance') return t('dossier.question.performance')
  if (q.id === 'workloads') return t('dossier.question.workloads')
  return t('dossier.question.readiness')
}

/** The answer: confirmed (and how), or "unknown — claimed X". */
function answerText(t: T, q: OpenQuestion, L: ReturnType<typeof labels>): string {
  let claim: string
  let truth: string | null
  let same: boolean
  if (q.id === 'performance') {
    claim = q.claimedRatio === null ? t('dossier.unknown') : t('dossier.vsH800', { ratio: formatRatio(q.claimedRatio) })
    truth = q.confirmedRatio === null ? null : t('dossier.vsH800', { ratio: formatRatio(q.confirmedRatio) })
    same = truth === claim
  } else if (q.id === 'workloads') {
    claim = q.claimedWorkloads === null ? t('dossier.unknown') : L.workloadsPhrase[q.claimedWorkloads]
    truth = q.confirmedWorkloads === null ? null : L.workloads[q.confirmedWorkloads]
    same = q.claimedWorkloads === q.confirmedWorkloads
  } else {
    claim = q.claimedReadiness === null ? t('dossier.unknown') : L.readinessPhrase[q.claimedReadiness]
    truth = q.confirmedReadiness === null ? null : L.readiness[q.confirmedReadiness]
    same = q.claimedReadiness === q.confirmedReadiness
  }
  if (!q.answered || truth === null) return t('dossier.answer.open', { claim })
  if (same) return t('dossier.answer.confirmed', { answer: truth, how: L.howPhrase[q.how] })
  return t('dossier.answer.contradicted', { answer: truth, how: L.howPhrase[q.how], claim })
}

/** The bar comparison: for each figure, the chip's claim and truth against the H800 and H100. */
function SpecBars({ lines, L }: { lines: SpecLine[]; L: ReturnType<typeof labels> }): React.JSX.Element {
  const { t } = useTranslation()
  const bar = (kind: string, share: number | null, label: string, value: number | null, key: SpecKey): React.ReactNode =>
    share === null || value === null ? null : (
      <div className={`dossier-bars__row dossier-bars__row--${kind}`}>
        <span className="dossier-bars__who">{label}</span>
        <span className="dossier-bars__track">
          <span className="dossier-bars__fill" style={{ width: `${Math.max(0.5, share * 100)}%` }} />
        </span>
        <span className="dossier-bars__value">{formatSpec(key, value)}</span>
      </div>
    )
  return (
    <div className="dossier-bars" aria-hidden="true">
      <div className="dossier-bars__legend">
        <span className="dossier-bars__key dossier-bars__key--claimed">{t('dossier.col.claimed')}</span>
        <span className="dossier-bars__key dossier-bars__key--confirmed">{t('dossier.col.confirmed')}</span>
        <span className="dossier-bars__key dossier-bars__key--h800">{t('dossier.col.h800')}</span>
        <span className="dossier-bars__key dossier-bars__key--h100">{t('dossier.col.h100')}</span>
      </div>
      {lines.map((line) => {
        const bars = specBars(line)
        return (
          <div key={line.key} className="dossier-bars__group">
            <span className="dossier-bars__label">
              {L.spec[line.key]} <span className="dossier-table__unit">{L.unit[line.key]}</span>
            </span>
            {bar('claimed', bars.claimed, t('dossier.col.claimed'), line.claimed, line.key)}
            {bar('confirmed', bars.confirmed, t('dossier.col.confirmed'), line.confirmed, line.key)}
            {bar('h800', bars.h800, t('dossier.col.h800'), line.h800, line.key)}
            {bar('h100', bars.h100, t('dossier.col.h100'), line.h100, line.key)}
          </div>
        )
      })}
    </div>
  )
}
