/**
 * The preload: exposes exactly the contract's calls as `window.game`, frozen. No raw
 * ipcRenderer, no event emitters, nothing else reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { CALL_NAMES, channelFor } from '../protocol/call-names'

const api: Record<string, (request: unknown) => Promise<unknown>> = {}
for (const name of CALL_NAMES) {
  const channel = channelFor(name)
  api[name] = (request: unknown) => ipcRenderer.invoke(channel, request)
}

contextBridge.exposeInMainWorld('game', Object.freeze(api))
