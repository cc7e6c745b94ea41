/** A read-only list of the orders open to the seat this quarter, named from the game texts, with their costs (the planner comes later). */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LegalOrder } from './game-types'
import { formatBn } from './format'

export function OrdersList({ orders, texts }: { orders: LegalOrder[]; texts: Record<string, string> }): React.JSX.Element | null {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const listId = useId()
  if (orders.length === 0) return null
  return (
    <aside className="game-orders ui-panel" aria-label={t('game.orders.title')} data-testid="orders-list">
      <button type="button" className="game-orders__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        {t('game.orders.title')} ({orders.length})
      </button>
      {open && (
        <ul id={listId} className="game-orders__list">
          {orders.map((order) => (
            <li key={order.kind} className="game-orders__item">
              <span className="game-orders__kind" title={texts[`order.${order.kind}.description`]}>
                {texts[`order.${order.kind}.name`] ?? order.kind}
              </span>
              <span className="game-orders__cost">
                {[
                  order.actionPoints > 0 ? t('game.orders.ap', { count: order.actionPoints }) : null,
                  order.cashBn > 0 ? formatBn(order.cashBn) : null,
                  order.politicalCapital > 0 ? t('game.orders.pc', { count: order.politicalCapital }) : null,
                ]
                  .filter((x) => x !== null)
                  .join(' · ') || t('game.orders.free')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  )
}
