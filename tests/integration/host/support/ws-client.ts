/** A test client for the web host: calls by name, records every event it hears. */
import WebSocket from 'ws'
import type { CallResult, WireEvent, WireResponse } from '../../../../app/protocol'

/** A connected test client. */
export interface TestClient {
  call(name: string, payload?: unknown): Promise<CallResult<unknown>>
  /** Calls and asserts success, answering the value. */
  value<T = unknown>(name: string, payload?: unknown): Promise<T>
  /** Every raw message received (responses and events), as text. */
  received: string[]
  events: WireEvent[]
  sendRaw(text: string): void
  close(): void
}

/** Opens a client on the web host's socket with its token. */
export function connectClient(port: number, token: string): Promise<TestClient> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${token}`)
    const pending = new Map<number, (r: CallResult<unknown>) => void>()
    const received: string[] = []
    const events: WireEvent[] = []
    let nextId = 1
    ws.on('message', (data) => {
      const text = String(data)
      received.push(text)
      const message = JSON.parse(text) as WireResponse | WireEvent
      if ('event' in message) events.push(message)
      else if (message.id !== null) {
        pending.get(message.id)?.(message.result)
        pending.delete(message.id)
      }
    })
    ws.once('error', reject)
    ws.once('open', () => {
      const call = (name: string, payload: unknown = {}): Promise<CallResult<unknown>> =>
        new Promise((settle) => {
          const id = nextId++
          pending.set(id, settle)
          ws.send(JSON.stringify({ id, call: name, payload }))
        })
      resolve({
        call,
        async value<T>(name: string, payload: unknown = {}): Promise<T> {
          const result = await call(name, payload)
          if (!result.ok) throw new Error(`${name} refused: ${result.code}: ${result.message}`)
          return result.value as T
        },
        received,
        events,
        sendRaw: (text) => ws.send(text),
        close: () => ws.close(),
      })
    })
  })
}
