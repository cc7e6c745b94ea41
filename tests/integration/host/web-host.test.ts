import http from 'node:http'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createSessionHost, startWebHost, type WebHost } from '../../../app/host'
import { engineInfo } from '../../../app/engine'

/** Opens a socket and resolves when it connects, or rejects with the refusal's status. */
function connect(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers })
    ws.once('open', () => resolve(ws))
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
    ws.once('error', reject)
  })
}

function request(ws: WebSocket, message: string): Promise<unknown> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(String(data))))
    ws.send(message)
  })
}

function get(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    }).on('error', reject)
  })
}

describe('web host', () => {
  let host: WebHost
  let wsUrl: string

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-renderer-'))
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>')
    host = await startWebHost({ rendererDir: dir, handlers: createSessionHost(), maxPayloadBytes: 4096 })
    wsUrl = `ws://127.0.0.1:${host.port}/ws?token=${host.token}`
  })
  afterAll(() => host.close())

  it('binds to 127.0.0.1 only and prints an address with its token', () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`)
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`)
    expect(host.token).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is not reachable on another local address', async () => {
    const addresses = Object.values(os.networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal)
    for (const address of addresses) {
      await expect(get(`http://${address!.address}:${host.port}/`)).rejects.toThrow()
    }
  })

  it('serves the renderer with a strict CSP', async () => {
    const res = await get(`${host.origin}/`)
    expect(res.status).toBe(200)
    expect(res.headers['content-security-policy']).toContain("script-src 'self'")
    expect(res.headers['content-security-policy']).not.toContain('unsafe-eval')
  })

  it('refuses a WebSocket connection without the token', async () => {
    await expect(connect(`ws://127.0.0.1:${host.port}/ws`)).rejects.toThrow('HTTP 401')
  })

  it('refuses a WebSocket connection with a wrong token', async () => {
    await expect(connect(`ws://127.0.0.1:${host.port}/ws?token=${'0'.repeat(64)}`)).rejects.toThrow('HTTP 401')
  })

  it('refuses a WebSocket connection from another origin even with the token', async () => {
    await expect(connect(wsUrl, { Origin: 'http://evil.example' })).rejects.toThrow('HTTP 403')
  })

  it('answers getEngineInfo over the socket with the token', async () => {
    const ws = await connect(wsUrl, { Origin: host.origin })
    await expect(request(ws, JSON.stringify({ id: 7, call: 'getEngineInfo', payload: {} }))).resolves.toEqual({
      id: 7,
      result: { ok: true, value: engineInfo() },
    })
    ws.close()
  })

  it('answers malformed messages with an error value and keeps serving', async () => {
    const ws = await connect(wsUrl)
    await expect(request(ws, 'not json')).resolves.toMatchObject({ id: null, result: { ok: false, code: 'request/invalid' } })
    await expect(request(ws, JSON.stringify({ id: 1, call: 'nope', payload: {} }))).resolves.toMatchObject({
      id: 1,
      result: { ok: false, code: 'request/unknown_call' },
    })
    await expect(request(ws, JSON.stringify({ id: 2, call: 'getEngineInfo', payload: {} }))).resolves.toMatchObject({
      id: 2,
      result: { ok: true },
    })
    ws.close()
  })

  it('closes a socket that sends an oversize message, and still accepts new ones', async () => {
    const ws = await connect(wsUrl)
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
    ws.send(JSON.stringify({ id: 3, call: 'getEngineInfo', payload: { pad: 'x'.repeat(10_000) } }))
    await expect(closed).resolves.toBe(1009)
    const again = await connect(wsUrl)
    await expect(request(again, JSON.stringify({ id: 4, call: 'getEngineInfo', payload: {} }))).resolves.toMatchObject({ result: { ok: true } })
    again.close()
  })
})
