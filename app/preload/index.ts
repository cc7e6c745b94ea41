/**
 * The preload: exposes exactly the contract's calls as `window.game`, frozen, plus `on`
 * for the contract's events. No raw ipcRenderer, no IPC event objects, nothing else
 * reaches the page: a listener receives the payload only.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { CALL_NAMES, EVENT_NAMES, channelFor, eventChannelFor, type EventName } from '../protocol/call-names'

const api: Record<string, unknown> = {}
for (const name of CALL_NAMES) {
  const channel = channelFor(name)
  api[name] = (request: unknown) => ipcRenderer.invoke(channel, request)
}

api.on = (event: unknown, listener: unknown): (() => void) => {
  if (!(EVENT_NAMES as readonly unknown[]).includes(event) || typeof listener !== 'function') {
    throw new TypeError('game.on(event, listener): unknown event or listener is not a function')
  }
  const channel = eventChannelFor(event as EventName)
  const forward = (_event: unknown, payload: unknown): void => void (listener as (payload: unknown) => void)(payload)
  ipcRenderer.on(channel, forward)
  return () => void ipcRenderer.removeListener(channel, forward)
}

contextBridge.exposeInMainWorld('game', Object.freeze(api))
