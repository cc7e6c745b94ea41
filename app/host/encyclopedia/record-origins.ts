/**
 * Which mod each record came from: the loaded rules do not say, so the mods' own files are
 * read again (safely, with the mod loader's limits) and each document's `records` and
 * `patch` ids noted, in load order. A record a mod adds or replaces is that mod's; one it
 * patches lists it in `changedBy`. Everything else is the base game's.
 */
import { KIND_ALIASES, RECORD_KINDS, type RecordKind } from '../../engine'
import type { EncyclopediaKind } from '../../protocol/encyclopedia'
import { readModData } from '../mods/mod-folder'
import { RULES_KIND, type EntryOrigins } from './build-entries'

const ENTRY_KIND = new Map<string, EncyclopediaKind>(Object.entries(RULES_KIND).map(([entry, rules]) => [rules, entry as EncyclopediaKind]))

function kindOf(doc: unknown): RecordKind | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined
  const kind = (doc as { kind?: unknown }).kind
  if (typeof kind !== 'string') return undefined
  if ((RECORD_KINDS as readonly string[]).includes(kind)) return kind as RecordKind
  return KIND_ALIASES[kind]
}

function idsOf(list: unknown): string[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((item: unknown) => {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined
    return typeof id === 'string' ? [id] : []
  })
}

/** Origins from documents already parsed, mod by mod in load order (testable without disks). */
export function originsFromDocuments(mods: readonly { id: string; documents: readonly unknown[] }[]): EntryOrigins {
  const origins = new Map<string, { origin: string; changedBy: string[] }>()
  for (const mod of mods) {
    for (const doc of mod.documents) {
      const kind = kindOf(doc)
      const entryKind = kind === undefined ? undefined : ENTRY_KIND.get(kind)
      if (entryKind === undefined) continue
      const body = doc as { records?: unknown; patch?: unknown }
      for (const id of idsOf(body.records)) origins.set(`${entryKind}:${id}`, { origin: mod.id, changedBy: [] })
      for (const id of idsOf(body.patch)) {
        const key = `${entryKind}:${id}`
        const at = origins.get(key) ?? { origin: 'base', changedBy: [] }
        if (at.origin !== mod.id && !at.changedBy.includes(mod.id)) at.changedBy.push(mod.id)
        origins.set(key, at)
      }
    }
  }
  return origins
}

/** Origins of the records of the given mods (folders on disk), in load order. Unreadable files are skipped. */
export function recordOrigins(mods: readonly { id: string; dir: string }[]): EntryOrigins {
  return originsFromDocuments(mods.map((mod) => ({ id: mod.id, documents: readModData(mod).files.map((f) => f.source.value) })))
}
