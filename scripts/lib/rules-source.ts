/**
 * Where sim and bench take their rules: `--data <dir>`, else game-data/base when it has data,
 * else the engine's fixture. Reading goes through the host's data-folder reader (safe JSON
 * parser, skips `schemas/`), the same one mods use.
 */
import path from 'node:path'
import { formatDataFolderError, listDataFiles, loadDataFolder } from '../../app/host/data/data-folder'
import { loadGameData } from '../../app/host/mods/mod-loader'
import { ENGINE_VERSION, type Rules } from '../../app/engine'

/** The fixture ruleset's folder. */
export const FIXTURE_DIR = path.join('tests', 'fixtures', 'rules')
/** The base game's folder. */
export const BASE_DIR = path.join('game-data', 'base')

function hasData(dir: string): boolean {
  try {
    return listDataFiles(dir).length > 0
  } catch {
    return false
  }
}

/** Picks the data folder: the option, else the base game if it has JSON files, else the fixture. */
export function dataDir(option: string | true | undefined): string {
  if (typeof option === 'string') return option
  return hasData(BASE_DIR) ? BASE_DIR : FIXTURE_DIR
}

/** Loads rules from a folder, or exits with every error printed. */
export function loadRulesOrExit(dir: string): Rules {
  const result = loadDataFolder(dir)
  if (!result.ok || result.rules === undefined) {
    process.stderr.write(`Cannot load rules from ${dir}:\n${result.errors.filter((e) => e.severity === 'error').map((e) => `  ${formatDataFolderError(e)}`).join('\n')}\n`)
    process.exit(1)
  }
  return result.rules
}

/**
 * Loads rules from a folder with the mods of a mods folder on top (`--mods-dir`): the mods
 * named (`--mods a,b`, in that order) or else every mod there, as the game would; exits
 * with every error of a refused mod printed.
 */
export function loadRulesWithModsOrExit(dir: string, modsDir: string, mods?: string): Rules {
  const ids = typeof mods === 'string' && mods !== '' ? mods.split(',').map((m) => m.trim()) : undefined
  const found = loadGameData({ baseDir: dir, modsDir, selection: { order: [], enabled: [] }, gameVersion: ENGINE_VERSION })
  const enabled = ids ?? found.mods.map((m) => m.id)
  const result = loadGameData({ baseDir: dir, modsDir, selection: { order: enabled, enabled }, gameVersion: ENGINE_VERSION })
  const refused = result.mods.filter((m) => enabled.includes(m.id) && m.status !== 'ok')
  const missing = enabled.filter((id) => !result.mods.some((m) => m.id === id))
  if (!result.ok || result.rules === undefined || refused.length > 0 || missing.length > 0) {
    const lines = [
      ...result.baseErrors.map((e) => `  ${formatDataFolderError(e)}`),
      ...missing.map((id) => `  no mod "${id}" in ${modsDir}`),
      ...refused.flatMap((m) => m.errors.map((e) => `  ${m.id}: ${e.file}:${e.line}:${e.column} ${e.pointer}: ${e.message}`)),
    ]
    process.stderr.write(`Cannot load rules from ${dir} with the mods of ${modsDir}:\n${lines.join('\n')}\n`)
    process.exit(1)
  }
  return result.rules
}
