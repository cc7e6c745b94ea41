/** A tiny `--name value` / `--flag` parser for the project's scripts (no dependency). */

/** Parsed arguments: flags as `true`, options as strings, the rest positional. */
export interface CliArgs {
  options: Record<string, string | true>
  positional: string[]
}

/** Parses `argv` (without node and script paths). */
export function parseArgs(argv: readonly string[]): CliArgs {
  const options: Record<string, string | true> = {}
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
    const next = argv[i + 1]
    if (inline !== undefined) options[name] = inline
    else if (next !== undefined && !next.startsWith('--')) {
      options[name] = next
      i++
    } else options[name] = true
  }
  return { options, positional }
}

/** Reads an integer option, or the default; exits with a message on a bad value. */
export function intOption(args: CliArgs, name: string, fallback: number): number {
  const raw = args.options[name]
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (raw === true || !Number.isInteger(value)) {
    process.stderr.write(`--${name} needs a whole number (got ${String(raw)}).\n`)
    process.exit(2)
  }
  return value
}
