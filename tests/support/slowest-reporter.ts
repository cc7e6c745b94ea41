/**
 * A vitest reporter that ends every run with the ten slowest tests and the ten slowest files
 * (wall time of the file, its set-up included), so a test that creeps towards the suite's
 * time budget (docs/testing.md) is seen in every run, CI's included.
 */
import type { Reporter, TestModule } from 'vitest/node'

const SHOWN = 10

interface Timed {
  name: string
  ms: number
}

/** The `count` longest of `items`, longest first. */
export function slowest(items: readonly Timed[], count = SHOWN): Timed[] {
  return [...items].sort((a, b) => b.ms - a.ms).slice(0, count)
}

/** One line a row: seconds right-aligned, then the name. */
export function formatSlowest(title: string, rows: readonly Timed[]): string {
  const lines = rows.map((row) => `${(row.ms / 1000).toFixed(1).padStart(7)} s  ${row.name}`)
  return [title, ...lines].join('\n')
}

export default class SlowestReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const tests: Timed[] = []
    const files: Timed[] = []
    for (const module of modules) {
      const file = module.relativeModuleId
      files.push({ name: file, ms: module.diagnostic().duration })
      for (const test of module.children.allTests()) {
        const ms = test.diagnostic()?.duration
        if (ms !== undefined) tests.push({ name: `${file} > ${test.fullName}`, ms })
      }
    }
    if (tests.length === 0) return
    const out = ['', formatSlowest(`The ${SHOWN} slowest tests:`, slowest(tests)), '', formatSlowest(`The ${SHOWN} slowest files:`, slowest(files)), '']
    process.stdout.write(out.join('\n') + '\n')
  }
}
