/**
 * The web host: the same contract and session host as Electron's main process, carried
 * over a WebSocket on 127.0.0.1, serving the built renderer. `npm start` uses it when
 * Electron's binary is missing; browser tests and UI development use it too.
 *
 * Security: it binds to 127.0.0.1 only; every request must name this host in its `Host`
 * header (`127.0.0.1:PORT`, `localhost:PORT` or `[::1]:PORT`, which also defeats DNS
 * rebinding) and use an origin-form target (`/path?query`); a WebSocket upgrade also needs the
 * per-launch token (random, 32 bytes) and, when a browser sends an Origin, this host's own
 * origin, so no other local page or process can drive a game. A malformed request is answered
 * with a 4xx and the host keeps serving: nothing a request carries can throw out of a handler.
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
  /** Where unexpected errors are reported (they never stop the host). */
  log?: (line: string) => void
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
/** Longest request target accepted (a real one is the page, an asset or `/ws?token=…`: under 200 bytes). */
const MAX_TARGET_LENGTH = 2048

function sameToken(given: string | null, expected: string): boolean {
  if (given === null) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  421: 'Misdirected Request',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
}

/** Answers a raw socket (an upgrade or a request Node could not parse) with a status and closes it. */
function refuseSocket(socket: Duplex, status: number): void {
  try {
    if (socket.writable) socket.write(`HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  } catch {
    // The peer is gone: nothing to answer.
  }
  socket.destroy()
}

/** A request target split into its path and query, or null when it is not an origin-form target this host serves. */
export function parseTarget(target: string | undefined): { path: string; query: URLSearchParams } | null {
  // Origin-form only (`/path?query`): absolute-form (`http://…`), authority-form and `*` are refused,
  // as is `//host/…`, which URL parsing would read as another host.
  if (target === undefined || target.length === 0 || target.length > MAX_TARGET_LENGTH) return null
  if (target[0] !== '/' || target.startsWith('//')) return null
  // Only printable ASCII without spaces (Node already refuses most others).
  if (!/^[\x21-\x7e]+$/.test(target)) return null
  const hash = target.indexOf('#')
  const withoutHash = hash < 0 ? target : target.slice(0, hash)
  const question = withoutHash.indexOf('?')
  const path = question < 0 ? withoutHash : withoutHash.slice(0, question)
  try {
    decodeURIComponent(path)
    const query = new URLSearchParams(question < 0 ? '' : withoutHash.slice(question + 1))
    return { path, query }
  } catch {
    return null
  }
}

/**
 * Why a request's headers are refused, as an HTTP status, or null when they name this host:
 * exactly one `Host` that is `127.0.0.1`, `localhost` or `[::1]` with this host's port.
 */
export function hostProblem(req: Pick<http.IncomingMessage, 'headersDistinct'>, port: number): 400 | 421 | null {
  const hosts = req.headersDistinct.host
  if (hosts === undefined || hosts.length !== 1) return 400
  const host = hosts[0]?.toLowerCase() ?? ''
  return allowedHosts(port).includes(host) ? null : 421
}

/** The `Host` values that name this host. */
function allowedHosts(port: number): string[] {
  return [`${LOOPBACK}:${port}`, `localhost:${port}`, `[::1]:${port}`]
}

/** Answers one WebSocket message: a malformed one with `request/invalid`, a call through the dispatcher. */
async function answer(handlers: WebHostOptions['handlers'], ws: WebSocket, connection: Connection, text: string | null): Promise<void> {
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
      result: await dispatchCall(handlers, request.data.call, request.data.payload, connection),
    }
  }
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(response))
}

/** Starts the web host on 127.0.0.1 and resolves once it listens. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('hex')
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD,
  })
  let csp = ''
  let allowedOrigins: string[] = []

  let port = 0
  const log = options.log ?? (() => undefined)
  const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error))

  /** Answers one plain HTTP request: the renderer's static files, GET and HEAD only. */
  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const plain = (status: number, headers: http.OutgoingHttpHeaders = {}): void => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close', ...headers }).end(REASONS[status] ?? 'Error')
    }
    const badHost = hostProblem(req, port)
    if (badHost !== null) return plain(badHost)
    const target = parseTarget(req.url)
    if (target === null) return plain(400)
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(405, { Allow: 'GET, HEAD' })
    const file = await readStaticFile(options.rendererDir, target.path)
    if (file === null) return plain(404)
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  }

  const server = http.createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      log(`web host: request failed: ${describe(error)}`)
      try {
        if (!res.headersSent) res.writeHead(500, { Connection: 'close' })
        res.end()
      } catch {
        res.destroy()
      }
    })
  })

  // Requests Node cannot parse (bad request line, oversize or malformed headers): answered, never thrown.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    refuseSocket(socket, error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400)
  })

  /** Checks an upgrade request; answers the status to refuse it with, or null to accept it. */
  function upgradeProblem(req: http.IncomingMessage): number | null {
    const badHost = hostProblem(req, port)
    if (badHost !== null) return badHost
    const target = parseTarget(req.url)
    if (target === null) return 400
    if (target.path !== WS_PATH) return 404
    const tokens = target.query.getAll('token')
    if (tokens.length !== 1 || !sameToken(tokens[0] ?? null, token)) return 401
    const origins = req.headersDistinct.origin
    if (origins !== undefined && (origins.length !== 1 || !allowedOrigins.includes(origins[0] ?? ''))) return 403
    return null
  }

  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    // A peer that resets mid-handshake must not surface as an unhandled 'error'.
    socket.on('error', () => socket.destroy())
    try {
      const problem = upgradeProblem(req)
      if (problem !== null) return refuseSocket(socket, problem)
      // ws answers a bad handshake itself (400 for a bad key, version or Upgrade value; 405 for a method).
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req))
    } catch (error) {
      log(`web host: upgrade failed: ${describe(error)}`)
      refuseSocket(socket, 400)
    }
  })
  // CONNECT (authority-form targets) is not served: answered, not left hanging.
  server.on('connect', (_req: http.IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy())
    refuseSocket(socket, 405)
  })
  // Errors after listening (a failed accept, say) are reported, never thrown.
  server.on('error', (error) => log(`web host: ${describe(error)}`))
  wss.on('error', (error) => log(`web host: WebSocket server: ${describe(error)}`))

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
      answer(options.handlers, ws, connection, isBinary ? null : data.toString()).catch((error: unknown) => log(`web host: answer failed: ${describe(error)}`))
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port
  const origin = `http://${LOOPBACK}:${port}`
  allowedOrigins = allowedHosts(port).map((host) => `http://${host}`)
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
