/**
 * The game's data as a game starts with it: the base game, then the enabled mods in load
 * order (dependencies first, then `loadAfter`, then the player's order). Each mod is checked
 * on top of the base game and the mods accepted before it; a mod with any error is disabled
 * with its errors (mod, file, JSON pointer, line, column, expected, found) and the game starts
 * with the rest. Mods that need a disabled mod are disabled too. Nothing here throws.
 */
import path from 'node:path'
import { KIND_ALIASES, RECORD_KINDS, loadRules, type DataFile, type DataError, type RecordKind, type Rules } from '../../engine'
import { readDataFolder, type DataFolderError } from '../data/data-folder'
import { hashDataFolder } from '../data/data-hash'
import { positionAt, type JsonSource } from '../data/json-source'
import { resolveLoadOrder } from './load-order'
import { discoverMods, locate, MOD_LIMITS, readModData, readModManifest, type FoundMod, type ModDataFile, type ModError, type ModLimits } from './mod-folder'
import { BASE_MOD_ID, type ModManifest } from './mod-manifest'
import type { ModSelection } from './mod-selection'

/** A mod as the manager shows it. */
export interface ModStatus {
  id: string
  /** Its folder's name in the mods folder. */
  folder: string
  name: string
  version: string
  description: string
  authors: string[]
  gameVersions: string
  dependencies: { id: string; range: string }[]
  loadAfter: string[]
  enabled: boolean
  /** Its place in the player's order (0 first). */
  position: number
  /** Its place in the actual load order after the base game (0 first), or null when it does not load. */
  loadIndex: number | null
  /** `ok`: enabled and loads; `disabled`: the player turned it off; `error`: refused, see `errors`. */
  status: 'ok' | 'disabled' | 'error'
  errors: ModError[]
  /** Records per kind in its own files (as written). */
  counts: Partial<Record<RecordKind, number>>
}

/** What a game will be started with. */
export interface GameData {
  /** True when the base game loaded (mods may still have been refused). */
  ok: boolean
  rules?: Rules
  /** The base game and each loaded mod, in load order: what saves record. */
  data: { id: string; version: string; hash: string }[]
  /** Every mod found, in the player's order. */
  mods: ModStatus[]
  /** The base game's own errors (when `ok` is false). */
  baseErrors: DataFolderError[]
  /** A problem with the mods folder itself (unreadable, too many mods), or null. */
  modsProblem: string | null
}

/** How to load the game's data. */
export interface GameDataOptions {
  baseDir: string
  /** The mods folder; without one, no mods (but see `modFolders`). */
  modsDir?: string | undefined
  /** Single mod folders to consider besides the mods folder's (mod:check). */
  modFolders?: readonly string[]
  selection: ModSelection
  /** This build's version, for the mods' `gameVersions`. */
  gameVersion: string
  /** The base game's version in saves (default: the game version). */
  baseVersion?: string
  limits?: ModLimits
}

/** Where a document came from: which mod (or the base game), which file, its source. */
interface Origin {
  mod: string
  file: string
  source: JsonSource | undefined
}

function kindOf(data: unknown): RecordKind | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const kind = (data as { kind?: unknown }).kind
  if (typeof kind !== 'string') return undefined
  if (Object.prototype.hasOwnProperty.call(KIND_ALIASES, kind)) return KIND_ALIASES[kind]
  return (RECORD_KINDS as readonly string[]).includes(kind) ? (kind as RecordKind) : undefined
}

/** Records per kind in some documents, as written. */
export function countRecords(files: readonly { data: unknown }[]): Partial<Record<RecordKind, number>> {
  const counts: Partial<Record<RecordKind, number>> = {}
  for (const f of files) {
    const kind = kindOf(f.data)
    const records = kind === undefined ? undefined : (f.data as { records?: unknown }).records
    if (kind !== undefined && Array.isArray(records)) counts[kind] = (counts[kind] ?? 0) + records.length
  }
  return counts
}

/**
 * A mod may define a record id once per kind: two records with the same id in one mod are
 * almost always a copy-paste mistake (the later would silently win). Patches are not records.
 */
