/**
 * Property: whatever a mod's files contain, loading never throws. Valid data files (the
 * test rules) are mutated at random, structurally (values replaced by other JSON, keys
 * deleted or added, records duplicated, patches and removals invented, kinds changed) and
 * as text (characters cut, inserted or the file truncated), then go through the same path
 * as a mod's files: the safe parser, the host's mod checks and the engine's `loadRules`.
 * The only acceptable answers are rules or located errors. The property runs 10,000 cases,
 * split over mutated-data-a and -b so the two halves run in parallel.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { expect } from 'vitest'
import { loadRules, type DataFile } from '../../../../app/engine'
import { parseJsonSource, positionAt } from '../../../../app/host/data/json-source'
import { checkModDocuments } from '../../../../app/host/mods/mod-loader'
import { MOD_LIMITS, type ModDataFile } from '../../../../app/host/mods/mod-folder'

const RULES_DIR = path.resolve(__dirname, '../../../fixtures/rules')
const FILES = readdirSync(RULES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(RULES_DIR, name), 'utf8') }))
const DOCS = FILES.map((f) => JSON.parse(f.text) as unknown)
/** The untouched files, parsed once (only the mutated ones are parsed again in each case). */
const SOURCES = FILES.map((f) => {
  const parsed = parseJsonSource(f.text)
  if (!parsed.ok) throw new Error(`${f.name}: ${parsed.error.message}`)
  return parsed.source
})

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every path to a value inside a document (objects' keys and arrays' indexes). */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix)
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out))
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out)
  return out
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** Interesting values: other types, edge numbers, ids that exist and do not, hostile keys. */
const nasty: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, -1e308, 0.5, '', 'x', '2023Q5', '1999Q1', 'tsmc-n7', 'nvidia', 'usa', 'no-such-id', 'Bad Id', [], {}, [[[]]]),
  fc.constantFrom<Json>({ __proto__: null } as unknown as Json, JSON.parse('{"__proto__": {"polluted": true}}') as Json, JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as Json),
)

interface Mutation {
  file: number
  at: number
  op: 'replace' | 'delete' | 'add-key' | 'duplicate-record' | 'patch' | 'remove' | 'kind' | 'wrap' | 'empty'
  value: Json
  key: string
}
interface TextEdit {
  at: number
  op: 'none' | 'cut' | 'insert' | 'truncate'
  char: string
}

/** One structural change at a random place of a random document. */
const mutation: fc.Arbitrary<Mutation> = fc.record({
  file: fc.nat(),
  at: fc.nat(),
  op: fc.constantFrom<Mutation['op']>('replace', 'delete', 'add-key', 'duplicate-record', 'patch', 'remove', 'kind', 'wrap', 'empty'),
  value: nasty,
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('id', 'kind', 'records', 'patch', 'remove', 'merge', '__proto__', 'constructor', 'name', 'node', 'maker')),
})

/** A text-level change after the structural ones. */
const textEdit: fc.Arbitrary<TextEdit> = fc.record({ at: fc.nat(), op: fc.constantFrom<TextEdit['op']>('none', 'none', 'none', 'cut', 'insert', 'truncate'), char: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'x', '0', '\u0000', '\n') })

