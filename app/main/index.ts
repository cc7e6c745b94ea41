/**
 * Electron's main process: thin wiring only. One secure window, the renderer served from
 * app://, the contract on ipcMain, and nothing else that knows game rules.
 */
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron'
import path from 'node:path'
import { createSessionHost } from '../host'
import { handleAppRequest } from './app-protocol'
import { APP_ORIGIN, registerIpcHandlers } from './ipc'
import { mainWindowOptions } from './window-options'

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

if (!app.requestSingleInstanceLock()) {
  app.quit()
}

const rendererDir = path.join(__dirname, '../renderer')

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(path.join(__dirname, '../preload/index.js')))
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url)
    return { action: 'deny' }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(`${APP_ORIGIN}/index.html`)
  return window
}

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  protocol.handle('app', (request) => handleAppRequest(request.url, rendererDir))
  registerIpcHandlers(ipcMain, createSessionHost())
  let window = createWindow()
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createWindow()
  })
})

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
