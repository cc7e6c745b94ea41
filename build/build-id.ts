/** The build id baked into bundles as `__SC_BUILD__` (engineInfo().build). */
import { execFileSync } from 'node:child_process'

/** A build id like `a1b2c3d 2026-11-29`, or `unknown` outside a git checkout. */
export function buildId(): string {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%h %cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    return out.trim() || 'unknown'
  } catch {
    return 'unknown'
  }
}

/** Vite `define` entries for the build id. */
export function buildDefines(): Record<string, string> {
  return { __SC_BUILD__: JSON.stringify(buildId()) }
}
