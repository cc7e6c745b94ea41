/**
 * The scripts' command-line flags, read by Node's own `util.parseArgs` in strict mode: each
 * script declares its flags (`--name value` strings, `--name` switches), and an unknown flag,
 * a string flag without its value or a switch given a value is a usage error (exit 2, with
 * the script's usage line) instead of being silently ignored.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'

/** A script's flags: name → `{ type: 'string' }` or `{ type: 'boolean' }`. */
export type Flags = ParseArgsOptionsConfig

/** What `parseArgs` answers for these flags (values typed from the declaration). */
type Parsed<F extends Flags> = ReturnType<typeof parseArgs<{ args: string[]; options: F; strict: true; allowPositionals: true }>>

/** The flags as given (absent ones are undefined) and the arguments that are not flags. */
export interface CliArgs<F extends Flags> {
  options: Parsed<F>['values']
  positional: string[]
}

/** A command line the script cannot run: says what is wrong. */
export class UsageError extends Error {}

/** Reads `argv` (without node and the script's path) against the script's flags; throws UsageError. */
export function readFlags<const F extends Flags>(argv: readonly string[], flags: F, options: { positionals?: boolean } = {}): CliArgs<F> {
  try {
    const parsed = parseArgs({ args: [...argv], options: flags, strict: true, allowPositionals: options.positionals ?? false })
    return { options: parsed.values as Parsed<F>['values'], positional: parsed.positionals }
  } catch (error) {
    // Node's messages name the flag: "Unknown option '--sead'…", "Option '--seed <value>' argument missing".
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

/** `readFlags` for a script's entry point: on a usage error, prints it and the usage, and exits 2. */
export function flagsOrExit<const F extends Flags>(argv: readonly string[], flags: F, usage: string, options: { positionals?: boolean } = {}): CliArgs<F> {
  try {
    return readFlags(argv, flags, options)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`${error.message}\n${usage.endsWith('\n') ? usage : `${usage}\n`}`)
    process.exit(2)
  }
}

/** A whole number from a string flag, or the default; throws UsageError on anything else. */
export function readInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const parsed = Number(value)
  if (value.trim() === '' || !Number.isInteger(parsed)) throw new UsageError(`--${name} needs a whole number (got ${value}).`)
  return parsed
}

/** `readInt` for a script's entry point: exits 2 with the message on a bad value. */
export function intOption(value: string | undefined, name: string, fallback: number): number {
  try {
    return readInt(value, name, fallback)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(2)
  }
}
