/**
 * One unauthenticated request must never stop the web host (issue 14, finding 2): an upgrade
 * to an absolute-form target that does not parse (`GET http://a:b:c/ws`) used to throw in the
 * `upgrade` handler and end the process. The host runs in a child process here, so an uncaught
 * exception shows as its exit; a corpus of malformed requests over raw TCP must each get a 4xx
 * (or, for a request cut off, no answer), and afterwards the host still serves index.html and a
 * valid WebSocket still plays. The `Host` check also closes DNS rebinding.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient } from './support/ws-client'

const ROOT = path.resolve(__dirname, '../../..')
const KEY = 'dGhlIHNhbXBsZSBub25jZQ=='

/** Sends raw bytes and answers the status of the first response line (0 when the host closed without one). */
function raw(port: number, bytes: string | Buffer, { endAfterWrite = false } = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    let text = ''
    let settled = false
    const finish = (): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text)
      resolve({ status: match ? Number(match[1]) : 0, text: text.slice(0, 300) })
    }
    const timer = setTimeout(finish, 3000)
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1')
      if (/\r\n\r\n/.test(text)) finish()
    })
    socket.on('error', finish)
    socket.on('close', finish)
    socket.on('connect', () => {
      socket.write(bytes)
      if (endAfterWrite) socket.end()
    })
  })
}

