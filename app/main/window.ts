/**
 * The game's one window. The options are written inline in `new BrowserWindow({…})` on
 * purpose: that is where reviewers and Electronegativity look for them.
 */
import { BrowserWindow } from 'electron'

/** Where the window's code comes from. */
export interface MainWindowOptions {
  preloadPath: string
  url: string
  /** Developer tools: only when running from source, never in a packaged app. */
  devTools: boolean
}

/** Creates the main window (hidden until ready) and loads `url` into it. */
export function createMainWindow({ preloadPath, url, devTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#0b1020',
    title: 'Silicon Curtain',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click on a link opens a new window; window.open is denied anyway, this stops it earlier.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools,
    },
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}

