/**
 * `npm run bench [-- --json] [--only <section>]`: measures speeds and sizes and prints them
 * as figures and ratios (never pass/fail). Each part of the game adds a section in
 * scripts/bench/ and lists it here.
 */
import { flagsOrExit } from './lib/cli-args'
import { engineInfoSection } from './bench/engine-info'
import { engineSection } from './bench/engine'
import { savesSection } from './bench/saves'
import { rendererSection } from './bench/renderer'
import { aiSection } from './bench/ai'
import { hostSection } from './bench/host'
import { hostDuringAiSection } from './bench/host-during-ai'
import { sizesSection } from './bench/sizes'
import type { BenchSection } from './bench/section'

const SECTIONS: BenchSection[] = [engineInfoSection, engineSection, savesSection, hostSection, sizesSection, hostDuringAiSection, rendererSection, aiSection]

async function main(): Promise<void> {
  const args = flagsOrExit(process.argv.slice(2), { json: { type: 'boolean' }, only: { type: 'string' } }, 'usage: npm run bench -- [--json] [--only <section>]')
  const only = args.options.only ?? null
  const figures: Record<string, number | string> = {}
  for (const section of SECTIONS) {
    if (only !== null && !section.name.includes(only)) continue
    const result = await section.run()
    Object.assign(figures, result)
    if (args.options.json !== true) {
      process.stdout.write(`\n${section.name}\n`)
      for (const [name, value] of Object.entries(result)) {
        const shown = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(4)) : value
        process.stdout.write(`  ${name.padEnd(40)} ${shown}\n`)
      }
    }
  }
  if (args.options.json === true) process.stdout.write(`${JSON.stringify(figures)}\n`)
}

void main()
