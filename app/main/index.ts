/**
 * Electron's main process entry: thin wiring only (see start.ts). One secure window, the
 * renderer served from app://, the contract on ipcMain, and nothing that knows game rules.
 */
import { startMain } from './start'

startMain()
