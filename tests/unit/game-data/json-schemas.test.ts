import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { KIND_ALIASES, RECORD_KINDS, type RecordKind } from '../../../app/engine'
import { allSchemaFiles, dataFileJsonSchema, modManifestJsonSchema, MOD_SCHEMA_FILE, schemaFileName, SCHEMAS_DIR } from '../../../scripts/lib/json-schemas'

const ROOT = path.resolve(__dirname, '../../..')

/** Every *.json under `dir` except the schemas themselves. */
function dataFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.endsWith('.schema.json'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}

function kindOf(data: { kind: string }): RecordKind {
  return (KIND_ALIASES[data.kind] ?? data.kind) as RecordKind
}

describe('generated JSON Schemas', () => {
  it('are up to date with the engine schemas (run npm run schemas when this fails)', () => {
    for (const [name, text] of allSchemaFiles()) {
      const file = path.join(ROOT, SCHEMAS_DIR, name)
      expect(readFileSync(file, 'utf8'), `${SCHEMAS_DIR}/${name} is stale`).toBe(text)
    }
  })

  it('has one schema file per kind of data, and one for mod.json', () => {
    const names = readdirSync(path.join(ROOT, SCHEMAS_DIR)).filter((n) => n.endsWith('.schema.json')).sort()
    expect(names).toEqual([...RECORD_KINDS.map(schemaFileName), MOD_SCHEMA_FILE].sort())
  })

  it('accepts the example mods (data files and mod.json, each naming its $schema) and refuses a bad manifest', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    const validators = new Map(RECORD_KINDS.map((kind) => [kind, ajv.compile(dataFileJsonSchema(kind))]))
    const manifest = ajv.compile(modManifestJsonSchema())
    const files = dataFiles(path.join(ROOT, 'game-data/examples'))
    expect(files.length).toBeGreaterThanOrEqual(8)
    for (const file of files) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { kind: string; $schema?: string }
      const where = path.relative(ROOT, file)
      expect(data.$schema, `${where} names no $schema`).toBeDefined()
      expect(existsSync(path.resolve(path.dirname(file), data.$schema!)), `${where}: ${data.$schema} does not exist`).toBe(true)
      const validate = path.basename(file) === 'mod.json' ? manifest : validators.get(kindOf(data))
      expect(validate!(data), `${where}: ${JSON.stringify(validate!.errors?.slice(0, 3))}`).toBe(true)
    }
    expect(manifest({ id: 'x', name: 'X', version: 'one', gameVersions: '^0.1.0' })).toBe(false)
    expect(manifest({ id: 'x', name: 'X', version: '1.0.0', gameVersions: '^0.1.0', autor: 'me' })).toBe(false)
  })

  it('accepts every fixture and base-game data file', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    const validators = new Map(RECORD_KINDS.map((kind) => [kind, ajv.compile(dataFileJsonSchema(kind))]))
    const files = [...dataFiles(path.join(ROOT, 'tests/fixtures/rules')), ...dataFiles(path.join(ROOT, 'game-data/base'))]
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { kind: string }
      const validate = validators.get(kindOf(data))
      expect(validate, `${file}: unknown kind ${data.kind}`).toBeDefined()
      const ok = validate!(data)
      expect(ok, `${path.relative(ROOT, file)}: ${JSON.stringify(validate!.errors?.slice(0, 3))}`).toBe(true)
    }
  })

  it('refuses a record with an unknown field, as the engine does', () => {
    const ajv = new Ajv2020({ strict: false })
    const validate = ajv.compile(dataFileJsonSchema('regions'))
    expect(validate({ kind: 'regions', records: [{ id: 'x', name: 'region.x.name', colour: 'red' }] })).toBe(false)
  })
})
