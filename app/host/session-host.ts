/**
 * The session host as the shells create it. `createSessionHost()` with no options answers
 * engine info only (the title screen); the shells pass the game data and save folders.
 */
import { createGameHost, type GameHost, type GameHostOptions } from './game-host'

/** Creates the host for one application session. */
export function createSessionHost(options: GameHostOptions = {}): GameHost {
  return createGameHost(options)
}