export function duplicateIdErrors(mod: string, files: readonly ModDataFile[]): ModError[] {
  const errors: ModError[] = []
  const seen = new Map<string, { file: string; pointer: string }>()
  for (const f of files) {
    const kind = kindOf(f.source.value)
    const records = kind === undefined ? undefined : (f.source.value as { records?: unknown }).records
    if (kind === undefined || !Array.isArray(records)) continue
    records.forEach((record: unknown, i) => {
      const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined
      if (typeof id !== 'string') return
      const key = `${kind}\u0000${id}`
      const pointer = `/records/${i}/id`
      const first = seen.get(key)
      if (first === undefined) {
        seen.set(key, { file: f.file, pointer })
        return
      }
      errors.push({
        mod,
        file: f.file,
        pointer,
        ...positionAt(f.source, pointer),
        message: `duplicate ${kind} id "${id}": ${first.file} ${first.pointer} already defines it`,
        expected: 'each id once per kind in a mod (use "patch" to change a record)',
        found: JSON.stringify(id),
        severity: 'error',
      })
    })
  }
  return errors
}

/**
 * The engine checks a document's envelope but leaves `records` to its record loop, which
 * skips a `records` that is not an array: say so here rather than load nothing silently.
 */
export function envelopeErrors(mod: string, files: readonly ModDataFile[]): ModError[] {
  const errors: ModError[] = []
  for (const f of files) {
    const doc = f.source.value
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) continue
    for (const field of ['records', 'patch', 'remove'] as const) {
      const value = (doc as Record<string, unknown>)[field]
      if (value === undefined || Array.isArray(value)) continue
      const pointer = `/${field}`
      errors.push({ mod, file: f.file, pointer, ...positionAt(f.source, pointer), message: `"${field}" must be a list`, expected: 'array', found: JSON.stringify(value)?.slice(0, 60) ?? typeof value, severity: 'error' })
    }
  }
  return errors
}

/**
 * Checks a mod's parsed files before the engine sees them: lists that are not lists, an id
 * defined twice, and a `kind` that is no kind (such as "constructor", which must never be
 * looked up on an object). Answers the documents to give the engine and the errors found.
 */
export function checkModDocuments(mod: string, files: readonly ModDataFile[]): { docs: ModDataFile[]; errors: ModError[] } {
  const errors: ModError[] = [...envelopeErrors(mod, files), ...duplicateIdErrors(mod, files)]
  const docs: ModDataFile[] = []
  const kinds = [...RECORD_KINDS, ...Object.keys(KIND_ALIASES)]
  for (const f of files) {
    const kind = typeof f.source.value === 'object' && f.source.value !== null ? (f.source.value as { kind?: unknown }).kind : undefined
    if (typeof kind === 'string' && !kinds.includes(kind)) {
      errors.push({ mod, file: f.file, pointer: '/kind', ...positionAt(f.source, '/kind'), message: `"${kind.slice(0, 40)}" is not a kind of data file`, expected: `one of ${kinds.join(', ')}`, found: JSON.stringify(kind.slice(0, 40)), severity: 'error' })
      continue
    }
    docs.push(f)
  }
  return { docs, errors }
}

function toModError(e: DataError, origins: Map<string, Origin>, owner: string): ModError {
  const origin = origins.get(e.file)
  const file = origin === undefined ? e.file : origin.file
  // An unknown field: point at the field itself rather than at its record.
  const unknownField = /^no field ([^,\s]+)/.exec(e.expected ?? '')?.[1]
  const fieldPointer = unknownField === undefined ? null : `${e.pointer}/${unknownField.replace(/~/g, '~0').replace(/\//g, '~1')}`
  if (fieldPointer !== null && origin?.source?.positions.has(fieldPointer) === true) e = { ...e, pointer: fieldPointer, found: `a field "${unknownField}"` }
  const error: ModError = { mod: owner, file, pointer: e.pointer, ...locate(origin?.source, e.pointer), message: e.message, severity: e.severity }
  if (origin !== undefined && origin.mod !== owner) {
    error.fileMod = origin.mod
    error.message = `${e.message} (in ${origin.mod === BASE_MOD_ID ? 'the base game' : `the mod ${origin.mod}`}, after this mod's changes)`
  }
  if (e.expected !== undefined) error.expected = e.expected
  if (e.found !== undefined) error.found = e.found
  return error
}

