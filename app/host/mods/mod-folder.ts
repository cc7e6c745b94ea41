/**
 * Finding and reading mods on disk. A mods folder holds one folder per mod; each has a
 * `mod.json` manifest and data files in the base game's format. Everything is parsed with
 * the safe JSON parser (no `__proto__`/`constructor` keys, size and depth limits) and every
 * problem comes back as a located `ModError`; nothing here throws and nothing in a mod is
 * ever executed (only `*.json` files are read). Every file is `lstat`ed before it is read and
 * opened without following links: a symbolic link (the manifest included) is refused with an
 * error naming it, and its target is never read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs'
import path from 'node:path'
import { valueAt } from '../../engine'
import { listDataFiles } from '../data/data-folder'
import { parseJsonSource, positionAt, type JsonLimits, type JsonSource } from '../data/json-source'
import { ModManifestSchema, MOD_MANIFEST_FILE, type ModManifest } from './mod-manifest'

/** One problem with a mod, located for a person (file:line:column) and a tool (JSON pointer). */
export interface ModError {
  /** The mod's id (its folder name when the manifest does not give one). */
  mod: string
  /** The file, relative to the mod's folder (`mod.json`, `chips.json`, `scenarios/x.json`); `base/…` for a base-game file. */
  file: string
  pointer: string
  line: number
  column: number
  message: string
  expected?: string
  found?: string
  severity: 'error' | 'warning'
  /** A stable code for refusals of the whole mod (`mod/cycle`, `mod/missing_dependency`…). */
  code?: string
  /** When the file is another mod's or the base game's (`base`): whose. */
  fileMod?: string
}

/** Limits on what a mod may contain (a hostile mod must not exhaust memory or stack). */
export interface ModLimits {
  /** Largest data file, in bytes. */
  maxFileBytes: number
  /** Largest `mod.json`, in bytes. */
  maxManifestBytes: number
  /** Deepest nesting of arrays and objects. */
  maxDepth: number
  /** Most data files in one mod. */
  maxFiles: number
  /** Most bytes of data files in one mod. */
  maxTotalBytes: number
  /** Most mod folders read from one mods folder. */
  maxMods: number
}

export const MOD_LIMITS: ModLimits = {
  maxFileBytes: 1024 * 1024,
  maxManifestBytes: 64 * 1024,
  maxDepth: 32,
  maxFiles: 256,
  maxTotalBytes: 16 * 1024 * 1024,
  maxMods: 200,
}

/** A parsed data file of a mod. */
export interface ModDataFile {
  /** Path relative to the mod's folder, with `/`. */
  file: string
  source: JsonSource
}

/** A mod folder as found on disk: its manifest (when valid), its data files and its problems. */
export interface FoundMod {
  /** The folder's name inside the mods folder. */
  folder: string
  /** The folder's full path. */
  dir: string
  /** The manifest's id, or the folder name when the manifest is unusable. */
  id: string
  manifest: ModManifest | null
  /** mod.json's parsed source (for locating load-order refusals). */
  manifestSource: JsonSource | null
  /** Problems with the manifest or reading the folder. */
  errors: ModError[]
}

/** A mod's data files, read and parsed, and the problems met doing so. */
export interface ReadModData {
  files: ModDataFile[]
  errors: ModError[]
}

function messageOf(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code
    return typeof code === 'string' ? `${code}: ${cause.message}` : cause.message
  }
  return String(cause)
}

/** What a mod's file holds when it is read: its text, or why it was not read. */
export type ModFileRead =
  | { ok: true; text: string; size: number }
  | { ok: false; problem: 'missing' | 'link' | 'not-file'; size: 0 }
  | { ok: false; problem: 'too-big'; size: number }

/** The message every refused link carries. */
export const LINK_REFUSED = 'is a symbolic link; links are not followed (copy the file into the mod instead)'

// Opening with O_NOFOLLOW also refuses a link swapped in after the lstat (where the OS has the flag).
const NO_FOLLOW = (constants as { O_NOFOLLOW?: number }).O_NOFOLLOW ?? 0

