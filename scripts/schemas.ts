/**
 * `npm run schemas`: regenerates game-data/schemas/*.schema.json from the engine's zod
 * schemas. `--check` only reports stale or missing files (exit 1), for CI and tests.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { allSchemaFiles, SCHEMAS_DIR } from './lib/json-schemas'
import { ROOT } from './lib/build'

const dir = path.join(ROOT, SCHEMAS_DIR)
const check = process.argv.includes('--check')
const wanted = allSchemaFiles()
const present = new Set(readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name))
const stale: string[] = []

for (const [name, text] of wanted) {
  const file = path.join(dir, name)
  const current = present.has(name) ? readFileSync(file, 'utf8') : null
  if (current === text) continue
  stale.push(current === null ? `${name} (missing)` : name)
  if (!check) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, text)
  }
}
for (const name of present) {
  if (!name.endsWith('.schema.json') || wanted.has(name)) continue
  stale.push(`${name} (no such kind)`)
  if (!check) rmSync(path.join(dir, name))
}

if (check && stale.length > 0) {
  process.stdout.write(`Stale JSON Schemas in ${SCHEMAS_DIR}: ${stale.join(', ')}. Run npm run schemas.\n`)
  process.exit(1)
}
process.stdout.write(
  stale.length === 0 ? `${wanted.size} JSON Schemas up to date in ${SCHEMAS_DIR}.\n` : `Wrote ${stale.join(', ')}.\n`,
)
