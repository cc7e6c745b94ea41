/**
 * Wires the contract onto Electron's ipcMain: one `handle` per call, each checking that
 * the message comes from our own page's main frame before dispatching to the host.
 * Takes ipcMain as a parameter so tests can pass a fake.
 */
import { CALL_NAMES, channelFor, fail } from '../protocol'
import type { CallResult } from '../protocol'
import { dispatchCall, type CallHandlers } from '../host'

/** The part of an IPC event we look at to trust a sender. */
export interface IpcSenderEvent {
  senderFrame: { url: string; parent: unknown } | null
}

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
  handlers: CallHandlers,
  allowedOrigins: readonly string[] = [APP_ORIGIN],
): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelFor(name), (event, payload): Promise<CallResult<unknown>> => {
      if (!isTrustedSender(event, allowedOrigins)) {
        return Promise.resolve(
          fail('ipc/untrusted_sender', `${name}: refused a message from an unexpected frame.`),
        )
      }
      return dispatchCall(handlers, name, payload)
    })
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(channelFor(name))
  }
}
