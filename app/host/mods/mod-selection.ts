/**
 * The player's mod choices: the order of the mods in the manager and which are enabled,
 * kept in `mods.json` in the user's data folder. A missing file means no mod is enabled; a
 * corrupt one is set aside (`.corrupt`) and treated as missing, so it never stops the game.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { readJsonFileSync } from '../json-file'
import { writeFileAtomic } from '../saves'

const ModIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(64)

/** What is stored: every known mod's position, and the enabled ones. */
export const ModSelectionSchema = z.strictObject({
  /** Mod ids in the player's order (enabled or not). */
  order: z.array(ModIdSchema).max(500).default([]),
  /** Enabled mod ids. */
  enabled: z.array(ModIdSchema).max(500).default([]),
})
/** The player's mod choices. */
export type ModSelection = z.infer<typeof ModSelectionSchema>

/** Reads and writes the mod choices. */
export interface ModSelectionStore {
  get(): ModSelection
  set(selection: ModSelection): Promise<ModSelection>
}

/** Choices kept in memory only (tests, hosts without a user data folder). */
export function memoryModSelectionStore(initial: Partial<ModSelection> = {}): ModSelectionStore {
  let current = ModSelectionSchema.parse(initial)
  return {
    get: () => current,
    set: (selection) => {
      const parsed = ModSelectionSchema.safeParse(selection)
      if (!parsed.success) return Promise.reject(parsed.error)
      current = parsed.data
      return Promise.resolve(current)
    },
  }
}

/** Choices in `file` (created on the first change). */
export function fileModSelectionStore(file: string): ModSelectionStore {
  let cached: ModSelection | null = null
  const load = (): ModSelection => {
    if (cached !== null) return cached
    return (cached = readJsonFileSync(file, ModSelectionSchema, () => ModSelectionSchema.parse({})).value)
  }
  return {
    get: load,
    async set(selection) {
      const next = ModSelectionSchema.parse(selection)
      mkdirSync(path.dirname(file), { recursive: true })
      await writeFileAtomic(file, Buffer.from(`${JSON.stringify(next, null, 2)}\n`))
      cached = next
      return next
    },
  }
}
