/**
 * The application menu: File (New, Load, Save, Save As, Quit) with the usual
 * accelerators, plus Edit and View. Items call a `MenuActions` object, which the host
 * implements (for now main's placeholder logs, and Quit quits).
 */
import type { MenuItemConstructorOptions } from 'electron'

/** What the menu's File items do. */
export interface MenuActions {
  newGame(): void
  load(): void
  save(): void
  saveAs(): void
  quit(): void
}

/** Builds the menu template; `platform` decides the macOS app menu and Quit's place. */
export function buildMenuTemplate(actions: MenuActions, platform: NodeJS.Platform, devTools: boolean): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const file: MenuItemConstructorOptions[] = [
    { id: 'new', label: 'New Game', accelerator: 'CmdOrCtrl+N', click: () => actions.newGame() },
    { id: 'load', label: 'Load…', accelerator: 'CmdOrCtrl+O', click: () => actions.load() },
    { type: 'separator' },
    { id: 'save', label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => actions.save() },
    { id: 'save-as', label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveAs() },
  ]
  const quit: MenuItemConstructorOptions = {
    id: 'quit',
    label: mac ? 'Quit Silicon Curtain' : 'Quit',
    accelerator: mac ? 'Cmd+Q' : 'Ctrl+Q',
    click: () => actions.quit(),
  }
  const template: MenuItemConstructorOptions[] = []
  if (mac) {
    template.push({
      label: 'Silicon Curtain',
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, quit],
    })
    template.push({ label: 'File', submenu: file })
  } else {
    template.push({ label: 'File', submenu: [...file, { type: 'separator' }, quit] })
  }
  template.push({
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  })
  const view: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }]
  if (devTools) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' })
  template.push({ label: 'View', submenu: view })
  return template
}
