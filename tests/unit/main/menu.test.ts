import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, type MenuActions } from '../../../app/main/menu'

function actions() {
  return { newGame: vi.fn<() => void>(), load: vi.fn<() => void>(), save: vi.fn<() => void>(), saveAs: vi.fn<() => void>(), quit: vi.fn<() => void>() } satisfies MenuActions
}

/** Every item of a template, depth first. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : [])])
}

function click(item: MenuItemConstructorOptions | undefined): void {
  ;(item?.click as (() => void) | undefined)?.()
}

describe('buildMenuTemplate', () => {
  it('has New, Load, Save, Save As and Quit with their accelerators, each calling its action', () => {
    const a = actions()
    const all = items(buildMenuTemplate(a, 'linux', false))
    const byId = (id: string) => all.find((item) => item.id === id)
    expect(['new', 'load', 'save', 'save-as', 'quit'].map((id) => [id, byId(id)?.accelerator])).toEqual([
      ['new', 'CmdOrCtrl+N'],
      ['load', 'CmdOrCtrl+O'],
      ['save', 'CmdOrCtrl+S'],
      ['save-as', 'CmdOrCtrl+Shift+S'],
      ['quit', 'Ctrl+Q'],
    ])
    click(byId('new'))
    click(byId('load'))
    click(byId('save'))
    click(byId('save-as'))
    click(byId('quit'))
    for (const fn of [a.newGame, a.load, a.save, a.saveAs, a.quit]) expect(fn).toHaveBeenCalledOnce()
  })

  it('puts Quit in the app menu with Cmd+Q on macOS', () => {
    const template = buildMenuTemplate(actions(), 'darwin', false)
    expect(template[0]?.label).toBe('Silicon Curtain')
    expect(items([template[0] ?? {}]).find((i) => i.id === 'quit')?.accelerator).toBe('Cmd+Q')
    expect(items(template.slice(1)).some((i) => i.id === 'quit')).toBe(false)
  })

  it('offers developer tools only when asked (never in a packaged app)', () => {
    const roles = (devTools: boolean) => items(buildMenuTemplate(actions(), 'win32', devTools)).map((i) => i.role)
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(false)).not.toContain('reload')
    expect(roles(true)).toContain('toggleDevTools')
  })
})
