/**
 * `npm run dev`: the development loop. With Electron's binary, `electron-vite dev` (hot
 * reload in the app window). Without it, rebuilds the renderer on change and serves it
 * through the web host, so UI work happens in the browser against the real host.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createSessionHost, fileCampaignProgressStore, fileSettingsStore, startWebHost } from '../app/host'
import { userDataDir } from './lib/user-data'
import { buildApp, RENDERER_OUT, ROOT } from './lib/build'
import { electronBinary } from './lib/electron-binary'

const cli = path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js')

if (electronBinary() !== null) {
  const child = spawn(process.execPath, [cli, 'dev'], { cwd: ROOT, stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  buildApp()
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js')
  // Rebuild the renderer into out/renderer on every change (a development build, with the test
  // hooks: the harnesses answer `&view=map-demo`); reload the page to see it.
  spawn(process.execPath, [vite, 'build', '--watch', '--mode', 'development', '--config', path.join(ROOT, 'build/renderer.vite.config.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
  })
  const userData = userDataDir()
  const game = createSessionHost({
    dataDir: path.join(ROOT, 'game-data/base'),
    savesDir: path.join(userData, 'saves'),
    settings: fileSettingsStore(path.join(userData, 'settings.json')),
    campaignProgress: fileCampaignProgressStore(path.join(userData, 'campaigns.json')),
  })
  void startWebHost({ rendererDir: RENDERER_OUT, handlers: game }).then((host) => {
    process.stdout.write(`\nElectron is not installed: developing in the browser at\n\n  ${host.url}\n\n`)
  })
}