/**
 * Reads one file of a mod without following symbolic links: `lstat` first (a link or anything
 * but a plain file is refused unread, as is a file over `maxBytes`), then an open that refuses
 * links and a size check on what was opened. Throws only on I/O errors.
 */
export function readModFile(file: string, maxBytes: number): ModFileRead {
  let info
  try {
    info = lstatSync(file)
  } catch (cause) {
    if ((cause as { code?: unknown }).code === 'ENOENT') return { ok: false, problem: 'missing', size: 0 }
    throw cause
  }
  if (info.isSymbolicLink()) return { ok: false, problem: 'link', size: 0 }
  if (!info.isFile()) return { ok: false, problem: 'not-file', size: 0 }
  if (info.size > maxBytes) return { ok: false, problem: 'too-big', size: info.size }
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | NO_FOLLOW)
  } catch (cause) {
    if ((cause as { code?: unknown }).code === 'ELOOP') return { ok: false, problem: 'link', size: 0 }
    throw cause
  }
  try {
    const opened = fstatSync(fd)
    if (!opened.isFile()) return { ok: false, problem: 'not-file', size: 0 }
    if (opened.size > maxBytes) return { ok: false, problem: 'too-big', size: opened.size }
    const buffer = Buffer.alloc(opened.size)
    let read = 0
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read)
      if (n === 0) break
      read += n
    }
    return { ok: true, text: buffer.subarray(0, read).toString('utf8'), size: read }
  } finally {
    closeSync(fd)
  }
}

/** The position of a pointer in a source, or 1:1 without one. */
export function locate(source: JsonSource | null | undefined, pointer: string): { line: number; column: number } {
  return source === null || source === undefined ? { line: 1, column: 1 } : positionAt(source, pointer)
}

/** The mod folders of a mods folder, sorted by name. A missing mods folder has none. */
export function listModFolders(modsDir: string, limits: ModLimits = MOD_LIMITS): { folders: string[]; error: string | null } {
  let names: string[]
  try {
    names = readdirSync(modsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  } catch (cause) {
    const code = (cause as { code?: unknown }).code
    return { folders: [], error: code === 'ENOENT' ? null : `cannot read the mods folder: ${messageOf(cause)}` }
  }
  if (names.length > limits.maxMods) return { folders: names.slice(0, limits.maxMods), error: `the mods folder has ${names.length} folders; only the first ${limits.maxMods} are read` }
  return { folders: names, error: null }
}

/** Reads and checks one mod's `mod.json`. */
export function readModManifest(dir: string, limits: ModLimits = MOD_LIMITS): FoundMod {
  const folder = path.basename(dir)
  const found: FoundMod = { folder, dir, id: folder, manifest: null, manifestSource: null, errors: [] }
  const error = (pointer: string, message: string, extra: Partial<ModError> = {}): void => {
    found.errors.push({ mod: found.id, file: MOD_MANIFEST_FILE, pointer, ...locate(found.manifestSource, pointer), message, severity: 'error', ...extra })
  }
  const file = path.join(dir, MOD_MANIFEST_FILE)
  let text: string
  try {
    const read = readModFile(file, limits.maxManifestBytes)
    if (!read.ok) {
      if (read.problem === 'missing') error('', 'this folder has no mod.json: every mod needs one (id, name, version, gameVersions)')
      else if (read.problem === 'link') error('', `mod.json ${LINK_REFUSED}`)
      else if (read.problem === 'not-file') error('', 'cannot read mod.json: it is not a file')
      else error('', `mod.json is ${read.size} bytes; the limit is ${limits.maxManifestBytes}`)
      return found
    }
    text = read.text
  } catch (cause) {
    error('', `cannot read mod.json: ${messageOf(cause)}`)
    return found
  }
  const parsed = parseJsonSource(text, { maxBytes: limits.maxManifestBytes, maxDepth: limits.maxDepth })
  if (!parsed.ok) {
    const { message, pointer, line, column } = parsed.error
    found.errors.push({ mod: found.id, file: MOD_MANIFEST_FILE, pointer, line, column, message: `not valid JSON: ${message}`, severity: 'error' })
    return found
  }
  found.manifestSource = parsed.source
  const value = parsed.source.value as { id?: unknown } | null
  if (typeof value === 'object' && value !== null && typeof value.id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value.id)) found.id = value.id
  const result = ModManifestSchema.safeParse(parsed.source.value)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path
      const pointer = path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
      const extra: Partial<ModError> = {}
      if ('expected' in issue && typeof issue.expected === 'string') extra.expected = issue.expected
      if (issue.code === 'unrecognized_keys') extra.expected = `no field ${issue.keys.join(', ')} (mod.json has id, name, version, gameVersions, dependencies, loadAfter, description, authors)`
      const found = valueAt(parsed.source.value, issue.path)
      if (found !== undefined && issue.code !== 'unrecognized_keys') extra.found = JSON.stringify(found).slice(0, 60)
      error(pointer, issue.message, extra)
    }
    return found
  }
  found.manifest = result.data
  return found
}

