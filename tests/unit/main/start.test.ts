/**
 * Acceptance (issue 6, 2): main's wiring against a fake `electron` module: window options,
 * CSP header, app:// protocol, navigation / window.open / permission handlers, the
 * single-instance lock, the menu, and an IPC message from an unexpected frame refused.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import * as electron from 'electron'
import { contentSecurityPolicy } from '../../../app/host'
import { CALL_NAMES, channelFor } from '../../../app/protocol'
import { gameDataDir, hostMenuActions, startMain } from '../../../app/main/start'
import { createGameHost } from '../../../app/host'
import type { FakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())
vi.mock('electron-log/node', () => ({
  default: {
    transports: { file: { resolvePathFn: null, maxSize: 0 } },
    errorHandler: { startCatching: vi.fn() },
    info: vi.fn(),
    warn: vi.fn(),
    error: vi.fn(),
  },
}))

const fake = electron as unknown as FakeElectron
/** A built `out/` folder with just a page in it. */
const OUT = mkdtempSync(path.join(os.tmpdir(), 'sc-out-'))
mkdirSync(path.join(OUT, 'renderer'))
writeFileSync(path.join(OUT, 'renderer', 'index.html'), '<!doctype html><title>Silicon Curtain</title>')
afterAll(() => rmSync(OUT, { recursive: true, force: true }))

beforeEach(() => {
  vi.clearAllMocks()
  fake.app.removeAllListeners()
  fake.app.ready = null
  fake.app.singleInstance = true
  fake.BrowserWindow.instances.length = 0
  fake.ipcMain.handlers.clear()
  fake.protocol.handlers.clear()
})

/** Starts main and lets Electron become ready. */
async function started() {
  const main = startMain({ outDir: OUT })
  if (main === null) throw new Error('expected the single-instance lock')
  fake.app.readyResolve()
  await main.ready
  return main
}

