/** Reads a folder of JSON data documents for `loadRules` (the engine never reads disks); the tests' light reader (the host's data-folder reader is the safe one for mods). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { loadRules, type DataError, type DataFile, type LoadResult } from '../../app/engine'

/** Lists a folder's `.json` files (recursively, sorted by path so layering is stable). */
export function listJsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name)
    // Generated JSON Schemas are not data.
    if (statSync(full).isDirectory()) {
      if (name !== 'schemas') out.push(...listJsonFiles(full))
    }
    else if (name.endsWith('.json')) out.push(full)
  }
  return out
}

/** Reads and parses every JSON file of the folders, in order; unparsable files become errors. */
export function readDataFiles(dirs: readonly string[]): { files: DataFile[]; errors: DataError[] } {
  const files: DataFile[] = []
  const errors: DataError[] = []
  for (const dir of dirs) {
    for (const file of listJsonFiles(dir)) {
      const rel = path.relative(process.cwd(), file)
      try {
        files.push({ file: rel, data: JSON.parse(readFileSync(file, 'utf8')) as unknown })
      } catch (cause) {
        errors.push({ file: rel, pointer: '', message: `not valid JSON: ${String(cause)}`, severity: 'error' })
      }
    }
  }
  return { files, errors }
}

/** Loads rules from folders (base first, then mods). */
export function loadDataDirs(dirs: readonly string[]): LoadResult {
  const { files, errors } = readDataFiles(dirs)
  const result = loadRules(files)
  if (errors.length > 0) return { ok: false, errors: [...errors, ...(result.ok ? result.warnings : result.errors)] }
  return result
}

/** Formats a data error the Unciv way: file, pointer, message, expected/found, severity. */
export function formatDataError(e: DataError): string {
  const extra = [e.expected !== undefined ? `expected ${e.expected}` : '', e.found !== undefined ? `found ${e.found}` : ''].filter(Boolean).join('; ')
  return `${e.severity} ${e.file}${e.pointer === '' ? '' : `#${e.pointer}`}: ${e.message}${extra === '' ? '' : ` (${extra})`}`
}
