/**
 * One order's form, built from its legal parameter ranges: selects for ids and choices,
 * checkboxes for sets and switches, number fields with their ranges and units, a spec sheet
 * for chip specs. While the player edits, the host checks the order on top of the plan and
 * forecasts the quarter with and without it; the engine's refusal is shown on its field
 * before anything is submitted.
 */
import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanPreview } from '../../../session/session-store'
import { useSessionStore } from '../../../session/SessionContext'
import { Button } from '../../../ui/Button'
import { Dialog } from '../../../ui/Dialog'
import { NumberField } from '../../../ui/NumberField'
import { formatBn, formatNumber } from '../format'
import type { LegalOrder } from '../game-types'
import { changeParam, isOptional, numberDisplay, optionLabel, optionsFor, orderName, type Draft, type ParamSpec, type PlanContext } from './order-forms'
import { TableHead } from '../../../ui/TableHead'

interface Props {
  legal: LegalOrder
  /** The order being edited, or a new draft. */
  initial: Draft
  /** The rest of the plan (without the order being edited). */
  plan: Draft[]
  ctx: PlanContext
  editing: boolean
  onSave(order: Draft): void
  onCancel(): void
}

export function OrderForm({ legal, initial, plan, ctx, editing, onSave, onCancel }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const session = useSessionStore()
  const [draft, setDraft] = useState<Draft>(initial)
  const [preview, setPreview] = useState<PlanPreview | null>(null)
  const [checking, setChecking] = useState(true)

  // Ask the host to check and forecast the draft, a moment after the last change.
  useEffect(() => {
    let live = true
    setChecking(true)
    const timer = window.setTimeout(() => {
      void session.previewDraft(plan, draft).then((result) => {
        if (!live) return
        setChecking(false)
        if (result.ok) setPreview(result.value)
      })
    }, 150)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [session, plan, draft])

  const check = preview?.draft ?? null
  const refusal = check !== null && !check.ok ? check.refusal : null
  const badParam = refusal !== null && typeof refusal.path[0] === 'string' ? refusal.path[0] : null
  const set = (param: string, value: unknown): void => setDraft((d) => changeParam(legal, d, param, value, ctx))
  const name = orderName(legal.kind, ctx.texts)
  const description = ctx.texts[`order.${legal.kind}.description`]

  return (
    <Dialog
      open
      title={editing ? t('planner.form.editTitle', { order: name }) : name}
      onClose={onCancel}
      footer={
        <>
          <Button variant="ghost" onClick={onCancel}>
            {t('planner.form.cancel')}
          </Button>
          <Button variant="primary" disabled={checking || check === null || !check.ok} onClick={() => onSave(draft)} data-testid="order-form-save">
            {editing ? t('planner.form.save') : t('planner.form.add')}
          </Button>
        </>
      }
    >
      <div className="planner-form" data-testid="order-form" data-kind={legal.kind}>
        {description !== undefined && <p className="planner-form__description">{description}</p>}
        <div className="planner-form__fields">
          {Object.entries(legal.params).map(([param, spec]) => (
            <ParamField key={param} kind={legal.kind} param={param} spec={spec} draft={draft} ctx={ctx} invalid={badParam === param ? (refusal?.message ?? null) : null} onChange={(v) => set(param, v)} />
          ))}
          {Object.keys(legal.params).length === 0 && <p className="planner-form__none">{t('planner.form.noParams')}</p>}
        </div>
        <PreviewBox preview={preview} checking={checking} generalError={refusal !== null && badParam === null ? refusal.message : null} />
      </div>
    </Dialog>
  )
}

interface FieldProps {
  kind: string
  param: string
  spec: ParamSpec
  draft: Draft
  ctx: PlanContext
  invalid: string | null
  onChange(value: unknown): void
}

function ParamField({ kind, param, spec, draft, ctx, invalid, onChange }: FieldProps): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  const label = t(`planner.param.${param}`, { defaultValue: param })
  const help = t(`planner.help.${param}`, { defaultValue: '' })
  const value = draft[param]
  const error = invalid !== null && (
    <p id={`${id}-error`} className="ui-field__error" role="alert">
      {invalid}
    </p>
  )
  switch (spec.type) {
    case 'id':
    case 'enum': {
      const options = optionsFor(kind, param, spec, draft, ctx)
      return (
        <div className={`ui-field${invalid !== null ? ' ui-field--invalid' : ''}`} data-param={param}>
          <label htmlFor={id} className="ui-field__label">
            {label}
          </label>
          <select id={id} className="ui-input ui-select" value={typeof value === 'string' ? value : ''} aria-invalid={invalid !== null} aria-describedby={invalid !== null ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
            {isOptional(kind, param) && <option value="">{t('planner.form.none')}</option>}
            {options.map((o) => (
              <option key={o} value={o}>
                {optionLabel(kind, param, o, ctx)}
              </option>
            ))}
          </select>
          {help !== '' && <p className="ui-field__help">{help}</p>}
          {error}
        </div>
      )
    }
    case 'ids': {
      const chosen = Array.isArray(value) ? (value as string[]) : []
      return (
        <fieldset className="ui-fieldset planner-form__set" data-param={param} aria-invalid={invalid !== null}>
          <legend>{label}</legend>
          <div className="planner-form__checks">
            {spec.options.map((o) => (
              <label key={o} className="ui-choice">
                <input type="checkbox" checked={chosen.includes(o)} onChange={(e) => onChange(e.target.checked ? [...chosen, o] : chosen.filter((c) => c !== o))} />
                {optionLabel(kind, param, o, ctx)}
              </label>
            ))}
          </div>
          {help !== '' && <p className="ui-field__help">{help}</p>}
          {error}
        </fieldset>
      )
    }
    case 'boolean':
      return (
        <div className="ui-field" data-param={param}>
          <label className="ui-choice">
            <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
            {label}
          </label>
          {help !== '' && <p className="ui-field__help">{help}</p>}
          {error}
        </div>
      )
    case 'number': {
      const display = numberDisplay(param, spec)
      const shown = typeof value === 'number' ? Math.round(value * display.scale * 1000) / 1000 : spec.min * display.scale
      return (
        <div data-param={param}>
          <NumberField
            label={label}
            value={shown}
            min={spec.min * display.scale}
            max={spec.max * display.scale}
            step={display.step}
            unit={display.unit}
            {...(help !== '' ? { help } : {})}
            onChange={(v) => onChange(v / display.scale)}
          />
          {error}
        </div>
      )
    }
    case 'specs': {
      const specs = (value ?? {}) as Record<string, number>
      return (
        <fieldset className="ui-fieldset planner-form__specs" data-param={param}>
          <legend>{label}</legend>
          <div className="planner-form__spec-grid">
            {Object.entries(spec.max).map(([key, max]) => (
              <NumberField key={key} label={t(`planner.spec.${key}`, { defaultValue: key })} value={specs[key] ?? 0} min={0} max={max} step={0.1} unit={numberDisplay(key).unit} onChange={(v) => onChange({ ...specs, [key]: v })} />
            ))}
          </div>
          {help !== '' && <p className="ui-field__help">{help}</p>}
          <NodeBound spec={spec} node={typeof draft.node === 'string' ? draft.node : null} budget={typeof draft.budgetBnPerQuarter === 'number' ? draft.budgetBnPerQuarter : null} />
          {error}
        </fieldset>
      )
    }
  }
}

/** What the chosen node allows a design (issue 16): the feasible range and the pace a budget buys. */
function NodeBound({ spec, node, budget }: { spec: Extract<ParamSpec, { type: 'specs' }>; node: string | null; budget: number | null }): React.JSX.Element | null {
  const { t } = useTranslation()
  const bound = node === null ? undefined : spec.byNode?.[node]
  if (bound === undefined) return null
  const full = bound.fullPaceBnPerQuarter ?? 0
  const pace = budget === null || budget <= 0 ? 0 : full <= 0 ? 1 : Math.min(1, budget / full)
  return (
    <p className="ui-field__help" data-testid="design-bound">
      {t('planner.designBound', { tflops: (bound.bf16Tflops ?? 0).toLocaleString('en'), perDie: (bound.perDieBf16Tflops ?? 0).toLocaleString('en'), bandwidth: bound.memoryBandwidthTBs ?? 0, full: full.toFixed(3) })}{' '}
      {pace <= 0 ? t('planner.designPaceNone') : t('planner.designPace', { pct: Math.round(pace * 100) })}
    </p>
  )
}

/** The forecast rows: label key, value getter, formatter. */
const ROWS: { key: string; get(f: PlanPreview['forecast']['after']): number; format(v: number, signed?: boolean): string }[] = [
  { key: 'cash', get: (f) => f.cashBn, format: (v, s) => formatBn(v, s) },
  { key: 'revenue', get: (f) => f.revenueBn, format: (v, s) => formatBn(v, s) },
  { key: 'compute', get: (f) => f.computeH100e, format: (v, s) => formatNumber(v, s, 0) },
  { key: 'vp', get: (f) => f.vpGained, format: (v, s) => formatNumber(v, s, 2) },
  { key: 'tension', get: (f) => f.tension, format: (v, s) => formatNumber(v, s, 0) },
  { key: 'reputation', get: (f) => f.reputation, format: (v, s) => formatNumber(v, s, 2) },
  { key: 'politicalCapital', get: (f) => f.politicalCapital, format: (v, s) => formatNumber(v, s, 1) },
  { key: 'capability', get: (f) => f.capability, format: (v, s) => formatNumber(v, s, 2) },
  { key: 'produced', get: (f) => f.producedUnits, format: (v, s) => formatNumber(v, s, 0) },
  { key: 'bought', get: (f) => f.boughtUnits, format: (v, s) => formatNumber(v, s, 0) },
]

function PreviewBox({ preview, checking, generalError }: { preview: PlanPreview | null; checking: boolean; generalError: string | null }): React.JSX.Element {
  const { t } = useTranslation()
  const check = preview?.draft ?? null
  const cost = check?.ok === true ? check.cost : null
  const budget = preview?.budget
  return (
    <section className="planner-preview" aria-label={t('planner.preview.title')} aria-busy={checking} data-testid="order-preview">
      <h3 className="planner-preview__title">{t('planner.preview.title')}</h3>
      <p role="status" className={`planner-preview__verdict${check !== null && !check.ok ? ' planner-preview__verdict--refused' : ''}`} data-testid="order-verdict">
        {check === null ? t('planner.preview.checking') : check.ok ? t('planner.preview.ok') : t('planner.preview.refused', { message: generalError ?? check.refusal.message })}
      </p>
      {cost !== null && budget !== undefined && (
        <p className="planner-preview__cost">
          {t('planner.preview.cost', {
            ap: cost.actionPoints,
            cash: formatBn(cost.cashBn),
            pc: formatNumber(cost.politicalCapital, false, 1),
            apLeft: budget.available.actionPoints - budget.committed.actionPoints,
            cashLeft: formatBn(budget.available.cashBn - budget.committed.cashBn),
          })}
        </p>
      )}
      {preview !== null && (
        <table className="planner-preview__table">
          <caption className="visually-hidden">{t('planner.preview.caption')}</caption>
          <TableHead columns={[{ label: t('planner.preview.figure') }, { label: t('planner.preview.without'), num: true }, { label: t('planner.preview.with'), num: true }, { label: t('planner.preview.change'), num: true }]} />
          <tbody>
            {ROWS.map((row) => {
              const before = row.get(preview.forecast.before)
              const after = row.get(preview.forecast.after)
              const delta = after - before
              // Moved when the change shows at the row's precision.
              const moved = Math.abs(delta) > 1e-9 && row.format(Math.abs(delta)) !== row.format(0)
              return (
                <tr key={row.key} className={moved ? 'planner-preview__moved' : undefined}>
                  <th scope="row">{t(`planner.preview.row.${row.key}`)}</th>
                  <td className="num">{row.format(before)}</td>
                  <td className="num">{row.format(after)}</td>
                  <td className={`num ${delta > 0 ? 'pos' : delta < 0 ? 'neg' : ''}`}>{moved ? row.format(delta, true) : '—'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {preview !== null && preview.forecast.after.refused.length > 0 && (
        <ul className="planner-preview__warnings">
          {preview.forecast.after.refused.map((r, i) => (
            <li key={i}>{t('planner.preview.forecastRefused', { message: r.message })}</li>
          ))}
        </ul>
      )}
      {preview !== null && (
        <p className="planner-preview__assumes">
          {t('planner.preview.assumes')} {preview.assumptions.map((a) => t(`planner.assume.${a.split('.').pop() ?? a}`, { defaultValue: a })).join(' ')}
        </p>
      )}
    </section>
  )
}
