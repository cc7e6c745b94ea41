/**
 * The web host: the same contract and session host as Electron's main process, carried
 * over a WebSocket on 127.0.0.1, serving the built renderer. `npm start` uses it when
 * Electron's binary is missing; browser tests and UI development use it too.
 *
 * Security: it binds to 127.0.0.1 only; a WebSocket upgrade needs the per-launch token
 * (random, 32 bytes) and, when a browser sends an Origin, the host's own origin, so no
 * other local page or process can drive a game.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { fail, WireRequestSchema, WS_PATH } from '../protocol'
import type { WireEvent, WireResponse } from '../protocol'
import type { Connection, EventSender } from './connection'
import { contentSecurityPolicy } from './content-security-policy'
import { dispatchCall, type CallHandlers } from './dispatch'
import { readStaticFile } from './static-files'

/** How to start a web host. */
export interface WebHostOptions {
  /** Folder with the built renderer (index.html and assets). */
  rendererDir: string
  /** The calls to serve: a GameHost (which also registers connections for events) or bare handlers. */
  handlers: CallHandlers & { connect?: (send: EventSender) => Connection; disconnect?: (connection: Connection) => void }
  /** 0 (default) picks a free port. */
  port?: number
  /** Defaults to a fresh random token. */
  token?: string
  /** Largest accepted message; larger ones close the socket with 1009. */
  maxPayloadBytes?: number
}

/** A running web host. */
export interface WebHost {
  /** The address to open, with the token in the fragment (never sent to the server). */
  url: string
  origin: string
  port: number
  token: string
  close(): Promise<void>
}

export const LOOPBACK = '127.0.0.1'
const DEFAULT_MAX_PAYLOAD = 1024 * 1024

function sameToken(given: string | null, expected: string): boolean {
  if (given === null) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.write(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  socket.destroy()
}

/** Starts the web host on 127.0.0.1 and resolves once it listens. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('hex')
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD,
  })
  let origin = ''
  let csp = ''

  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end()
        return
      }
      const file = await readStaticFile(options.rendererDir, req.url ?? '/')
      if (file === null) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
        return
      }
      res.writeHead(200, {
        'Content-Type': file.contentType,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      })
      res.end(req.method === 'HEAD' ? undefined : file.body)
    })()
  })

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', origin)
    if (url.pathname !== WS_PATH) return refuseUpgrade(socket, 404, 'Not Found')
    if (!sameToken(url.searchParams.get('token'), token)) {
      return refuseUpgrade(socket, 401, 'Unauthorized')
    }
    const requestOrigin = req.headers.origin
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      return refuseUpgrade(socket, 403, 'Forbidden')
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req))
  })

  let anonymous = 1
  wss.on('connection', (ws: WebSocket) => {
    const send: EventSender = (event, payload) => {
      const message: WireEvent = { event, payload }
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message))
    }
    const connection: Connection = options.handlers.connect?.(send) ?? { id: -anonymous++, seat: null, facilitator: false, handOff: false, send }
    // A protocol error (oversize frame, bad UTF-8) closes this socket; it must never
    // surface as an uncaught exception that takes the host down.
    ws.on('error', () => ws.terminate())
    ws.on('close', () => options.handlers.disconnect?.(connection))
    ws.on('message', (data, isBinary) => {
      void answer(ws, connection, isBinary ? null : data.toString())
    })
  })

  async function answer(ws: WebSocket, connection: Connection, text: string | null): Promise<void> {
    let response: WireResponse
    let message: unknown
    try {
      message = text === null ? undefined : JSON.parse(text)
    } catch {
      message = undefined
    }
    const request = WireRequestSchema.safeParse(message)
    if (!request.success) {
      const idGuess = (message as { id?: unknown } | undefined)?.id
      response = {
        id: typeof idGuess === 'number' ? idGuess : null,
        result: fail('request/invalid', 'Malformed message: expected {"id", "call", "payload"} as JSON text.'),
      }
    } else {
      response = {
        id: request.data.id,
        result: await dispatchCall(options.handlers, request.data.call, request.data.payload, connection),
      }
    }
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(response))
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  origin = `http://${LOOPBACK}:${port}`
  csp = contentSecurityPolicy([`ws://${LOOPBACK}:${port}`])

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate()
        wss.close()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
