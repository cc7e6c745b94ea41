/**
 * The seat's plan for the quarter, kept on the host: every change is sent with `submitOrders`
 * (so a reload or a hand-off loses nothing) and checked with `previewPlan` (each order in
 * sequence with a running budget, as the quarter will check them).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CallResponse, GameApi } from '../../../../../app/protocol/contract'
import type { Draft } from './order-forms'

/** What previewPlan answers. */
export type PlanPreview = CallResponse<'previewPlan'>
/** One order's check. */
export type PlanCheck = PlanPreview['checks'][number]

export interface PlanState {
  orders: Draft[]
  /** The host's check of each order (same indexes), null until the first answer. */
  checks: PlanCheck[] | null
  budget: PlanPreview['budget'] | null
  /** The host refused the whole request (e.g. the turn has ended). */
  error: string | null
  /** Replaces the plan (add, edit, remove, reorder all go through here). */
  setOrders(next: Draft[]): void
}

/** Follows the seat's plan; `epoch` changes when a new quarter starts (the host clears plans then). */
export function usePlan(api: GameApi, seat: string, epoch: number, locked: boolean): PlanState {
  const [orders, setOrdersState] = useState<Draft[]>([])
  const [checks, setChecks] = useState<PlanCheck[] | null>(null)
  const [budget, setBudget] = useState<PlanPreview['budget'] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const sequence = useRef(0)

  const check = useCallback(
    async (next: Draft[], submit: boolean) => {
      const ticket = ++sequence.current
      if (submit) {
        const sent = await api.submitOrders({ seat, orders: next })
        if (!sent.ok) {
          if (ticket === sequence.current) setError(sent.message)
          return
        }
      }
      const preview = await api.previewPlan({ seat, orders: next })
      if (ticket !== sequence.current) return
      if (!preview.ok) {
        setError(preview.message)
        return
      }
      setError(null)
      setChecks(preview.value.checks)
      setBudget(preview.value.budget)
    },
    [api, seat],
  )

  // A new quarter (or a new seat): load the plan the host holds.
  useEffect(() => {
    let live = true
    void (async () => {
      const plan = await api.getPlan({ seat })
      if (!live) return
      const loaded = plan.ok ? (plan.value as Draft[]) : []
      setOrdersState(loaded)
      await check(loaded, false)
    })()
    return () => {
      live = false
    }
  }, [api, seat, epoch, check])

  const setOrders = useCallback(
    (next: Draft[]) => {
      if (locked) return
      setOrdersState(next)
      void check(next, true)
    },
    [check, locked],
  )

  return { orders, checks, budget, error, setOrders }
}
