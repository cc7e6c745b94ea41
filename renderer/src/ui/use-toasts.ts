/** State for a list of notifications: push one, dismiss one, and expire them after a while. */
import { useCallback, useEffect, useRef, useState } from 'react'

export type ToastTone = 'info' | 'success' | 'warning' | 'danger'

export interface Toast {
  id: number
  message: string
  tone: ToastTone
}

export interface Toasts {
  toasts: readonly Toast[]
  push(message: string, tone?: ToastTone): void
  dismiss(id: number): void
}

/** Toasts that vanish after `lifetimeMs` (0 keeps them until dismissed). */
export function useToasts(lifetimeMs = 5000): Toasts {
  const [toasts, setToasts] = useState<Toast[]>([])
  const next = useRef(1)
  const timers = useRef(new Set<number>())

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), [])
  const push = useCallback(
    (message: string, tone: ToastTone = 'info') => {
      const id = next.current++
      setToasts((list) => [...list.slice(-4), { id, message, tone }])
      if (lifetimeMs > 0) {
        const timer = window.setTimeout(() => {
          timers.current.delete(timer)
          dismiss(id)
        }, lifetimeMs)
        timers.current.add(timer)
      }
    },
    [dismiss, lifetimeMs],
  )

  useEffect(() => {
    const pending = timers.current
    return () => pending.forEach((timer) => window.clearTimeout(timer))
  }, [])

  return { toasts, push, dismiss }
}
