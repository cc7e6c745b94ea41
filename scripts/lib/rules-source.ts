/** Where sim and bench take their rules: `--data <dir>`, else game-data/base when it has data, else the fixture. */
import path from 'node:path'
import type { Rules } from '../../app/engine'
import { formatDataError, listJsonFiles, loadDataDirs } from './load-data-dir'

/** The fixture ruleset's folder. */
export const FIXTURE_DIR = path.join('tests', 'fixtures', 'rules')
/** The base game's folder. */
export const BASE_DIR = path.join('game-data', 'base')

/** Picks the data folder: the option, else the base game if it has JSON files, else the fixture. */
export function dataDir(option: string | true | undefined): string {
  if (typeof option === 'string') return option
  return listJsonFiles(BASE_DIR).length > 0 ? BASE_DIR : FIXTURE_DIR
}

/** Loads rules from a folder, or exits with every error printed. */
export function loadRulesOrExit(dir: string): Rules {
  const result = loadDataDirs([dir])
  if (!result.ok) {
    process.stderr.write(`Cannot load rules from ${dir}:\n${result.errors.map((e) => `  ${formatDataError(e)}`).join('\n')}\n`)
    process.exit(1)
  }
  return result.rules
}
