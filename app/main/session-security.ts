/**
 * Session-wide rules: the game needs no browser permission (camera, notifications,
 * clipboard reads, HID, serial, USB, geolocation, …), so every request and check is
 * refused.
 */
import type { Session } from 'electron'

/** The part of Session the rules touch (tests pass a fake). */
export type LockableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setDisplayMediaRequestHandler'
>

/** Denies every permission request and check in `session`. */
export function denyAllPermissions(session: LockableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  // No screen capture: answering with no streams refuses the request.
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}))
}
