/**
 * Reads a data folder (the base game or a mod) for the engine: every `*.json` under it,
 * recursively, sorted by path (so layering is the same on every machine), skipping
 * `schemas/` (the generated JSON Schemas are not data). Each file goes through the safe
 * parser (`json-source.ts`: positions by JSON pointer, no `__proto__`, size and depth limits),
 * then all documents go to the engine's `loadRules`. Every problem comes back as a value
 * with its file, pointer, line and column; nothing here throws.
 * No electron here: `npm run mod:check`, the tests and the host all use it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { KIND_ALIASES, RECORD_KINDS, loadRules, type DataFile, type LoadOptions, type RecordKind, type Rules } from '../../engine'
import { parseJsonSource, positionAt, type JsonSource } from './json-source'

/** One problem in a data folder, located for a person (file:line:column) and a tool (pointer). */
export interface DataFolderError {
  /** The file's path as `folder/relative/path.json` (or `(rules)` for a problem of the whole set). */
  file: string
  /** JSON pointer into that file. */
  pointer: string
  /** 1-based line and column of the value the pointer names (or of its nearest ancestor). */
  line: number
  column: number
  message: string
  severity: 'error' | 'warning'
  expected?: string
  found?: string
}

/** Records per kind (after layering when the data loaded, else as written in the documents). */
export type DataCounts = Record<RecordKind, number>

/** What `loadDataFolder` answers. */
export interface DataFolderResult {
  /** True when there is no error (warnings allowed). */
  ok: boolean
  /** Errors and warnings, in load order. */
  errors: DataFolderError[]
  counts: DataCounts
  /** The data files read, in load order. */
  files: string[]
  /** The validated rules, when `ok`. */
  rules?: Rules
}

/** Directories never read as data. */
const SKIPPED_DIRS = new Set(['schemas', 'node_modules', '.git'])

/**
 * Lists a folder's data files: relative paths with `/`, recursively, sorted by code unit (a mod's
 * root `mod.json` is its manifest, not data). Symbolic links are never followed; when `links` is
 * given, the links that stand where a data file or a folder would be are added to it (mods report them).
 */
export function listDataFiles(dir: string, links?: string[]): string[] {
  const out: string[] = []
  const walk = (relative: string): void => {
    const entries = readdirSync(path.join(dir, relative), { withFileTypes: true })
    for (const entry of entries) {
      const rel = relative === '' ? entry.name : `${relative}/${entry.name}`
      // Symbolic links are neither files nor directories here: a mod cannot point outside itself.
      if (entry.isSymbolicLink()) {
        if (links !== undefined && !SKIPPED_DIRS.has(entry.name) && rel !== 'mod.json' && !entry.name.startsWith('.')) links.push(rel)
      } else if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(rel)
      } else if (entry.isFile() && entry.name.endsWith('.json') && !entry.name.endsWith('.schema.json') && rel !== 'mod.json') {
        out.push(rel)
      }
    }
  }
  walk('')
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

function emptyCounts(): DataCounts {
  return Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as DataCounts
}

function kindOf(data: unknown): RecordKind | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const kind = (data as { kind?: unknown }).kind
  if (typeof kind !== 'string') return undefined
  if (Object.prototype.hasOwnProperty.call(KIND_ALIASES, kind)) return KIND_ALIASES[kind]
  return (RECORD_KINDS as readonly string[]).includes(kind) ? (kind as RecordKind) : undefined
}

/** Options: the engine's loader options. */
export type DataFolderOptions = LoadOptions

/** The parsed documents of some data folders, before the engine sees them. */
export interface ReadDataFolder {
  /** The documents, in load order, for the engine's `loadRules`. */
  files: DataFile[]
  /** Each parsed file's source, for turning JSON pointers into line and column. */
  sources: Map<string, JsonSource>
  /** Folders or files that could not be read or parsed. */
  errors: DataFolderError[]
  /** Every data file found, in load order (read or not). */
  listed: string[]
}

