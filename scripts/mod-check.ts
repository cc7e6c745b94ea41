/**
 * `npm run mod:check -- <folder> [<folder>…] [--json] [--base <dir>] [--mods-dir <dir>]`:
 * the game's own validation for modders' CI. A folder may be a mod (it has `mod.json`: checked
 * over the base game and its dependencies, found next to it or in `--mods-dir`), a mods folder
 * (every mod in it), or a plain data folder such as game-data/base (layered in the order given).
 * Prints each problem as `file:line:column pointer: message [mod]`.
 * `--json` prints exactly one object `{ ok, errors: [{ mod, file, pointer, line, column,
 * message, severity }], counts: { <kind>: n } }`.
 * Exit codes: 0 valid (warnings allowed), 1 invalid, 2 bad usage. Never a stack trace.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { readFlags, UsageError } from './lib/cli-args'
import { checkFolders, type CheckError } from './lib/mod-check'

const ROOT = path.resolve(__dirname, '..')
const USAGE =
  'usage: npm run mod:check -- <folder> [<more folders>…] [--json] [--base <dir>] [--mods-dir <dir>]\n' +
  '  Validates a mod (a folder with mod.json), a folder of mods, or game data (e.g. game-data/base)\n' +
  '  and lists every problem with its file, line, column and JSON pointer.\n'

function format(e: CheckError): string {
  const where = e.pointer === '' ? '' : ` ${e.pointer}`
  const label = e.severity === 'warning' ? 'warning: ' : ''
  return `${e.file}:${e.line}:${e.column}${where}: ${label}${e.message} [${e.mod}]`
}

function main(): number {
  let args
  try {
    args = readFlags(process.argv.slice(2), { json: { type: 'boolean' }, help: { type: 'boolean' }, base: { type: 'string' }, 'mods-dir': { type: 'string' } }, { positionals: true })
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`${error.message}\n${USAGE}`)
    return 2
  }
  if (args.options.help === true) {
    process.stdout.write(USAGE)
    return 0
  }
  const folders = args.positional
  const json = args.options.json === true
  const base = args.options.base
  const modsDir = args.options['mods-dir']
  if (folders.length === 0) {
    process.stderr.write(`no folder given\n${USAGE}`)
    return 2
  }
  for (const folder of [...folders, ...(typeof base === 'string' ? [base] : []), ...(typeof modsDir === 'string' ? [modsDir] : [])]) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      process.stderr.write(`not a folder: ${folder}\n${USAGE}`)
      return 2
    }
  }

  const result = checkFolders(folders, {
    baseDir: typeof base === 'string' ? base : path.relative(process.cwd(), path.join(ROOT, 'game-data/base')) || '.',
    modsDir: typeof modsDir === 'string' ? modsDir : undefined,
  })
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`)
  } else {
    for (const e of result.errors) process.stdout.write(`${format(e)}\n`)
    const nErrors = result.errors.filter((e) => e.severity === 'error').length
    const nWarnings = result.errors.length - nErrors
    const counts = Object.entries(result.counts).filter(([, n]) => n > 0).map(([kind, n]) => `${kind} ${n}`).join(', ')
    process.stdout.write(
      result.ok
        ? `ok: ${counts === '' ? 'no records' : counts}${nWarnings > 0 ? `; ${nWarnings} warning(s)` : ''}\n`
        : `${nErrors} error(s), ${nWarnings} warning(s)\n`,
    )
  }
  return result.ok ? 0 : 1
}

let code: number
try {
  code = main()
} catch (cause) {
  process.stderr.write(`mod:check failed: ${cause instanceof Error ? cause.message : String(cause)}\n`)
  code = 1
}
process.exitCode = code
