/**
 * Player settings in a JSON file in the user's data folder. A missing file gives the
 * defaults; a corrupt one is set aside (renamed `.corrupt`) and the defaults used, so a
 * bad file never stops the game from starting. Writes are atomic.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { SettingsSchema, type Settings } from '../protocol'
import type { z } from 'zod'
import type { SettingsChangeSchema } from '../protocol'

/** Some settings to change. */
export type SettingsChange = z.output<typeof SettingsChangeSchema>
import { readJsonFile } from './json-file'
import { writeFileAtomic } from './saves'

/** Reads and writes settings. */
export interface SettingsStore {
  get(): Promise<Settings>
  set(changes: SettingsChange): Promise<Settings>
}

/** Settings kept in memory only (tests, the web host without a data folder). */
export function memorySettingsStore(): SettingsStore {
  let current = SettingsSchema.parse({})
  return {
    get: () => Promise.resolve(current),
    set: (changes) => {
      current = SettingsSchema.parse({ ...current, ...changes })
      return Promise.resolve(current)
    },
  }
}

/** Settings in `file` (created on the first change). */
export function fileSettingsStore(file: string): SettingsStore {
  let cached: Settings | null = null
  async function load(): Promise<Settings> {
    if (cached !== null) return cached
    return (cached = (await readJsonFile(file, SettingsSchema, () => SettingsSchema.parse({}))).value)
  }
  return {
    get: load,
    async set(changes) {
      const next = SettingsSchema.parse({ ...(await load()), ...changes })
      await mkdir(path.dirname(file), { recursive: true })
      await writeFileAtomic(file, Buffer.from(`${JSON.stringify(next, null, 2)}\n`))
      cached = next
      return next
    },
  }
}
