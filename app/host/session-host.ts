/**
 * The session host: what Electron adds to the engine, minus Electron. It owns running
 * games and implements the contract's calls; transports (ipcMain, the web host) only
 * carry messages to `dispatchCall` with these handlers.
 */
import { engineInfo } from '../engine'
import type { CallHandlers } from './dispatch'

/** Creates the call handlers for one application session. */
export function createSessionHost(): CallHandlers {
  return {
    getEngineInfo: () => engineInfo(),
  }
}
