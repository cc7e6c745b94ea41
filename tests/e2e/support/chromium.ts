/** Where Debian's chromium is and the flags known to work on these machines. */
import { existsSync } from 'node:fs'

/** Where chromium is, or null. `CHROMIUM_PATH` overrides the Debian location. */
export function chromiumPath(): string | null {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  return existsSync(candidate) ? candidate : null
}

export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run']
