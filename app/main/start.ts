/**
 * Main's wiring, in the order Electron needs it: before `ready`, the sandbox for every
 * renderer, the app:// scheme, the single-instance lock, the log and the hardening of
 * every web contents; once ready, permissions denied, app:// served, the contract on
 * ipcMain, the menu and the window. Nothing here knows a game rule.
 */
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron'
import path from 'node:path'
import { createSessionHost, fileCampaignProgressStore, fileModSelectionStore, fileSettingsStore, type GameHost } from '../host'
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
  /** What the File menu does; defaults to passing the command to the window (Quit quits). */
  menuActions?: (host: GameHost, log: MainLog) => MenuActions
}

/** What a started main process exposes (for tests and the host). */
export interface StartedMain {
  paths: AppPaths
  log: MainLog
  /** Resolves once the window is created (or at once when another instance runs). */
  ready: Promise<void>
}

/** Menu actions: New, Load, Save and Save As go to the window (it owns those screens); Quit quits. */
export function hostMenuActions(host: GameHost, log: MainLog): MenuActions {
  const pass = (command: 'new-game' | 'load' | 'save' | 'save-as') => () => {
    log.info(`menu: ${command}`)
    host.menuCommand(command)
  }
  return { newGame: pass('new-game'), load: pass('load'), save: pass('save'), saveAs: pass('save-as'), quit: () => app.quit() }
}

/** Where the base game's data is: next to the asar when packaged, in the project otherwise. */
export function gameDataDir(resourcesPath: string | undefined = process.resourcesPath): string {
  const root = app.isPackaged && resourcesPath !== undefined ? resourcesPath : app.getAppPath()
  return path.join(root, 'game-data', 'base')
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
  const host = createSessionHost({
    dataDir: gameDataDir(),
    savesDir: paths.saves,
    modsDir: paths.mods,
    modSelection: fileModSelectionStore(paths.modSelection),
    settings: fileSettingsStore(path.join(paths.userData, 'settings.json')),
    campaignProgress: fileCampaignProgressStore(path.join(paths.userData, 'campaigns.json'), (line) => log.warn(line)),
    onQuit: () => app.quit(),
    log: (line) => log.info(line),
  })
  const actions = (options.menuActions ?? hostMenuActions)(host, log)
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
    registerIpcHandlers(ipcMain, host)
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, process.platform, devTools)))
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
    openWindow()
    log.info(`started; saves in ${paths.saves}, mods in ${paths.mods}`)
  })
  return { paths, log, ready }
}
