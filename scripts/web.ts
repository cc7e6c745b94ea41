/**
 * Plays the game in the browser: builds the renderer if needed, starts the web host on
 * 127.0.0.1 and prints the address (with its per-launch token) to open.
 *
 *   npm run web -- [--port 0] [--no-build] [--user-data <dir>] [--data <dir>] [--mods-dir <dir>]
 *
 * Saves, settings and mods (`mods/`, choices in `mods.json`) go to the same user-data folder
 * as the desktop app's; `--mods-dir` reads mods from another folder.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { createSessionHost, fileCampaignProgressStore, fileModSelectionStore, fileSettingsStore, startWebHost } from '../app/host'
import { flagsOrExit, intOption } from './lib/cli-args'
import { buildApp, RENDERER_OUT, ROOT } from './lib/build'
import { userDataDir } from './lib/user-data'

/** Starts the web host and keeps it running until Ctrl+C. */
export async function runWebHost(argv: readonly string[]): Promise<void> {
  const args = flagsOrExit(
    argv,
    { port: { type: 'string' }, 'no-build': { type: 'boolean' }, 'user-data': { type: 'string' }, data: { type: 'string' }, 'mods-dir': { type: 'string' } },
    'usage: npm run web -- [--port 0] [--no-build] [--user-data <dir>] [--data <dir>] [--mods-dir <dir>]',
  )
  if (args.options['no-build'] !== true || !existsSync(path.join(RENDERER_OUT, 'index.html'))) buildApp()
  const userData = args.options['user-data'] ?? userDataDir()
  const dataDir = args.options.data !== undefined ? path.resolve(args.options.data) : path.join(ROOT, 'game-data/base')
  const modsDir = args.options['mods-dir'] !== undefined ? path.resolve(args.options['mods-dir']) : path.join(userData, 'mods')
  let stop = (): void => process.exit(0)
  const game = createSessionHost({
    dataDir,
    savesDir: path.join(userData, 'saves'),
    modsDir,
    modSelection: fileModSelectionStore(path.join(userData, 'mods.json')),
    settings: fileSettingsStore(path.join(userData, 'settings.json')),
    campaignProgress: fileCampaignProgressStore(path.join(userData, 'campaigns.json'), (line) => process.stderr.write(`${line}\n`)),
    onQuit: () => stop(),
    log: (line) => process.stderr.write(`${line}\n`),
  })
  const host = await startWebHost({ rendererDir: RENDERER_OUT, handlers: game, port: intOption(args.options.port, 'port', 0) })
  process.stdout.write(`\nSilicon Curtain is running in your browser at:\n\n  ${host.url}\n\n`)
  process.stdout.write('Open that address (it carries this launch\'s access token). Ctrl+C stops the game.\n')
  process.stdout.write(`Saves and settings: ${userData}\n`)
  process.stdout.write(`Mods: ${modsDir}\n`)
  stop = (): void => {
    void host.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (require.main === module) void runWebHost(process.argv.slice(2))
