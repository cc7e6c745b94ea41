import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions, type LockableSession } from '../../../app/main/session-security'

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setDisplayMediaRequestHandler: vi.fn(),
    }
    denyAllPermissions(session as unknown as LockableSession)
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal', 'clipboard-read', 'fullscreen']) {
      const callback = vi.fn()
      request({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (wc: unknown, p: string) => boolean
    expect(check({}, 'media')).toBe(false)
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (details: unknown) => boolean
    expect(device({ deviceType: 'usb' })).toBe(false)
    const display = session.setDisplayMediaRequestHandler.mock.calls[0]?.[0] as (req: unknown, cb: (s: unknown) => void) => void
    const streams = vi.fn()
    display({}, streams)
    expect(streams).toHaveBeenCalledWith({})
  })
})