/** Applies a mutation; answers the index of the document it changed. */
function apply(docs: unknown[], m: Mutation): number {
  const index = m.file % docs.length
  const doc = docs[index]
  const all = paths(doc)
  const target = all[m.at % all.length] ?? []
  const parentPath = target.slice(0, -1)
  const last = target[target.length - 1]
  let parent: unknown = doc
  for (const k of parentPath) parent = (parent as Record<string | number, unknown>)[k]
  const container = parent as Record<string | number, unknown> | unknown[] | undefined
  const set = (key: string | number, value: unknown): void => {
    if (container === undefined) return
    Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true })
  }
  switch (m.op) {
    case 'replace':
      if (last === undefined) docs[index] = m.value
      else set(last, m.value)
      break
    case 'delete':
      if (last === undefined) docs[index] = {}
      else if (Array.isArray(container)) container.splice(Number(last), 1)
      else if (container !== undefined) delete (container as Record<string, unknown>)[last]
      break
    case 'add-key': {
      const at = (last === undefined ? doc : (container as Record<string | number, unknown>)[last]) as unknown
      if (typeof at === 'object' && at !== null && !Array.isArray(at)) Object.defineProperty(at, m.key, { value: m.value, enumerable: true, writable: true, configurable: true })
      break
    }
    case 'duplicate-record': {
      const records = (doc as { records?: unknown }).records
      if (Array.isArray(records) && records.length > 0) records.push(clone(records[m.at % records.length]))
      break
    }
    case 'patch': {
      const d = doc as { patch?: unknown; records?: { id?: unknown }[] }
      const id = Array.isArray(d.records) && d.records.length > 0 ? d.records[m.at % d.records.length]?.id : m.key
      if (typeof d === 'object' && d !== null) (d as Record<string, unknown>).patch = [...(Array.isArray(d.patch) ? d.patch : []), { id, merge: typeof m.value === 'object' && m.value !== null && !Array.isArray(m.value) ? m.value : { [m.key]: m.value } }]
      break
    }
    case 'remove': {
      const d = doc as { remove?: unknown; records?: { id?: unknown }[] }
      const id = Array.isArray(d.records) && d.records.length > 0 ? d.records[m.at % d.records.length]?.id : m.key
      if (typeof d === 'object' && d !== null) (d as Record<string, unknown>).remove = [...(Array.isArray(d.remove) ? d.remove : []), id]
      break
    }
    case 'kind':
      if (typeof doc === 'object' && doc !== null) (doc as Record<string, unknown>).kind = m.key
      break
    case 'wrap':
      if (last === undefined) docs[index] = [doc]
      else set(last, [(container as Record<string | number, unknown>)[last]])
      break
    case 'empty':
      docs[index] = m.at % 2 === 0 ? {} : { kind: (doc as { kind?: unknown }).kind, records: [] }
      break
  }
  return index
}

function editText(text: string, e: TextEdit): string {
  const at = text.length === 0 ? 0 : e.at % text.length
  if (e.op === 'cut') return text.slice(0, at) + text.slice(at + 1)
  if (e.op === 'insert') return text.slice(0, at) + e.char + text.slice(at)
  if (e.op === 'truncate') return text.slice(0, at)
  return text
}

/** The property: mutated data files load into rules or located errors, never an exception. */
export const loadsMutatedData = fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), textEdit, fc.nat(), (mutations, edit, which) => {
  const docs = [...DOCS]
  const touched = new Set<number>()
  for (const m of mutations) {
    const index = m.file % docs.length
    if (!touched.has(index)) docs[index] = clone(docs[index])
    touched.add(apply(docs, m))
  }
  // One file goes through a text edit; changed files go through the safe parser as a mod's would.
  const editedIndex = which % docs.length
  const files: ModDataFile[] = []
  const parseErrors: string[] = []
  docs.forEach((doc, i) => {
    if (!touched.has(i) && (i !== editedIndex || edit.op === 'none')) {
      files.push({ file: FILES[i]!.name, source: SOURCES[i]! })
      return
    }
    const text = JSON.stringify(doc, null, 2) ?? 'null'
    const parsed = parseJsonSource(i === editedIndex ? editText(text, edit) : text, { maxBytes: MOD_LIMITS.maxFileBytes, maxDepth: MOD_LIMITS.maxDepth })
    if (!parsed.ok) {
      expect(parsed.error.line).toBeGreaterThanOrEqual(1)
      parseErrors.push(parsed.error.message)
      return
    }
    files.push({ file: FILES[i]!.name, source: parsed.source })
  })
  const checked = checkModDocuments('fuzz', files)
  for (const e of checked.errors) expect(e.line).toBeGreaterThanOrEqual(1)
  const input: DataFile[] = checked.docs.map((f) => ({ file: f.file, data: f.source.value }))
  const result = loadRules(input, { sources: 'off' })
  if (result.ok) {
    expect(result.rules).toBeDefined()
  } else {
    expect(result.errors.length).toBeGreaterThan(0)
    for (const e of result.errors) {
      expect(typeof e.file).toBe('string')
      expect(e.pointer === '' || e.pointer.startsWith('/')).toBe(true)
      expect(typeof e.message).toBe('string')
      expect(e.file, `the loader's own catch-all answered: ${e.message}`).not.toBe('(loader)')
      const source = files.find((f) => f.file === e.file)?.source
      if (source !== undefined) expect(positionAt(source, e.pointer).line).toBeGreaterThanOrEqual(1)
    }
  }
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
})
