/**
 * The `getEncyclopedia` call's work: entries of the running game's rules when there is a
 * game, else of the data new games start with; each tagged with the mod it came from.
 * Answers are cached per rules object (rules never change once loaded); they hold no words,
 * so one answer serves every language.
 */
import path from 'node:path'
import type { Rules } from '../../engine'
import type { Encyclopedia, EncyclopediaEntry } from '../../protocol/encyclopedia'
import { BASE_MOD_ID } from '../mods/mod-manifest'
import { buildEntries } from './build-entries'
import { recordOrigins } from './record-origins'

export { buildEntries, RULES_KIND } from './build-entries'
export type { BuildOptions, EntryOrigins } from './build-entries'
export { originsFromDocuments, recordOrigins } from './record-origins'

/** What an answer is built from. */
export interface EncyclopediaInput {
  from: Encyclopedia['from']
  rules: Rules
  /** The base game and the mods the rules were loaded with, in load order. */
  data: readonly { id: string }[]
  /** The mods folder and the mods found in it (their folder names), to find each mod's files. */
  modsDir: string | undefined
  mods: readonly { id: string; folder: string; name: string }[]
}

/** An encyclopedia with a cache. */
export function createEncyclopedia(): (input: EncyclopediaInput) => Encyclopedia {
  const cache = new WeakMap<Rules, EncyclopediaEntry[]>()
  return (input) => {
    let entries = cache.get(input.rules)
    if (entries === undefined) {
      const folders = new Map(input.mods.map((m) => [m.id, m.folder]))
      const mods = input.data.flatMap((d) => {
        const folder = folders.get(d.id)
        return d.id === BASE_MOD_ID || folder === undefined || input.modsDir === undefined ? [] : [{ id: d.id, dir: path.join(input.modsDir, folder) }]
      })
      entries = buildEntries(input.rules, { origins: recordOrigins(mods) })
      cache.set(input.rules, entries)
    }
    const used = new Set(entries.flatMap((e) => [e.origin, ...e.changedBy]))
    return { from: input.from, entries, mods: input.mods.filter((m) => used.has(m.id)).map((m) => ({ id: m.id, name: m.name })) }
  }
}
