/**
 * `npm start`: plays the game. Launches the Electron app when its binary is installed (or
 * can be downloaded); otherwise serves the same game to the browser on 127.0.0.1 and
 * prints the address. `--web` forces the browser.
 */
import { spawn } from 'node:child_process'
import { buildApp, ROOT } from './lib/build'
import { ensureElectronBinary } from './lib/electron-binary'
import { runWebHost } from './web'

const argv = process.argv.slice(2)
const log = (line: string): void => void process.stdout.write(`${line}\n`)
const binary = argv.includes('--web') ? null : ensureElectronBinary(log)

if (binary === null) {
  void runWebHost(argv.filter((a) => a !== '--web'))
} else {
  buildApp()
  const child = spawn(binary, [ROOT, ...argv], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
}
