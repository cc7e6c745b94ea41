/**
 * Finds Electron's binary. npm skips Electron's download here (package.json
 * `allowScripts`), so the binary may be missing; `ensureElectronBinary` then tries the
 * download once and reports whether it worked.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(__filename)

/** The path of Electron's executable, or null when it is not installed. */
export function electronBinary(): string | null {
  try {
    const binary = require('electron') as unknown
    return typeof binary === 'string' && existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

/** Returns the binary, downloading it first if needed and possible (60 s at most). */
export function ensureElectronBinary(log: (line: string) => void): string | null {
  const found = electronBinary()
  if (found !== null || process.env.SC_NO_ELECTRON === '1') return found
  const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js')
  log('Electron\'s binary is not installed; trying to download it once…')
  const run = spawnSync(process.execPath, [installer], {
    stdio: 'ignore',
    timeout: 60_000,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  })
  if (run.status !== 0) {
    log('Electron could not be downloaded here; playing in the browser instead.')
    return null
  }
  return electronBinary()
}