/**
 * Reads and safely parses every data file of one or more folders (base first, then mods,
 * in the order given). A missing folder or an unreadable file is an error, never an exception.
 */
export function readDataFolder(dirs: string | readonly string[]): ReadDataFolder {
  const folders = typeof dirs === 'string' ? [dirs] : dirs
  const errors: DataFolderError[] = []
  const files: DataFile[] = []
  const sources = new Map<string, JsonSource>()
  const listed: string[] = []

  for (const dir of folders) {
    let names: string[]
    try {
      if (!statSync(dir).isDirectory()) throw new Error('not a folder')
      names = listDataFiles(dir)
    } catch (cause) {
      errors.push({ file: dir, pointer: '', line: 1, column: 1, message: `cannot read the data folder: ${messageOf(cause)}`, severity: 'error' })
      continue
    }
    for (const name of names) {
      const file = path.join(dir, name).split(path.sep).join('/')
      listed.push(file)
      let text: string
      try {
        text = readFileSync(path.join(dir, name), 'utf8')
      } catch (cause) {
        errors.push({ file, pointer: '', line: 1, column: 1, message: `cannot read the file: ${messageOf(cause)}`, severity: 'error' })
        continue
      }
      const parsed = parseJsonSource(text)
      if (!parsed.ok) {
        const { message, pointer, line, column } = parsed.error
        errors.push({ file, pointer, line, column, message: `not valid JSON: ${message}`, severity: 'error' })
        continue
      }
      sources.set(file, parsed.source)
      files.push({ file, data: parsed.source.value })
    }
  }
  return { files, sources, errors, listed }
}

/**
 * Loads one or more folders (base first, then mods, in the order given) into rules.
 * A missing folder or an unreadable file is an error in the result, never an exception.
 */
export function loadDataFolder(dirs: string | readonly string[], options: DataFolderOptions = {}): DataFolderResult {
  const { files, sources, errors, listed } = readDataFolder(dirs)
  const counts = emptyCounts()
  for (const f of files) {
    const kind = kindOf(f.data)
    const records = (f.data as { records?: unknown }).records
    if (kind !== undefined && Array.isArray(records)) counts[kind] += records.length
  }

  const result = loadRules(files, options)
  const engineErrors = result.ok ? result.warnings : result.errors
  for (const e of engineErrors) {
    const source = sources.get(e.file)
    const position = source === undefined ? { line: 1, column: 1 } : positionAt(source, e.pointer)
    const error: DataFolderError = { file: e.file, pointer: e.pointer, ...position, message: e.message, severity: e.severity }
    if (e.expected !== undefined) error.expected = e.expected
    if (e.found !== undefined) error.found = e.found
    errors.push(error)
  }

  const ok = result.ok && !errors.some((e) => e.severity === 'error')
  if (result.ok) {
    for (const kind of RECORD_KINDS) {
      counts[kind] = kind === 'constants' ? (files.some((f) => kindOf(f.data) === 'constants') ? 1 : 0) : Object.keys(result.rules[kind as Exclude<RecordKind, 'constants'>]).length
    }
  }
  const answer: DataFolderResult = { ok, errors, counts, files: listed }
  if (ok && result.ok) answer.rules = result.rules
  return answer
}

/** `file:line:column pointer: message (expected …; found …)`, the form editors turn into links. */
export function formatDataFolderError(e: DataFolderError): string {
  const extra = [e.expected !== undefined ? `expected ${e.expected}` : '', e.found !== undefined ? `found ${e.found}` : ''].filter(Boolean).join('; ')
  const where = e.pointer === '' ? '' : ` ${e.pointer}`
  const label = e.severity === 'warning' ? 'warning: ' : ''
  return `${e.file}:${e.line}:${e.column}${where}: ${label}${e.message}${extra === '' ? '' : ` (${extra})`}`
}

function messageOf(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code
    return typeof code === 'string' ? `${code}: ${cause.message}` : cause.message
  }
  return String(cause)
}