function get(port: number, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`))
    let text = ''
    socket.on('data', (chunk) => (text += chunk.toString('utf8')))
    socket.on('error', reject)
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), body: text.slice(text.indexOf('\r\n\r\n') + 4) }))
  })
}

describe('the web host under malformed requests', () => {
  let child: ChildProcess
  let port = 0
  let token = ''
  let stderr = ''
  let exited: number | string | null = null

  beforeAll(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/host/support/web-host-child.ts'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('exit', (code, signal) => (exited = code ?? signal ?? 'exited'))
    const first = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8')
        if (out.includes('\n')) resolve(out.split('\n')[0] ?? '')
      })
      child.on('exit', () => reject(new Error(`the web host did not start: ${stderr}`)))
    })
    ;({ port, token } = JSON.parse(first) as { port: number; token: string })
  })
  afterAll(() => {
    child?.kill()
  })

  const host = (): string => `127.0.0.1:${port}`
  const upgrade = (target: string, headers: Record<string, string> = {}, method = 'GET'): string => {
    const all: Record<string, string> = { Host: host(), Upgrade: 'websocket', Connection: 'Upgrade', 'Sec-WebSocket-Key': KEY, 'Sec-WebSocket-Version': '13', ...headers }
    const lines = Object.entries(all).filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`)
    return `${method} ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`
  }
  const plain = (line: string, headers: string[] = [`Host: ${host()}`]): string => `${line}\r\n${headers.join('\r\n')}${headers.length > 0 ? '\r\n' : ''}\r\n`

  /** [what, request, expected status or 'any 4xx']. */
  const corpus = (): [string, string | Buffer, number | '4xx'][] => [
    ['an upgrade to an absolute-form URL that does not parse', upgrade('http://a:b:c/ws'), 400],
    ['an upgrade to an absolute-form URL that parses', upgrade(`http://127.0.0.1:${port}/ws?token=${token}`), 400],
    ['a GET of an absolute-form URL that does not parse', plain('GET http://a:b:c/ HTTP/1.1'), 400],
    ['a GET of a scheme-relative target', plain('GET //evil.example/ HTTP/1.1'), 400],
    ['an upgrade to a scheme-relative target with the token', upgrade(`//evil.example/ws?token=${token}`), 400],
    ['an asterisk target', plain('OPTIONS * HTTP/1.1'), 400],
    ['a CONNECT (authority-form)', plain('CONNECT 127.0.0.1:80 HTTP/1.1'), 405],
    ['a request line that is not HTTP', 'HELLO THERE\r\n\r\n', '4xx'],
    ['an unknown HTTP version', plain('GET / HTTP/9.9'), '4xx'],
    ['no Host header', plain('GET / HTTP/1.1', []), 400],
    ['two Host headers', plain('GET / HTTP/1.1', [`Host: ${host()}`, `Host: ${host()}`]), 400],
    ['another Host (DNS rebinding)', plain('GET / HTTP/1.1', [`Host: attacker.example:${port}`]), 421],
    ['this address on another port', plain('GET / HTTP/1.1', ['Host: 127.0.0.1:1']), 421],
    ['an upgrade with the token from a rebound name', upgrade(`/ws?token=${token}`, { Host: `attacker.example:${port}`, Origin: `http://attacker.example:${port}` }), 421],
    ['a header too large', plain('GET / HTTP/1.1', [`Host: ${host()}`, `X-Big: ${'a'.repeat(80_000)}`]), 431],
    ['a control character in a header value', plain('GET / HTTP/1.1', [`Host: ${host()}`, 'X-Bad: a\x01b']), '4xx'],
    ['a space in a header name', plain('GET / HTTP/1.1', [`Host: ${host()}`, 'Bad Header: x']), '4xx'],
    ['both Content-Length and Transfer-Encoding', plain('POST / HTTP/1.1', [`Host: ${host()}`, 'Content-Length: 5', 'Transfer-Encoding: chunked']), '4xx'],
    ['a malformed chunked body', `POST / HTTP/1.1\r\nHost: ${host()}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n`, '4xx'],
    ['a path with broken percent-encoding', plain('GET /%E0%A4%A HTTP/1.1'), 400],
    ['a target of 5,000 characters', plain(`GET /${'a'.repeat(5000)} HTTP/1.1`), 400],
    ['non-ASCII bytes in the target', Buffer.concat([Buffer.from('GET /\xff\xfe HTTP/1.1\r\n', 'latin1'), Buffer.from(`Host: ${host()}\r\n\r\n`)]), '4xx'],
    ['an upgrade without the token', upgrade('/ws'), 401],
    ['an upgrade with a wrong token', upgrade(`/ws?token=${'0'.repeat(64)}`), 401],
    ['an upgrade with the token twice', upgrade(`/ws?token=${token}&token=${token}`), 401],
    ['an upgrade from another Origin', upgrade(`/ws?token=${token}`, { Origin: 'http://evil.example' }), 403],
    ['an upgrade with two Origin headers', `GET /ws?token=${token} HTTP/1.1\r\nHost: ${host()}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${KEY}\r\nSec-WebSocket-Version: 13\r\nOrigin: http://127.0.0.1:${port}\r\nOrigin: http://evil.example\r\n\r\n`, 403],
    ['an upgrade to another protocol', upgrade(`/ws?token=${token}`, { Upgrade: 'h2c' }), 400],
    ['an upgrade with a bad Sec-WebSocket-Key', upgrade(`/ws?token=${token}`, { 'Sec-WebSocket-Key': 'abc' }), 400],
    ['an upgrade without a Sec-WebSocket-Key', upgrade(`/ws?token=${token}`, { 'Sec-WebSocket-Key': '' }), 400],
    ['an upgrade with an unknown WebSocket version', upgrade(`/ws?token=${token}`, { 'Sec-WebSocket-Version': '99' }), 400],
    ['an upgrade by POST', upgrade(`/ws?token=${token}`, {}, 'POST'), '4xx'],
    ['an upgrade to another path', upgrade(`/other?token=${token}`), 404],
    ['a DELETE', plain('DELETE / HTTP/1.1'), 405],
  ]

  it('answers each of more than 20 malformed requests with a 4xx and stays up', async () => {
    const cases = corpus()
    expect(cases.length).toBeGreaterThanOrEqual(20)
    const answers: string[] = []
    for (const [what, request, expected] of cases) {
      const { status, text } = await raw(port, request)
      answers.push(`${what}: ${status}`)
      if (expected === '4xx') expect(status, `${what}: ${text}`).toBeGreaterThanOrEqual(400)
      if (expected === '4xx') expect(status, `${what}: ${text}`).toBeLessThan(500)
      else expect(status, `${what}: ${text}`).toBe(expected)
      expect(exited, `the host exited after ${what}: ${stderr}`).toBeNull()
    }
    // Requests cut off half-way (the host may not answer at all) leave it up too.
    await raw(port, 'GET /ws HTTP/1.1\r\nHost: ', { endAfterWrite: true })
    await raw(port, upgrade('http://a:b:c/ws').slice(0, 40), { endAfterWrite: true })
    expect(exited, stderr).toBeNull()
    expect(answers.length).toBe(cases.length)
  })

  it('still serves the page and a valid WebSocket afterwards, and only to its own Host names', async () => {
    expect(exited, stderr).toBeNull()
    await expect(get(port, '/')).resolves.toMatchObject({ status: 200, body: expect.stringContaining('child') as unknown as string })
    for (const name of ['localhost', '[::1]']) {
      await expect(raw(port, plain('GET / HTTP/1.1', [`Host: ${name}:${port}`]))).resolves.toMatchObject({ status: 200 })
    }
    const client = await connectClient(port, token)
    await expect(client.value('getEngineInfo')).resolves.toMatchObject({ name: expect.any(String) as unknown as string })
    client.close()
    expect(exited, stderr).toBeNull()
  })
})
