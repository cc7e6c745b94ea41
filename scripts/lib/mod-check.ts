/**
 * What `npm run mod:check` checks, as a function the tests call directly. It takes folders:
 * - a mod (a folder with `mod.json`): checked as the game loads it, over the base game and
 *   its dependencies (found next to it, or in `modsDir`);
 * - a mods folder (sub-folders with `mod.json`): every mod in it, each checked that way;
 * - a data folder (the base game): layered in the order given, as before mods existed.
 * Every problem has the mod, the file (as a path from the working folder), the JSON pointer,
 * line, column and message; nothing here throws.
 */
import { lstatSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { ENGINE_VERSION, type RecordKind } from '../../app/engine'
import { loadDataFolder } from '../../app/host/data/data-folder'
import { loadGameData } from '../../app/host/mods/mod-loader'
import { discoverMods, readModManifest, type FoundMod } from '../../app/host/mods/mod-folder'
import { MOD_MANIFEST_FILE } from '../../app/host/mods/mod-manifest'

/** One problem as mod:check reports it. */
export interface CheckError {
  mod: string
  file: string
  pointer: string
  line: number
  column: number
  message: string
  severity: 'error' | 'warning'
}

/** mod:check's answer (`--json` prints exactly this). */
export interface CheckResult {
  ok: boolean
  errors: CheckError[]
  counts: Partial<Record<RecordKind, number>>
}

/**
 * Whether something is at `file`, without following a symbolic link: a `mod.json` that is a link
 * still makes its folder a mod, which the manifest reader then refuses (links are not followed).
 */
function present(file: string): boolean {
  try {
    lstatSync(file)
    return true
  } catch {
    return false
  }
}

/** What a folder is. */
export function folderKind(dir: string): 'mod' | 'mods' | 'data' {
  if (present(path.join(dir, MOD_MANIFEST_FILE))) return 'mod'
  try {
    const entries = readdirSync(dir, { withFileTypes: true })
    const hasData = entries.some((e) => e.isFile() && e.name.endsWith('.json'))
    const hasMods = entries.some((e) => e.isDirectory() && present(path.join(dir, e.name, MOD_MANIFEST_FILE)))
    if (hasMods && !hasData) return 'mods'
  } catch {
    // An unreadable folder is reported by the loader.
  }
  return 'data'
}

/** The message with what was expected and found. */
export function withDetail(message: string, expected?: string, found?: string): string {
  const extra = [expected !== undefined ? `expected ${expected}` : '', found !== undefined ? `found ${found}` : ''].filter(Boolean).join('; ')
  return extra === '' ? message : `${message} (${extra})`
}

function slash(p: string): string {
  return p.split(path.sep).join('/')
}

/** Checks data folders layered in order (the base game, or base then plain data folders). */
function checkDataFolders(folders: readonly string[]): CheckResult {
  const result = loadDataFolder(folders)
  const owner = (file: string): string => {
    const folder = folders.find((f) => file.startsWith(`${slash(f)}/`))
    return folder === undefined ? '(data)' : path.basename(path.resolve(folder))
  }
  return {
    ok: result.ok,
    errors: result.errors.map((e) => ({ mod: owner(e.file), file: e.file, pointer: e.pointer, line: e.line, column: e.column, message: withDetail(e.message, e.expected, e.found), severity: e.severity })),
    counts: result.counts,
  }
}

/** The manifests of a mods folder, read once per folder. */
const manifestCache = new Map<string, FoundMod[]>()
function manifestsOf(modsDir: string): FoundMod[] {
  const key = path.resolve(modsDir)
  let found = manifestCache.get(key)
  if (found === undefined) manifestCache.set(key, (found = discoverMods(modsDir).mods))
  return found
}

/** Checks mods (folders with mod.json) over the base game, each with its dependencies. */
function checkMods(modDirs: readonly string[], baseDir: string, modsDir: string | undefined): CheckResult {
  const errors: CheckError[] = []
  const counts: Partial<Record<RecordKind, number>> = {}
  for (const dir of modDirs) {
    const manifest = readModManifest(dir)
    const context = modsDir ?? path.dirname(path.resolve(dir))
    // Enable the mod and, transitively, what it depends on (as a player would).
    const enabled = new Set<string>([manifest.id])
    const siblings = manifestsOf(context)
    const byId = new Map(siblings.map((m) => [m.id, m]))
    byId.set(manifest.id, manifest)
    for (let grew = true; grew; ) {
      grew = false
      for (const id of [...enabled]) {
        for (const dep of Object.keys(byId.get(id)?.manifest?.dependencies ?? {})) {
          if (enabled.has(dep)) continue
          enabled.add(dep)
          grew = true
        }
      }
    }
    const loaded = loadGameData({ baseDir, modsDir: context, modFolders: [dir], selection: { order: [], enabled: [...enabled] }, gameVersion: ENGINE_VERSION })
    if (!loaded.ok) {
      for (const e of loaded.baseErrors) errors.push({ mod: 'base', file: e.file, pointer: e.pointer, line: e.line, column: e.column, message: withDetail(e.message, e.expected, e.found), severity: e.severity })
      continue
    }
    const folderName = path.basename(path.resolve(dir))
    const dirOf = new Map<string, string>(loaded.mods.map((m) => [m.id, m.id === manifest.id && m.folder === folderName ? dir : path.join(context, m.folder)]))
    dirOf.set('base', baseDir)
    const target = loaded.mods.find((m) => m.id === manifest.id && m.folder === folderName)
    const reported = [target, ...[...enabled].filter((id) => id !== manifest.id).map((id) => loaded.mods.find((m) => m.id === id))]
    for (const mod of reported) {
      if (mod === undefined) continue
      for (const e of mod.errors) {
        const root = dirOf.get(e.fileMod ?? mod.id) ?? dir
        const file = e.file === '' ? slash(root) : slash(path.join(root, e.file))
        errors.push({ mod: mod.id, file, pointer: e.pointer, line: e.line, column: e.column, message: withDetail(e.message, e.expected, e.found), severity: e.severity })
      }
    }
    for (const [kind, n] of Object.entries(target?.counts ?? {})) counts[kind as RecordKind] = (counts[kind as RecordKind] ?? 0) + n
  }
  return { ok: !errors.some((e) => e.severity === 'error'), errors, counts }
}

/** Options of a check. */
export interface CheckOptions {
  /** The base game's folder for mods (default game-data/base next to the scripts). */
  baseDir: string
  /** Where to find mods' dependencies (default: the folder each mod is in). */
  modsDir?: string | undefined
}

/** Checks the folders given on the command line. */
export function checkFolders(folders: readonly string[], options: CheckOptions): CheckResult {
  const kinds = folders.map(folderKind)
  if (kinds.every((k) => k === 'data')) return checkDataFolders(folders)
  const dataFolders = folders.filter((_, i) => kinds[i] === 'data')
  const baseDir = dataFolders[0] ?? options.baseDir
  const modDirs: string[] = []
  folders.forEach((folder, i) => {
    if (kinds[i] === 'mod') modDirs.push(folder)
    else if (kinds[i] === 'mods') {
      for (const e of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        // Dirent.isDirectory() is false for a link to a folder: linked mod folders are not followed.
        if (e.isDirectory() && present(path.join(folder, e.name, MOD_MANIFEST_FILE))) modDirs.push(path.join(folder, e.name))
      }
    }
  })
  return checkMods(modDirs, baseDir, options.modsDir)
}
