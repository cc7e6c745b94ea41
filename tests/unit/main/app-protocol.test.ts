import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { APP_SCHEME_PRIVILEGES, handleAppRequest, registerAppScheme, serveAppProtocol } from '../../../app/main/app-protocol'
import { contentSecurityPolicy } from '../../../app/host'

const root = mkdtempSync(path.join(os.tmpdir(), 'sc-app-'))
const rendererDir = path.join(root, 'renderer')
mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>x</title>')
writeFileSync(path.join(rendererDir, 'assets', 'main.js'), 'console.log(1)')
writeFileSync(path.join(root, 'secret.txt'), 'secret')
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('handleAppRequest', () => {
  it('serves the page with the strict CSP as a header', async () => {
    const response = await handleAppRequest('app://silicon-curtain/index.html', rendererDir)
    expect(response.status).toBe(200)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toBe(contentSecurityPolicy())
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
  })

  it('serves scripts as JavaScript', async () => {
    const response = await handleAppRequest('app://silicon-curtain/assets/main.js', rendererDir)
    expect(response.headers.get('content-type')).toMatch(/text\/javascript/)
  })

  it('answers 404 for other hosts, missing files and paths leaving the renderer folder', async () => {
    for (const url of ['app://other-host/index.html', 'app://silicon-curtain/missing.js', 'app://silicon-curtain/%2e%2e/secret.txt', 'app://silicon-curtain/..%2fsecret.txt']) {
      expect((await handleAppRequest(url, rendererDir)).status, url).toBe(404)
    }
    expect((await handleAppRequest('not a url', rendererDir)).status).toBe(400)
  })
})

describe('app:// registration', () => {
  it('registers app:// as standard and secure, without bypassing CSP', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() }
    registerAppScheme(protocol)
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP')
  })

  it('serves app:// from the renderer folder', async () => {
    const protocol = { handle: vi.fn() }
    serveAppProtocol(protocol, rendererDir)
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, (request: { url: string }) => Promise<Response>]
    expect(scheme).toBe('app')
    expect((await handler({ url: 'app://silicon-curtain/index.html' })).status).toBe(200)
  })
})
