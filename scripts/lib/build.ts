/** Runs `electron-vite build` (main, preload, renderer into out/). */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '../..')
export const RENDERER_OUT = path.join(ROOT, 'out/renderer')

/** Builds the app; exits the process with the build's code when it fails. */
export function buildApp(): void {
  const cli = path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js')
  const run = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
