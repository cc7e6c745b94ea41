/** The base game's rules for the AI tests (loaded once per test file). */
import path from 'node:path'
import type { Rules } from '../../../../app/engine'
import { loadDataFolder } from '../../../../app/host/data/data-folder'

let cached: Rules | undefined

/** game-data/base, loaded through the host's reader. */
export function baseRules(): Rules {
  if (cached !== undefined) return cached
  const loaded = loadDataFolder(path.resolve(__dirname, '../../../../game-data/base'))
  if (loaded.rules === undefined) throw new Error(`game-data/base does not load: ${JSON.stringify(loaded.errors.slice(0, 3))}`)
  cached = loaded.rules
  return cached
}
