/**
 * The user's data folder when the game runs without Electron (web host, CLI): the same
 * folder Electron's `app.getPath('userData')` gives "Silicon Curtain", so saves, settings
 * and mods are shared between the desktop app and the browser.
 */
import os from 'node:os'
import path from 'node:path'

const APP_NAME = 'Silicon Curtain'

/** Electron's userData folder for this app on this OS (`SC_USER_DATA` overrides it). */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.SC_USER_DATA) return env.SC_USER_DATA
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME)
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME)
}
