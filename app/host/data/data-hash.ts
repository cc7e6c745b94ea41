/**
 * A data folder's identity for saves: sha256 over its data files' paths and bytes, in
 * load order. Two folders with the same hash load the same rules.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { listDataFiles } from './data-folder'

/** sha256 (hex) of a data folder's files, or null when it cannot be read. */
export function hashDataFolder(dir: string): string | null {
  try {
    const hash = createHash('sha256')
    for (const name of listDataFiles(dir)) {
      hash.update(`${name}\0`)
      hash.update(readFileSync(path.join(dir, name)))
      hash.update('\0')
    }
    return hash.digest('hex')
  } catch {
    return null
  }
}
