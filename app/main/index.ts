/**
 * Electron's main process entry: thin wiring only (see start.ts). One secure window, the
 * renderer served from app://, the contract on ipcMain, and nothing that knows game rules.
 */
import { app } from 'electron'
import { startMain } from './start'

const main = startMain()
// A failure while starting leaves no window: log why and quit instead of idling invisibly.
main?.ready.catch((error: unknown) => {
  main.log.error(`start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  app.exit(1)
})