describe('startMain', () => {
  it('before ready: enables the sandbox everywhere, registers app:// and takes the single-instance lock', () => {
    startMain({ outDir: OUT })
    expect(fake.app.enableSandbox).toHaveBeenCalledOnce()
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledOnce()
    expect(fake.BrowserWindow.instances).toHaveLength(0)
  })

  it('quits at once when another instance holds the lock', () => {
    fake.app.singleInstance = false
    expect(startMain({ outDir: OUT })).toBeNull()
    expect(fake.app.quit).toHaveBeenCalledOnce()
    expect(fake.app.whenReady).not.toHaveBeenCalled()
  })

  it('keeps saves, logs and mods under userData', async () => {
    const main = await started()
    expect(main.paths).toEqual({
      userData: '/fake/userData',
      saves: '/fake/userData/saves',
      logs: '/fake/userData/logs',
      mods: '/fake/userData/mods',
      modSelection: '/fake/userData/mods.json',
    })
    const log = (await import('electron-log/node')).default
    expect((log.transports.file.resolvePathFn as unknown as () => string)()).toBe('/fake/userData/logs/main.log')
  })

  it('opens one secure window on the app:// page', async () => {
    await started()
    expect(fake.BrowserWindow.instances).toHaveLength(1)
    const [window] = fake.BrowserWindow.instances
    expect(window?.options.webPreferences).toMatchObject({
      preload: `${OUT}/preload/index.js`,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
      devTools: true,
    })
    expect(window?.loadURL).toHaveBeenCalledWith('app://silicon-curtain/index.html')
  })

  it('turns developer tools off in a packaged app', async () => {
    fake.app.isPackaged = true
    try {
      await started()
      expect(fake.BrowserWindow.instances[0]?.options.webPreferences).toMatchObject({ devTools: false })
    } finally {
      fake.app.isPackaged = false
    }
  })

  it('hardens every web contents: navigation and window.open blocked', async () => {
    await started()
    const contents = fake.BrowserWindow.instances[0]?.webContents
    expect(contents?.attempt('will-navigate', 'https://evil.example/')).toBe(true)
    expect(contents?.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    // Any other web contents (a bug, a devtools extension) gets the same rules.
    const { FakeWebContents } = await import('./fake-electron')
    const other = new FakeWebContents()
    fake.app.emit('web-contents-created', {}, other)
    expect(other.attempt('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(other.attempt('will-attach-webview', {})).toBe(true)
  })

  it('denies permission requests in the default session', async () => {
    await started()
    const handler = fake.session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void
    const callback = vi.fn()
    handler({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(fake.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce()
  })

  it('serves app:// with the CSP header from the renderer folder', async () => {
    await started()
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    const handler = fake.protocol.handlers.get('app')
    const page = await handler?.({ url: 'app://silicon-curtain/index.html' })
    expect(page?.status).toBe(200)
    expect(page?.headers.get('content-security-policy')).toBe(contentSecurityPolicy())
    expect(await page?.text()).toContain('<title>Silicon Curtain</title>')
    expect((await handler?.({ url: 'app://silicon-curtain/../../etc/passwd' }))?.status).toBe(404)
  })

  it('registers every contract call on ipcMain and refuses a message from an unexpected frame', async () => {
    await started()
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(CALL_NAMES.map(channelFor).sort())
    const handler = fake.ipcMain.handlers.get(channelFor('getEngineInfo'))
    const fromPage = { senderFrame: { url: 'app://silicon-curtain/index.html', parent: null } }
    await expect(handler?.(fromPage, {})).resolves.toMatchObject({ ok: true })
    for (const senderFrame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://silicon-curtain/index.html', parent: {} },
      { url: 'file:///index.html', parent: null },
      null,
    ]) {
      await expect(handler?.({ senderFrame }, {})).resolves.toMatchObject({ ok: false, code: 'ipc/untrusted_sender' })
    }
  })

  it('sets the application menu with the File items', async () => {
    await started()
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce()
    const template = fake.Menu.buildFromTemplate.mock.calls[0]?.[0] as { label?: string; submenu?: { id?: string }[] }[]
    const file = template.find((item) => item.label === 'File')
    expect(file?.submenu?.map((item) => item.id).filter(Boolean)).toEqual(expect.arrayContaining(['new', 'load', 'save', 'save-as']))
  })

  it('focuses the existing window when a second instance starts', async () => {
    await started()
    fake.app.emit('second-instance')
    expect(fake.BrowserWindow.instances[0]?.focus).toHaveBeenCalledOnce()
  })

  it('logs a renderer or helper process that dies', async () => {
    const main = await started()
    fake.app.emit('render-process-gone', {}, {}, { reason: 'crashed', exitCode: 139 })
    fake.app.emit('child-process-gone', {}, { type: 'GPU', reason: 'oom', exitCode: 1 })
    expect(main.log.error).toHaveBeenCalledWith('renderer gone: crashed (exit code 139)')
    expect(main.log.error).toHaveBeenCalledWith('GPU process gone: oom (exit code 1)')
  })

  it('quits when every window is closed, except on macOS', async () => {
    await started()
    fake.app.emit('window-all-closed')
    expect(fake.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })
})

describe('hostMenuActions', () => {
  it('passes New, Load, Save and Save As to every window and quits on Quit', () => {
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
    const host = createGameHost()
    const heard: unknown[] = []
    host.connect((event, payload) => heard.push({ event, payload }))
    const actions = hostMenuActions(host, log)
    actions.newGame()
    actions.load()
    actions.save()
    actions.saveAs()
    expect(heard).toEqual(['new-game', 'load', 'save', 'save-as'].map((command) => ({ event: 'menuCommand', payload: { command } })))
    expect(log.info).toHaveBeenCalledWith('menu: save')
    actions.quit()
    expect(fake.app.quit).toHaveBeenCalledOnce()
  })
})

describe('gameDataDir', () => {
  it('reads the base game from the project in development', () => {
    expect(gameDataDir('/opt/sc/resources')).toBe(path.join('/fake/app', 'game-data', 'base'))
  })

  it('reads the base game from the resources folder when packaged', () => {
    fake.app.isPackaged = true
    try {
      expect(gameDataDir('/opt/sc/resources')).toBe(path.join('/opt/sc/resources', 'game-data', 'base'))
    } finally {
      fake.app.isPackaged = false
    }
  })
})
