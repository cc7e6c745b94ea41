/**
 * `npm run mod:check -- <folder> [<mod folder>…] [--json]`: validates a data folder (the base
 * game or a mod, layered after the folders before it) against the engine's schemas and
 * cross-references. Prints each problem as `file:line:column pointer: message`.
 * `--json` prints exactly one object `{ ok, errors: [{ file, pointer, line, column, message,
 * severity }], counts: { <kind>: n } }`.
 * Exit codes: 0 valid (warnings allowed), 1 invalid, 2 bad usage. Never a stack trace.
 */
import { existsSync, statSync } from 'node:fs'
import { formatDataFolderError, loadDataFolder } from '../app/host/data/data-folder'
import { parseArgs } from './lib/cli-args'

const USAGE = 'usage: npm run mod:check -- <folder> [<more folders>…] [--json]\n' +
  '  Validates game data (e.g. game-data/base, or the base then a mod) and lists every problem.\n'

/** The message with what was expected and found, as the text output prints it. */
function withDetail(message: string, expected?: string, found?: string): string {
  const extra = [expected !== undefined ? `expected ${expected}` : '', found !== undefined ? `found ${found}` : ''].filter(Boolean).join('; ')
  return extra === '' ? message : `${message} (${extra})`
}

function main(): number {
  const args = parseArgs(process.argv.slice(2))
  const unknown = Object.keys(args.options).filter((k) => k !== 'json' && k !== 'help')
  if (args.options.help !== undefined) {
    process.stdout.write(USAGE)
    return 0
  }
  // `--json <folder>` would parse the folder as the option's value: take it back.
  const folders = [...args.positional]
  if (typeof args.options.json === 'string') folders.unshift(args.options.json)
  const json = args.options.json !== undefined
  if (unknown.length > 0 || folders.length === 0) {
    process.stderr.write(`${unknown.length > 0 ? `unknown option --${unknown.join(', --')}\n` : 'no folder given\n'}${USAGE}`)
    return 2
  }
  for (const folder of folders) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      process.stderr.write(`not a folder: ${folder}\n${USAGE}`)
      return 2
    }
  }

  const result = loadDataFolder(folders)
  const errors = result.errors.map((e) => ({
    file: e.file,
    pointer: e.pointer,
    line: e.line,
    column: e.column,
    message: withDetail(e.message, e.expected, e.found),
    severity: e.severity,
  }))
  if (json) {
    process.stdout.write(`${JSON.stringify({ ok: result.ok, errors, counts: result.counts })}\n`)
  } else {
    for (const e of result.errors) process.stdout.write(`${formatDataFolderError(e)}\n`)
    const nErrors = result.errors.filter((e) => e.severity === 'error').length
    const nWarnings = result.errors.length - nErrors
    const counts = Object.entries(result.counts).map(([kind, n]) => `${kind} ${n}`).join(', ')
    process.stdout.write(
      result.ok
        ? `ok: ${result.files.length} files; ${counts}${nWarnings > 0 ? `; ${nWarnings} warning(s)` : ''}\n`
        : `${nErrors} error(s), ${nWarnings} warning(s) in ${result.files.length} files\n`,
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
