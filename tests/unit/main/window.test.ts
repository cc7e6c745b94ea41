import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as electron from 'electron'
import type { FakeElectron } from './fake-electron'
import { createMainWindow } from '../../../app/main/window'

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())
const fake = electron as unknown as FakeElectron

beforeEach(() => {
  fake.BrowserWindow.instances.length = 0
})

describe('createMainWindow', () => {
  it('creates the window with every security setting on', () => {
    createMainWindow({ preloadPath: '/out/preload/index.js', url: 'app://silicon-curtain/index.html', devTools: false })
    const [window] = fake.BrowserWindow.instances
    expect(window?.options.webPreferences).toEqual({
      preload: '/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
    })
    expect(window?.options.show).toBe(false)
  })

  it('loads the app:// page, never file://, and shows the window once ready', () => {
    const window = createMainWindow({ preloadPath: '/p.js', url: 'app://silicon-curtain/index.html', devTools: true }) as unknown as FakeElectron['BrowserWindow']['instances'][number]
    expect(window.loadURL).toHaveBeenCalledWith('app://silicon-curtain/index.html')
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledOnce()
  })
})
