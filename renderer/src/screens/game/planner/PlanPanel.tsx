/**
 * The quarter's plan: pending event decisions to answer, the orders given so far (each with
 * the host's verdict, editable, removable and reorderable until the turn ends), the budget
 * left, and "Add an order" opening a menu of every order kind the seat may give now.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isLocked, type PlanOrder } from '../../../session/session-store'
import { useSessionStore, useSession } from '../../../session/SessionContext'
import { Button } from '../../../ui/Button'
import { IconButton } from '../../../ui/IconButton'
import { formatBn, formatNumber } from '../format'
import type { LegalOrder } from '../game-types'
import { text } from '../report-lines'
import { OrderForm } from './OrderForm'
import { defaultDraft, groupOrders, optionLabel, orderName, orderSummary, type Draft, type PlanContext } from './order-forms'
import './planner.css'

interface Props {
  ctx: PlanContext
  open: boolean
  onToggle(): void
}

const NO_ORDERS: LegalOrder[] = []

type Editing = { legal: LegalOrder; draft: Draft; index: number | null }

/** The followed seat's plan, legal orders and lock come from the session store; every change goes through `setPlan`. */
export function PlanPanel({ ctx, open, onToggle }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const session = useSessionStore()
  const legal = useSession((s) => s.seat?.legal ?? NO_ORDERS)
  const planSlice = useSession((s) => s.plan)
  const locked = useSession(isLocked)
  const plan = { ...planSlice, setOrders: (next: PlanOrder[]) => session.setPlan(next) }
  const [picking, setPicking] = useState(false)
  const [editing, setEditing] = useState<Editing | null>(null)
  const byKind = useMemo(() => new Map<string, LegalOrder>(legal.map((o) => [o.kind, o])), [legal])
  const editIndex = editing?.index ?? null
  const rest = useMemo(() => (editIndex === null ? plan.orders : plan.orders.filter((_, i) => i !== editIndex)), [plan.orders, editIndex])
  const groups = useMemo(() => groupOrders(legal), [legal])
  const budget = plan.budget
  const apLeft = budget === null ? null : budget.available.actionPoints - budget.committed.actionPoints

  const save = (order: Draft): void => {
    if (editing === null) return
    const next = [...plan.orders]
    if (editing.index === null) next.push(order)
    else next[editing.index] = order
    plan.setOrders(next)
    setEditing(null)
    setPicking(false)
  }
  const move = (index: number, by: number): void => {
    const next = [...plan.orders]
    const [item] = next.splice(index, 1)
    if (item === undefined) return
    next.splice(index + by, 0, item)
    plan.setOrders(next)
  }
  const answer = (decision: string, choice: string): void => {
    const rest = plan.orders.filter((o) => !(o.kind === 'choose-event-option' && o.decision === decision))
    plan.setOrders([{ kind: 'choose-event-option', decision, choice }, ...rest])
  }

  const summaryLabel = t('planner.summary', { count: plan.orders.length, ap: apLeft ?? '…' })
  return (
    <aside className={`planner ui-panel${open ? ' planner--open' : ''}`} aria-label={t('planner.title')} data-testid="planner">
      <button type="button" className="planner__toggle" aria-expanded={open} onClick={onToggle} data-testid="planner-toggle">
        <span className="planner__toggle-title">{t('planner.title')}</span>
        <span className="planner__toggle-summary">{summaryLabel}</span>
        <span aria-hidden="true">{open ? '▾' : '▴'}</span>
      </button>
      {open && (
        <div className="planner__body">
          {budget !== null && (
            <dl className="planner__budget" data-testid="planner-budget">
              <div>
                <dt>{t('planner.budget.ap')}</dt>
                <dd>
                  {budget.committed.actionPoints} / {budget.available.actionPoints}
                </dd>
              </div>
              <div>
                <dt>{t('planner.budget.cash')}</dt>
                <dd>
                  {formatBn(budget.committed.cashBn)} / {formatBn(budget.available.cashBn)}
                </dd>
              </div>
              <div>
                <dt>{t('planner.budget.pc')}</dt>
                <dd>
                  {formatNumber(budget.committed.politicalCapital, false, 1)} / {formatNumber(budget.available.politicalCapital, false, 1)}
                </dd>
              </div>
            </dl>
          )}
          {ctx.view.decisions.length > 0 && (
            <section className="planner__decisions" aria-label={t('planner.decisions.title')}>
              <h3>{t('planner.decisions.title')}</h3>
              {ctx.view.decisions.map((d) => {
                const event = ctx.rules.events[d.event]
                const chosen = plan.orders.find((o) => o.kind === 'choose-event-option' && o.decision === d.id)?.choice
                return (
                  <div key={d.id} className="planner__decision" data-testid="decision" data-decision={d.id}>
                    <p className="planner__decision-name">{text(ctx.texts, event?.name, d.event)}</p>
                    {event?.description !== undefined && <p className="planner__decision-text">{text(ctx.texts, event.description, '')}</p>}
                    <div className="planner__choices" role="group" aria-label={t('planner.decisions.choose')}>
                      {d.choices.map((c) => (
                        <Button key={c} variant={chosen === c ? 'primary' : 'secondary'} aria-pressed={chosen === c} disabled={locked} onClick={() => answer(d.id, c)}>
                          {optionLabel('choose-event-option', 'choice', c, ctx)}
                        </Button>
                      ))}
                    </div>
                    <p className="planner__decision-due">{chosen === undefined ? t('planner.decisions.default') : t('planner.decisions.chosen')}</p>
                  </div>
                )
              })}
            </section>
          )}
          <ol className="planner__list" aria-label={t('planner.listLabel')}>
            {plan.orders.length === 0 && <li className="planner__empty">{t('planner.empty')}</li>}
            {plan.orders.map((order, index) => {
              const check = plan.checks?.[index]
              const name = orderName(order.kind, ctx.texts)
              return (
                <li key={index} className={`planner__item${check !== undefined && !check.ok ? ' planner__item--refused' : ''}`} data-testid="plan-item" data-kind={order.kind}>
                  <div className="planner__item-main">
                    <span className="planner__item-name">{name}</span>
                    <span className="planner__item-params">
                      {orderSummary(order, byKind.get(order.kind), ctx)
                        .map((p) => p.value)
                        .join(' · ')}
                    </span>
                    {check !== undefined && (
                      <span className="planner__item-verdict" role={check.ok ? undefined : 'alert'}>
                        {check.ok ? t('planner.itemCost', { ap: check.cost.actionPoints, cash: formatBn(check.cost.cashBn) }) : check.refusal.message}
                      </span>
                    )}
                  </div>
                  <div className="planner__item-actions">
                    <IconButton label={t('planner.moveUp', { order: name })} icon="↑" disabled={locked || index === 0} onClick={() => move(index, -1)} />
                    <IconButton label={t('planner.moveDown', { order: name })} icon="↓" disabled={locked || index === plan.orders.length - 1} onClick={() => move(index, 1)} />
                    <IconButton
                      label={t('planner.edit', { order: name })}
                      icon="✎"
                      disabled={locked || byKind.get(order.kind) === undefined}
                      onClick={() => {
                        const l = byKind.get(order.kind)
                        if (l !== undefined) setEditing({ legal: l, draft: order, index })
                      }}
                    />
                    <IconButton label={t('planner.remove', { order: name })} icon="×" disabled={locked} onClick={() => plan.setOrders(plan.orders.filter((_, i) => i !== index))} />
                  </div>
                </li>
              )
            })}
          </ol>
          {plan.error !== null && (
            <p className="planner__error" role="alert">
              {plan.error}
            </p>
          )}
          {!picking ? (
            <Button variant="primary" className="planner__add" disabled={locked || legal.length === 0} onClick={() => setPicking(true)} data-testid="planner-add">
              {t('planner.add')}
            </Button>
          ) : (
            <section className="planner__picker" aria-label={t('planner.pickerTitle')} data-testid="order-picker">
              <header className="planner__picker-header">
                <h3>{t('planner.pickerTitle')}</h3>
                <IconButton label={t('planner.closePicker')} icon="×" onClick={() => setPicking(false)} />
              </header>
              {groups.map((group) => (
                <div key={group.id} className="planner__group">
                  <h4>{t(`planner.group.${group.id}`)}</h4>
                  <ul>
                    {group.orders.map((o) => (
                      <li key={o.kind}>
                        <button type="button" className="planner__kind" data-kind={o.kind} title={ctx.texts[`order.${o.kind}.description`]} onClick={() => setEditing({ legal: o, draft: defaultDraft(o, ctx), index: null })}>
                          <span className="planner__kind-name">{orderName(o.kind, ctx.texts)}</span>
                          <span className="planner__kind-cost">
                            {[
                              o.actionPoints > 0 ? t('game.orders.ap', { count: o.actionPoints }) : null,
                              o.cashBn > 0 ? formatBn(o.cashBn) : null,
                              o.politicalCapital > 0 ? t('game.orders.pc', { count: o.politicalCapital }) : null,
                            ]
                              .filter((x) => x !== null)
                              .join(' · ') || t('game.orders.free')}
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          )}
        </div>
      )}
      {editing !== null && (
        <OrderForm
          legal={editing.legal}
          initial={editing.draft}
          plan={rest}
          ctx={ctx}
          editing={editing.index !== null}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
    </aside>
  )
}
