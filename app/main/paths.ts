/**
 * Where the app keeps its files: everything under Electron's `userData` folder, so saves
 * logs and mods follow the OS's conventions and never land next to the program.
 */
import path from 'node:path'

/** The app's folders. */
export interface AppPaths {
  userData: string
  saves: string
  logs: string
  /** Mod folders (one per mod, each with a mod.json). */
  mods: string
  /** The player's mod order and enabled mods. */
  modSelection: string
}

/** The folders under `userData`. */
export function appPaths(userData: string): AppPaths {
  return {
    userData,
    saves: path.join(userData, 'saves'),
    logs: path.join(userData, 'logs'),
    mods: path.join(userData, 'mods'),
    modSelection: path.join(userData, 'mods.json'),
  }
}
