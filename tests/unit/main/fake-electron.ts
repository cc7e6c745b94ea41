/**
 * A fake of the parts of the `electron` module main uses, for `vi.mock('electron', …)`.
 * It records what main asks for (window options, handlers, menus) and lets a test play
 * Electron's part: emit app and web-contents events, invoke IPC like a renderer would.
 */
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

/** A web contents that keeps its listeners and window-open handler. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler
  }
  /** Emits `name` with a preventable event; answers whether a listener prevented it. */
  attempt(name: string, ...rest: unknown[]): boolean {
    let prevented = false
    this.emit(name, { preventDefault: () => (prevented = true), url: rest[0] }, ...rest)
    return prevented
  }
}

/** The fake `app`: an event emitter whose readiness a test resolves. */
export class FakeApp extends EventEmitter {
  isPackaged = false
  singleInstance = true
  enableSandbox = vi.fn()
  quit = vi.fn()
  getPath = vi.fn((name: string) => `/fake/${name}`)
  getAppPath = vi.fn(() => '/fake/app')
  requestSingleInstanceLock = vi.fn(() => this.singleInstance)
  readyResolve: () => void = () => undefined
  ready: Promise<void> | null = null
  whenReady = vi.fn(() => {
    this.ready ??= new Promise<void>((resolve) => (this.readyResolve = resolve))
    return this.ready
  })
}

/** The fake BrowserWindow: records its options and announces its web contents. */
export class FakeBrowserWindow extends EventEmitter {
  static app: FakeApp | null = null
  static instances: FakeBrowserWindow[] = []
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances.filter((w) => !w.destroyed))
  readonly webContents = new FakeWebContents()
  destroyed = false
  loadURL = vi.fn(async (_url: string) => undefined)
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  isMinimized = vi.fn(() => false)
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
    // Electron announces every new web contents on the app.
    FakeBrowserWindow.app?.emit('web-contents-created', {}, this.webContents)
  }
}

/** Builds a fresh fake electron module. */
export function createFakeElectron() {
  const app = new FakeApp()
  FakeBrowserWindow.app = app
  const BrowserWindow = FakeBrowserWindow

  const ipcHandlers = new Map<string, Listener>()
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`)
      ipcHandlers.set(channel, listener)
    }),
    removeHandler: vi.fn((channel: string) => void ipcHandlers.delete(channel)),
    handlers: ipcHandlers,
  }

  const protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response>>()
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: (request: { url: string }) => Promise<Response>) => void protocolHandlers.set(scheme, handler)),
    handlers: protocolHandlers,
  }

  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
  }

  const Menu = {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  }

  return { app, BrowserWindow, ipcMain, protocol, session: { defaultSession }, Menu, shell: { openExternal: vi.fn() } }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
