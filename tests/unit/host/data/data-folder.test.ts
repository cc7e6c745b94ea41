import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { formatDataFolderError, listDataFiles, loadDataFolder } from '../../../../app/host/data/data-folder'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** A temporary data folder with the given files (relative path → text). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sc-data-'))
  made.push(dir)
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

const REGION = (id: string, extra = ''): string =>
  `{ "id": "${id}", "name": "region.${id}.name", "alignment": "us", "fictional": true, "fictionalWhy": "a test region"${extra} }`
const regions = (...records: string[]): string => `{\n  "kind": "regions",\n  "records": [\n    ${records.join(',\n    ')}\n  ]\n}\n`

describe('loadDataFolder', () => {
  it('loads a valid folder into rules and counts its records per kind', () => {
    const dir = folder({ 'regions.json': regions(REGION('us'), REGION('china')) })
    const result = loadDataFolder(dir)
    expect(result.ok).toBe(true)
    expect(result.counts.regions).toBe(2)
    expect(result.counts.chips).toBe(0)
    expect(Object.keys(result.rules?.regions ?? {})).toEqual(['us', 'china'])
  })

  it('locates a schema error by file, JSON pointer, line and column', () => {
    const dir = folder({ 'regions.json': regions(REGION('us'), REGION('china', ', "colour": "red"')) })
    const result = loadDataFolder(dir)
    expect(result.ok).toBe(false)
    const error = result.errors.find((e) => e.severity === 'error')
    expect(error).toMatchObject({ file: `${dir}/regions.json`, pointer: '/records/1', line: 5, column: 5 })
    expect(error?.message).toMatch(/unrecognized key|colour/i)
    expect(formatDataFolderError(error!)).toMatch(new RegExp(`regions\\.json:5:5 /records/1: `))
  })

  it('locates a broken reference at the field that names it', () => {
    const factions = `{\n  "kind": "factions",\n  "records": [\n    { "id": "usa", "name": "faction.usa.name", "kinds": ["government"],\n      "region": "atlantis", "fictional": true, "fictionalWhy": "a test faction" }\n  ]\n}\n`
    const dir = folder({ 'factions.json': factions, 'regions.json': regions(REGION('us')) })
    const result = loadDataFolder(dir)
    expect(result.errors).toContainEqual(expect.objectContaining({ file: `${dir}/factions.json`, pointer: '/records/0/region', line: 5, column: 17, severity: 'error' }))
  })

  it('reports a JSON syntax error with its position and carries on with the other files', () => {
    const dir = folder({ 'a.json': '{\n  "kind": "regions",\n  "records": [,]\n}', 'b.json': regions(REGION('us')) })
    const result = loadDataFolder(dir)
    expect(result.ok).toBe(false)
    expect(result.errors[0]).toMatchObject({ file: `${dir}/a.json`, line: 3, column: 15, severity: 'error' })
    expect(result.errors[0]?.message).toMatch(/^not valid JSON/)
    expect(result.counts.regions).toBe(1)
  })

  it('refuses a __proto__ key without polluting anything', () => {
    const dir = folder({ 'regions.json': '{ "kind": "regions", "records": [ { "__proto__": { "polluted": true } } ] }' })
    const result = loadDataFolder(dir)
    expect(result.ok).toBe(false)
    expect(result.errors[0]).toMatchObject({ pointer: '/records/0/__proto__', line: 1, column: 37 })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('warns, with a position, about a real record that cites no source', () => {
    const dir = folder({ 'regions.json': regions('{ "id": "us", "name": "region.us.name", "alignment": "us" }') })
    const result = loadDataFolder(dir)
    expect(result.ok).toBe(true)
    expect(result.errors).toContainEqual(expect.objectContaining({ severity: 'warning', pointer: '/records/0/sources', line: 4, column: 5 }))
  })

  it('reads files recursively in path order and skips schemas/', () => {
    const dir = folder({ 'b.json': regions(REGION('b')), 'a/z.json': regions(REGION('az')), 'schemas/regions.schema.json': '{ not data', 'c.txt': 'ignored' })
    expect(listDataFiles(dir)).toEqual(['a/z.json', 'b.json'])
    expect(loadDataFolder(dir).ok).toBe(true)
  })

  it('layers a mod folder over the base folder', () => {
    const base = folder({ 'regions.json': regions(REGION('us'), REGION('china')) })
    const mod = folder({ 'regions.json': '{ "kind": "regions", "patch": [ { "id": "us", "merge": { "powerMw": 9000 } } ], "remove": ["china"] }' })
    const result = loadDataFolder([base, mod])
    expect(result.ok).toBe(true)
    expect(result.rules?.regions.us?.powerMw).toBe(9000)
    expect(result.counts.regions).toBe(1)
  })

  it('answers a missing folder with an error, not an exception', () => {
    const result = loadDataFolder(path.join(tmpdir(), 'sc-no-such-folder-xyz'))
    expect(result.ok).toBe(false)
    expect(result.errors[0]).toMatchObject({ line: 1, column: 1, severity: 'error' })
    expect(result.errors[0]?.message).toMatch(/cannot read the data folder/)
  })
})
