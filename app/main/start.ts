/**
 * Main's wiring, in the order Electron needs it: before `ready`, the sandbox for every
 * renderer, the app:// scheme, the single-instance lock, the log and the hardening of
 * every web contents; once ready, permissions denied, app:// served, the contract on
 * ipcMain, the menu and the window. Nothing here knows a game rule.
 */
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron'
import path from 'node:path'
import { createSessionHost } from '../host'
import { registerAppScheme, serveAppProtocol } from './app-protocol'
import { APP_ORIGIN, registerIpcHandlers } from './ipc'
import { setupLogging, type MainLog } from './logging'
import { buildMenuTemplate, type MenuActions } from './menu'
import { appPaths, type AppPaths } from './paths'
import { denyAllPermissions } from './session-security'
import { hardenWebContents } from './web-contents'
import { createMainWindow } from './window'

/** What `startMain` can be given (tests and, later, the host). */
export interface StartOptions {
  /** Folder of the built bundles (`out/`); defaults to the parent of this bundle's folder. */
  outDir?: string
  /** What the File menu does; defaults to placeholders that log (Quit quits). */
  menuActions?: (log: MainLog) => MenuActions
}

/** What a started main process exposes (for tests and the host). */
export interface StartedMain {
  paths: AppPaths
  log: MainLog
  /** Resolves once the window is created (or at once when another instance runs). */
  ready: Promise<void>
}

/** Menu actions until the host implements them: log the request; Quit quits. */
export function placeholderMenuActions(log: MainLog): MenuActions {
  const later = (item: string) => () => log.info(`menu: ${item} (the host does not handle it yet)`)
  return { newGame: later('New Game'), load: later('Load'), save: later('Save'), saveAs: later('Save As'), quit: () => app.quit() }
}

/** Starts the main process. Returns null when another instance already runs (this one quits). */
export function startMain(options: StartOptions = {}): StartedMain | null {
  const outDir = options.outDir ?? path.join(__dirname, '..')
  app.enableSandbox()
  registerAppScheme(protocol)
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return null
  }

  const paths = appPaths(app.getPath('userData'))
  const log = setupLogging(paths.logs)
  const devTools = !app.isPackaged
  const actions = (options.menuActions ?? placeholderMenuActions)(log)
  let window: BrowserWindow | null = null

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // A crashed or killed renderer is logged with its reason (the log is what a player sends us).
  app.on('render-process-gone', (_event, _contents, details) => log.error(`renderer gone: ${details.reason} (exit code ${details.exitCode})`))
  app.on('child-process-gone', (_event, details) => log.error(`${details.type} process gone: ${details.reason} (exit code ${details.exitCode})`))
  app.on('second-instance', () => {
    if (window === null) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })

  function openWindow(): void {
    const created = createMainWindow({
      preloadPath: path.join(outDir, 'preload', 'index.js'),
      url: `${APP_ORIGIN}/index.html`,
      devTools,
    })
    created.on('closed', () => {
      if (window === created) window = null
    })
    window = created
  }

  const ready = app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession)
    serveAppProtocol(protocol, path.join(outDir, 'renderer'))
    registerIpcHandlers(ipcMain, createSessionHost())
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, process.platform, devTools)))
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
    openWindow()
    log.info(`started; saves in ${paths.saves}`)
  })
  return { paths, log, ready }
}
