/**
 * Where the app keeps its files: everything under Electron's `userData` folder, so saves
 * and logs follow the OS's conventions and never land next to the program.
 */
import path from 'node:path'

/** The app's folders. */
export interface AppPaths {
  userData: string
  saves: string
  logs: string
}

/** The folders under `userData`. */
export function appPaths(userData: string): AppPaths {
  return { userData, saves: path.join(userData, 'saves'), logs: path.join(userData, 'logs') }
}
