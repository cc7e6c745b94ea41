/**
 * The GameApi over the web host's WebSocket: the same calls as Electron's preload, framed
 * as `{ id, call, payload }` → `{ id, result }`. A call never rejects: transport failures
 * come back as `{ ok: false, code: 'transport/…' }` like any other refusal.
 */
import { CALL_NAMES } from '../../../app/protocol/call-names'
import type { CallResult, EventName, GameApi, WireEvent, WireResponse } from '../../../app/protocol'

const CALL_TIMEOUT_MS = 30_000

/** Opens the socket and resolves to a GameApi once it is connected. */
export function connectWebSocketApi(wsUrl: string): Promise<GameApi> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl)
    const pending = new Map<number, (result: CallResult<unknown>) => void>()
    const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
    let nextId = 1

    socket.addEventListener('message', (event: MessageEvent) => {
      let message: WireResponse | WireEvent
      try {
        message = JSON.parse(String(event.data)) as WireResponse | WireEvent
      } catch {
        return
      }
      if ('event' in message) {
        for (const listener of listeners.get(message.event) ?? []) listener(message.payload)
        return
      }
      if (message.id === null) return
      const settle = pending.get(message.id)
      pending.delete(message.id)
      settle?.(message.result)
    })
    socket.addEventListener('close', () => {
      for (const settle of pending.values()) {
        settle({ ok: false, code: 'transport/closed', message: 'The connection to the game host closed.' })
      }
      pending.clear()
    })
    socket.addEventListener('error', () => reject(new Error(`Could not connect to ${wsUrl}`)), {
      once: true,
    })

    function call(name: string, payload: unknown): Promise<CallResult<unknown>> {
      if (socket.readyState !== WebSocket.OPEN) {
        return Promise.resolve({ ok: false, code: 'transport/closed', message: 'Not connected to the game host.' })
      }
      const id = nextId++
      return new Promise((settle) => {
        const timer = setTimeout(() => {
          pending.delete(id)
          settle({ ok: false, code: 'transport/timeout', message: `${name} got no answer in time.` })
        }, CALL_TIMEOUT_MS)
        pending.set(id, (result) => {
          clearTimeout(timer)
          settle(result)
        })
        socket.send(JSON.stringify({ id, call: name, payload }))
      })
    }

    socket.addEventListener(
      'open',
      () => {
        const api: Record<string, unknown> = {}
        for (const name of CALL_NAMES) api[name] = (payload: unknown) => call(name, payload)
        api.on = (name: EventName, listener: (payload: unknown) => void) => {
          const set = listeners.get(name) ?? new Set()
          listeners.set(name, set)
          set.add(listener)
          return () => void set.delete(listener)
        }
        resolve(Object.freeze(api) as unknown as GameApi)
      },
      { once: true },
    )
  })
}
