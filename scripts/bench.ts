/**
 * `npm run bench [-- --json]`: measures speeds and sizes and prints them as figures and
 * ratios (never as pass/fail). Each part of the game adds its figures here.
 */
import { engineInfo } from '../app/engine'
import { parseArgs } from './lib/cli-args'

const args = parseArgs(process.argv.slice(2))

/** Times `fn` over `runs` runs after a warm-up; returns the median in milliseconds. */
export function medianMs(fn: () => void, runs = 200): number {
  for (let i = 0; i < Math.min(20, runs); i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    fn()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? 0
}

const figures: Record<string, number | string> = {
  engineVersion: engineInfo().version,
  engineInfoMs: medianMs(() => void engineInfo(), 10_000),
}

if (args.options.json === true) {
  process.stdout.write(`${JSON.stringify(figures)}\n`)
} else {
  process.stdout.write('Silicon Curtain benchmarks\n')
  for (const [name, value] of Object.entries(figures)) {
    process.stdout.write(`  ${name.padEnd(32)} ${typeof value === 'number' ? value.toFixed(4) : value}\n`)
  }
  process.stdout.write('\nThe engine, AI, host and renderer add their figures as their issues land (docs/architecture.md).\n')
}