function statusOf(found: FoundMod, manifest: ModManifest | null, enabled: boolean, position: number): ModStatus {
  return {
    id: found.id,
    folder: found.folder,
    name: manifest?.name ?? found.folder,
    version: manifest?.version ?? '?',
    description: manifest?.description ?? '',
    authors: manifest?.authors ?? [],
    gameVersions: manifest?.gameVersions ?? '?',
    dependencies: Object.entries(manifest?.dependencies ?? {}).map(([id, range]) => ({ id, range })),
    loadAfter: manifest?.loadAfter ?? [],
    enabled,
    position,
    loadIndex: null,
    status: found.errors.length > 0 ? 'error' : enabled ? 'ok' : 'disabled',
    errors: [...found.errors],
    counts: {},
  }
}

/** The mods found, in the player's order: the stored order first, then new folders by name. */
export function orderMods<T extends { id: string }>(found: readonly T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]))
  return found
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (rank.get(a.m.id) ?? order.length + a.i) - (rank.get(b.m.id) ?? order.length + b.i))
    .map(({ m }) => m)
}

/** Loads the base game and the enabled mods. */
export function loadGameData(options: GameDataOptions): GameData {
  const limits = options.limits ?? MOD_LIMITS
  const baseVersion = options.baseVersion ?? options.gameVersion
  const answer: GameData = { ok: false, data: [], mods: [], baseErrors: [], modsProblem: null }

  // The base game.
  const base = readDataFolder(options.baseDir)
  const origins = new Map<string, Origin>()
  const baseRoot = options.baseDir.split(path.sep).join('/')
  for (const f of base.files) origins.set(f.file, { mod: BASE_MOD_ID, file: f.file.startsWith(`${baseRoot}/`) ? f.file.slice(baseRoot.length + 1) : f.file, source: base.sources.get(f.file) })
  const baseResult = base.errors.length > 0 ? null : loadRules(base.files, { sources: 'off' })
  if (baseResult === null || !baseResult.ok) {
    answer.baseErrors = [...base.errors]
    if (baseResult !== null && !baseResult.ok) {
      for (const e of baseResult.errors) {
        const source = base.sources.get(e.file)
        const error: DataFolderError = { file: e.file, pointer: e.pointer, ...(source === undefined ? { line: 1, column: 1 } : positionAt(source, e.pointer)), message: e.message, severity: e.severity }
        if (e.expected !== undefined) error.expected = e.expected
        if (e.found !== undefined) error.found = e.found
        answer.baseErrors.push(error)
      }
    }
    return answer
  }
  answer.ok = true
  answer.rules = baseResult.rules
  answer.data.push({ id: BASE_MOD_ID, version: baseVersion, hash: hashDataFolder(options.baseDir) ?? 'unknown' })
  if (options.modsDir === undefined && (options.modFolders ?? []).length === 0) return answer

  // The mods found, their manifests, and the player's choices.
  const discovered = options.modsDir === undefined ? { mods: [], error: null } : discoverMods(options.modsDir, limits)
  answer.modsProblem = discovered.error
  const known = new Set(discovered.mods.map((m) => path.resolve(m.dir)))
  for (const dir of options.modFolders ?? []) if (!known.has(path.resolve(dir))) discovered.mods.push(readModManifest(dir, limits))
  const found = orderMods(discovered.mods, options.selection.order)
  const idCount = new Map<string, string[]>()
  for (const m of found) idCount.set(m.id, [...(idCount.get(m.id) ?? []), m.folder])
  for (const m of found) {
    const folders = idCount.get(m.id) ?? []
    if (m.id === BASE_MOD_ID) {
      m.errors.push({ mod: m.id, file: 'mod.json', pointer: '/id', ...locate(m.manifestSource, '/id'), message: '"base" is the base game\'s id; choose another', severity: 'error', code: 'mod/duplicate_id' })
    } else if (folders.length > 1) {
      m.errors.push({ mod: m.id, file: 'mod.json', pointer: '/id', ...locate(m.manifestSource, '/id'), message: `the folders ${folders.join(' and ')} both use the id "${m.id}"; rename one`, severity: 'error', code: 'mod/duplicate_id' })
    }
  }
  const enabledSet = new Set(options.selection.enabled)
  const statuses = found.map((m, i) => statusOf(m, m.manifest, enabledSet.has(m.id), i))
  answer.mods = statuses
  const byId = new Map<string, { found: FoundMod; status: ModStatus }>()
  found.forEach((m, i) => {
    if (!byId.has(m.id)) byId.set(m.id, { found: m, status: statuses[i]! })
  })

  const valid = found.filter((m) => m.manifest !== null && m.errors.length === 0)
  const wanted = valid.filter((m) => enabledSet.has(m.id)).map((m) => m.id)
  const { order, refused } = resolveLoadOrder(
    valid.map((m) => m.manifest!),
    wanted,
    options.gameVersion,
  )
  for (const r of refused) {
    const mod = byId.get(r.mod)
    if (mod === undefined) continue
    // A dependency that is installed but broken is "has errors", not "not installed".
    let message = r.message
    const dep = r.pointer.startsWith('/dependencies/') ? r.pointer.slice('/dependencies/'.length) : null
    if (dep !== null && r.code === 'mod/missing_dependency' && byId.get(dep)?.status.status === 'error') message = `${r.mod} needs ${dep}, which has errors`
    mod.status.status = 'error'
    mod.status.errors.push({ mod: r.mod, file: 'mod.json', pointer: r.pointer, ...locate(mod.found.manifestSource, r.pointer), message, severity: 'error', code: r.code })
  }

  // Each mod over the base game and the mods accepted before it.
  let current: DataFile[] = [...base.files]
  const accepted = new Set<string>()
  for (const id of order) {
    const mod = byId.get(id)!
    const manifest = mod.found.manifest!
    const blocked = Object.keys(manifest.dependencies).find((dep) => !accepted.has(dep))
    if (blocked !== undefined) {
      mod.status.status = 'error'
      mod.status.errors.push({ mod: id, file: 'mod.json', pointer: `/dependencies/${blocked}`, ...locate(mod.found.manifestSource, `/dependencies/${blocked}`), message: `${id} needs ${blocked}, which has errors`, severity: 'error', code: 'mod/dependency_refused' })
      continue
    }
    const read = readModData({ id, dir: mod.found.dir }, limits)
    const checked = checkModDocuments(id, read.files)
    const docs = checked.docs.map((f): DataFile => {
      const key = `${id}\u0000${f.file}`
      origins.set(key, { mod: id, file: f.file, source: f.source })
      return { file: key, data: f.source.value }
    })
    mod.status.counts = countRecords(docs)
    const errors: ModError[] = [...read.errors, ...checked.errors]
    const result = loadRules([...current, ...docs], { sources: 'off' })
    if (!result.ok) {
      const found = result.errors.filter((e) => e.severity === 'error').map((e) => toModError(e, origins, id))
      // Errors in earlier files are usually knock-on effects of this mod's own errors (a record
      // it broke no longer exists): show them only when the mod's own files look right.
      const own = found.filter((e) => e.fileMod === undefined)
      errors.push(...(errors.length > 0 || own.length > 0 ? own : found))
      if (found.length > own.length && (errors.length > 0 || own.length > 0)) {
        const n = found.length - own.length
        errors.push({ mod: id, file: own[0]?.file ?? errors[0]?.file ?? '', pointer: '', line: 1, column: 1, message: `${n} more error(s) in earlier files follow from the ones above`, severity: 'warning' })
      }
    }
    if (errors.length > 0 || !result.ok) {
      mod.status.status = 'error'
      mod.status.errors.push(...errors)
      continue
    }
    mod.status.loadIndex = accepted.size
    accepted.add(id)
    current = [...current, ...docs]
    answer.rules = result.rules
    answer.data.push({ id, version: manifest.version, hash: hashDataFolder(mod.found.dir) ?? 'unknown' })
  }
  return answer
}
