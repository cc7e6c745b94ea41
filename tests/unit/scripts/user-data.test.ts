import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { userDataDir } from '../../../scripts/lib/user-data'

describe('userDataDir', () => {
  it("matches Electron's userData folder on each OS", () => {
    expect(userDataDir({}, 'linux', '/home/ana')).toBe(path.join('/home/ana/.config', 'Silicon Curtain'))
    expect(userDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ana')).toBe(path.join('/cfg', 'Silicon Curtain'))
    expect(userDataDir({}, 'darwin', '/Users/ana')).toBe(path.join('/Users/ana/Library/Application Support', 'Silicon Curtain'))
    expect(userDataDir({ APPDATA: 'C:/Users/ana/AppData/Roaming' }, 'win32', 'C:/Users/ana')).toBe(path.join('C:/Users/ana/AppData/Roaming', 'Silicon Curtain'))
  })

  it('lets SC_USER_DATA choose another folder', () => {
    expect(userDataDir({ SC_USER_DATA: '/tmp/sc' }, 'linux', '/home/ana')).toBe('/tmp/sc')
  })
})
