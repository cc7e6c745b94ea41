/**
 * Where sim and bench take their rules: `--data <dir>`, else game-data/base when it has data,
 * else the engine's fixture. Reading goes through the host's data-folder reader (safe JSON
 * parser, skips `schemas/`), the same one mods use.
 */
import path from 'node:path'
import { formatDataFolderError, listDataFiles, loadDataFolder } from '../../app/host/data/data-folder'
import type { Rules } from '../../app/engine'

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
