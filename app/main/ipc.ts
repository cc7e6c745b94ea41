/**
 * Wires the contract onto Electron's ipcMain: one `handle` per call, each checking that
 * the message comes from our own page's main frame before dispatching to the host.
 * Takes ipcMain as a parameter so tests can pass a fake.
 */
import { CALL_NAMES, channelFor, eventChannelFor, fail } from '../protocol'
import type { CallResult } from '../protocol'
import { dispatchCall, type CallHandlers, type Connection, type EventSender } from '../host'

/** The web contents that sent a message: where its events go back to. */
export interface IpcSender {
  id: number
  send(channel: string, payload: unknown): void
  isDestroyed(): boolean
  once(event: 'destroyed', listener: () => void): unknown
}

/** The part of an IPC event we look at to trust a sender and answer it. */
export interface IpcSenderEvent {
  senderFrame: { url: string; parent: unknown } | null
  sender?: IpcSender
}

/** Handlers, and (for a GameHost) the connection registry that routes events to windows. */
export type IpcHost = CallHandlers & { connect?: (send: EventSender) => Connection; disconnect?: (connection: Connection) => void }

/** The part of Electron's ipcMain we use. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, payload: unknown) => unknown): void
  removeHandler(channel: string): void
}

/** The page origin renderer messages must come from. */
export const APP_ORIGIN = 'app://silicon-curtain'

/** Whether an IPC message comes from our page's top frame (not an iframe or another site). */
export function isTrustedSender(event: IpcSenderEvent, allowedOrigins: readonly string[]): boolean {
  const frame = event.senderFrame
  if (frame === null || frame.parent !== null) return false
  let origin: string
  try {
    const url = new URL(frame.url)
    origin = url.protocol === 'app:' ? `app://${url.host}` : url.origin
  } catch {
    return false
  }
  return allowedOrigins.includes(origin)
}

/** Registers every contract call on ipcMain; returns a function that removes them. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: IpcHost,
  allowedOrigins: readonly string[] = [APP_ORIGIN],
): () => void {
  // One connection per window (web contents): it acts for one seat and hears its events.
  const connections = new Map<number, Connection>()
  function connectionOf(sender: IpcSender | undefined): Connection | undefined {
    if (sender === undefined || handlers.connect === undefined) return undefined
    const known = connections.get(sender.id)
    if (known !== undefined) return known
    const send: EventSender = (event, payload) => {
      if (!sender.isDestroyed()) sender.send(eventChannelFor(event), payload)
    }
    const connection = handlers.connect(send)
    connections.set(sender.id, connection)
    sender.once('destroyed', () => {
      connections.delete(sender.id)
      handlers.disconnect?.(connection)
    })
    return connection
  }
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelFor(name), (event, payload): Promise<CallResult<unknown>> => {
      if (!isTrustedSender(event, allowedOrigins)) {
        return Promise.resolve(
          fail('ipc/untrusted_sender', `${name}: refused a message from an unexpected frame.`),
        )
      }
      return dispatchCall(handlers, name, payload, connectionOf(event.sender))
    })
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(channelFor(name))
  }
}
