/**
 * Picks the transport: Electron's preload (`window.game`) when present, otherwise the web
 * host's WebSocket on the page's own origin with the token from the URL fragment.
 */
import type { GameApi } from '../../../app/protocol'
import { WS_PATH } from '../../../app/protocol/wire'
import { connectWebSocketApi } from './web-socket-api'

/** Reads the per-launch token the web host put in the address (`#token=…`). */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  return params.get('token')
}

/** Connects to the game host the page was opened by. */
export async function connectGameApi(): Promise<GameApi> {
  if (window.game !== undefined) return window.game
  const token = tokenFromHash(window.location.hash)
  if (token === null) {
    throw new Error('This page was opened without its access token. Open the address that `npm start` printed.')
  }
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:'
  const url = `${scheme}//${window.location.host}${WS_PATH}?token=${encodeURIComponent(token)}`
  return connectWebSocketApi(url)
}