/** Finds every mod of a mods folder (manifests only; data files are read when a mod is loaded). */
export function discoverMods(modsDir: string, limits: ModLimits = MOD_LIMITS): { mods: FoundMod[]; error: string | null } {
  const { folders, error } = listModFolders(modsDir, limits)
  return { mods: folders.map((folder) => readModManifest(path.join(modsDir, folder), limits)), error }
}

/** Reads and safely parses a mod's data files (every `*.json` but mod.json, recursively, in path order). */
export function readModData(mod: { id: string; dir: string }, limits: ModLimits = MOD_LIMITS): ReadModData {
  const errors: ModError[] = []
  const files: ModDataFile[] = []
  const fail = (file: string, message: string, at: { pointer?: string; line?: number; column?: number } = {}): void => {
    errors.push({ mod: mod.id, file, pointer: at.pointer ?? '', line: at.line ?? 1, column: at.column ?? 1, message, severity: 'error' })
  }
  let names: string[]
  const links: string[] = []
  try {
    names = listDataFiles(mod.dir, links).filter((name) => name !== MOD_MANIFEST_FILE)
  } catch (cause) {
    fail('', `cannot read the mod's folder: ${messageOf(cause)}`)
    return { files, errors }
  }
  for (const link of links) fail(link, `${link} ${LINK_REFUSED}`)
  if (names.length > limits.maxFiles) {
    fail('', `the mod has ${names.length} data files; the limit is ${limits.maxFiles}`)
    return { files, errors }
  }
  let total = 0
  for (const name of names) {
    const full = path.join(mod.dir, name)
    let text: string
    try {
      const read = readModFile(full, limits.maxFileBytes)
      if (!read.ok) {
        if (read.problem === 'too-big') fail(name, `the file is ${read.size} bytes; the limit is ${limits.maxFileBytes} (split it into smaller files)`)
        else if (read.problem === 'link') fail(name, `${name} ${LINK_REFUSED}`)
        else fail(name, `cannot read the file: ${read.problem === 'missing' ? 'it is gone' : 'it is not a file'}`)
        continue
      }
      total += read.size
      if (total > limits.maxTotalBytes) {
        fail(name, `the mod's data files add up to more than ${limits.maxTotalBytes} bytes`)
        break
      }
      text = read.text
    } catch (cause) {
      fail(name, `cannot read the file: ${messageOf(cause)}`)
      continue
    }
    const limitsForJson: JsonLimits = { maxBytes: limits.maxFileBytes, maxDepth: limits.maxDepth }
    const parsed = parseJsonSource(text, limitsForJson)
    if (!parsed.ok) {
      fail(name, `not valid JSON: ${parsed.error.message}`, parsed.error)
      continue
    }
    files.push({ file: name, source: parsed.source })
  }
  return { files, errors }
}
