/**
 * `loadRules(files)`: layers parsed JSON documents (later over earlier, by id), validates every
 * record against its kind's schema and every cross-reference, and collects ALL problems.
 * The engine never reads disks: callers pass `{ file, data }` with the JSON already parsed.
 * It never throws, whatever it is given (mods and fuzzers feed it garbage).
 */
import { type z } from 'zod'
import { ConstantsSchema } from './constants'
import { DataDocumentSchema } from './document'
import { KIND_ALIASES, RECORD_KINDS, RECORD_SCHEMAS, type RecordKind } from './kinds'
import { mergePatch } from './merge-patch'
import { ORDER_KINDS } from './order-kinds'
import { referencesOf } from './references'
import type { Rules } from './rules'
import { quarterIndex } from './common'

/** One problem in the data: the file, a JSON pointer into the document that supplied the value, and what was expected. */
export interface DataError {
  file: string
  pointer: string
  message: string
  expected?: string
  found?: string
  severity: 'error' | 'warning'
}

/** A parsed JSON document and the file it came from (for messages). */
export interface DataFile {
  file: string
  data: unknown
}

/** What `loadRules` answers: the rules (with any warnings) or every error found. */
export type LoadResult =
  | { ok: true; rules: Rules; warnings: DataError[] }
  | { ok: false; errors: DataError[] }

/** Loader options. */
export interface LoadOptions {
  /** How to treat a non-fictional record without sources (content rule). Default `warning`. */
  sources?: 'error' | 'warning' | 'off'
}

interface Origin {
  file: string
  pointer: string
}

interface Entry {
  raw: Record<string, unknown>
  origin: Origin
  /** Top-level fields last supplied by a patch, and where. */
  patched: Record<string, Origin>
}

/** Escapes one JSON pointer segment (RFC 6901). */
function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Builds a JSON pointer from path segments. */
export function toPointer(path: readonly (string | number | symbol)[]): string {
  return path.map((s) => `/${escapeSegment(typeof s === 'symbol' ? String(s.description) : s)}`).join('')
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  try {
    const text = JSON.stringify(value)
    return text === undefined ? typeof value : text.length > 60 ? `${text.slice(0, 57)}...` : text
  } catch {
    return typeof value
  }
}

/** The value at `path` inside `root` (own properties only), or undefined: what an error says it found. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = root
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined
    at = Object.prototype.hasOwnProperty.call(at, key) ? (at as Record<PropertyKey, unknown>)[key] : undefined
  }
  return at
}

/** Where a field of a layered record came from: its patch if one supplied it, else the record. */
function locate(entry: Entry, path: readonly PropertyKey[]): string {
  const head = path[0]
  const rest = toPointer(path.slice(1) as (string | number)[])
  if (typeof head === 'string' && entry.patched[head] !== undefined) {
    const p = entry.patched[head]
    return `${p.pointer}/${escapeSegment(head)}${rest}`
  }
  return `${entry.origin.pointer}${toPointer(path as (string | number)[])}`
}

function fileOf(entry: Entry, path: readonly PropertyKey[]): string {
  const head = path[0]
  return typeof head === 'string' && entry.patched[head] !== undefined ? entry.patched[head].file : entry.origin.file
}

function issueToError(entry: Entry, issue: z.core.$ZodIssue): DataError {
  const error: DataError = {
    file: fileOf(entry, issue.path),
    pointer: locate(entry, issue.path),
    message: issue.message,
    found: describe(valueAt(entry.raw, issue.path)),
    severity: 'error',
  }
  if ('expected' in issue && typeof issue.expected === 'string') error.expected = issue.expected
  else if (issue.code === 'invalid_value' && 'values' in issue) error.expected = `one of ${issue.values.map(String).join(', ')}`
  else if (issue.code === 'unrecognized_keys') error.expected = `no field ${issue.keys.join(', ')}`
  return error
}

/** Layers and validates data documents into rules, or lists every problem. */
export function loadRules(files: readonly DataFile[], options: LoadOptions = {}): LoadResult {
  const errors: DataError[] = []
  try {
    return loadUnsafe(files, options, errors)
  } catch (cause) {
    // Last line of defence: a bug here must not crash the game on a bad mod.
    errors.push({ file: '(loader)', pointer: '', message: `internal loader error: ${String(cause)}`, severity: 'error' })
    return { ok: false, errors }
  }
}

function loadUnsafe(files: readonly DataFile[], options: LoadOptions, errors: DataError[]): LoadResult {
  const layers = Object.fromEntries(RECORD_KINDS.map((k) => [k, new Map<string, Entry>()])) as Record<RecordKind, Map<string, Entry>>
  if (!Array.isArray(files)) {
    errors.push({ file: '(input)', pointer: '', message: 'expected a list of { file, data }', severity: 'error' })
    return { ok: false, errors }
  }

  // 1. Layering: documents in order, records by id.
  files.forEach((input, index) => {
    const file = typeof input === 'object' && input !== null && typeof input.file === 'string' ? input.file : `(file ${index})`
    const data = typeof input === 'object' && input !== null ? input.data : undefined
    const doc = DataDocumentSchema.safeParse(data)
    if (!doc.success) {
      for (const issue of doc.error.issues) {
        // Problems inside records are reported per record below; a `records` that is not a list is reported here.
        if (issue.path[0] === 'records' && issue.path.length > 1) continue
        errors.push({ file, pointer: toPointer(issue.path), message: issue.message, found: describe(valueAt(data, issue.path)), severity: 'error' })
      }
      // A document with a readable kind still contributes its well-formed parts below.
      if (typeof data !== 'object' || data === null) return
    }
    const raw = data as Record<string, unknown>
    const kindName = typeof raw.kind === 'string' ? raw.kind : ''
    // Own keys only: a kind named "constructor" or "toString" is unknown, not an inherited property.
    const alias = Object.hasOwn(KIND_ALIASES, kindName) ? KIND_ALIASES[kindName] : undefined
    const kind = (alias ?? (Object.hasOwn(RECORD_SCHEMAS, kindName) ? kindName : undefined)) as RecordKind | undefined
    if (kind === undefined) return
    const layer = layers[kind]
    const records = Array.isArray(raw.records) ? (raw.records as unknown[]) : []
    records.forEach((record, i) => {
      const pointer = `/records/${i}`
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        errors.push({ file, pointer, message: 'a record must be an object', expected: 'object', found: describe(record), severity: 'error' })
        return
      }
      const id = (record as Record<string, unknown>).id
      if (typeof id !== 'string' || id === '') {
        errors.push({ file, pointer: `${pointer}/id`, message: 'a record needs a string id', expected: 'kebab-case id', found: describe(id), severity: 'error' })
        return
      }
      layer.set(id, { raw: record as Record<string, unknown>, origin: { file, pointer }, patched: {} })
    })
    const patches = Array.isArray(raw.patch) ? (raw.patch as unknown[]) : []
    patches.forEach((patch, i) => {
      const pointer = `/patch/${i}`
      const p = patch as { id?: unknown; merge?: unknown } | null
      if (typeof p !== 'object' || p === null || typeof p.id !== 'string') return // reported by the document schema
      const entry = layer.get(p.id)
      if (entry === undefined) {
        errors.push({ file, pointer: `${pointer}/id`, message: `cannot patch ${kind} "${p.id}": no such record in earlier documents`, found: describe(p.id), severity: 'error' })
        return
      }
      if (typeof p.merge !== 'object' || p.merge === null || Array.isArray(p.merge)) return
      const merged = mergePatch(entry.raw, p.merge) as Record<string, unknown>
      if (merged.id !== p.id) {
        errors.push({ file, pointer: `${pointer}/merge/id`, message: 'a patch cannot change a record id', found: describe(merged.id), severity: 'error' })
        return
      }
      const patched = { ...entry.patched }
      for (const key of Object.keys(p.merge)) patched[key] = { file, pointer: `${pointer}/merge` }
      layer.set(p.id, { raw: merged, origin: entry.origin, patched })
    })
    const removals = Array.isArray(raw.remove) ? (raw.remove as unknown[]) : []
    removals.forEach((id, i) => {
      if (typeof id !== 'string') return
      if (!layer.delete(id)) errors.push({ file, pointer: `/remove/${i}`, message: `cannot remove ${kind} "${id}": no such record in earlier documents`, found: describe(id), severity: 'error' })
    })
  })

  // 2. Each record against its kind's schema.
  const parsed = Object.fromEntries(RECORD_KINDS.map((k) => [k, {}])) as Record<RecordKind, Record<string, unknown>>
  const entries = Object.fromEntries(RECORD_KINDS.map((k) => [k, {}])) as Record<RecordKind, Record<string, Entry>>
  for (const kind of RECORD_KINDS) {
    for (const [id, entry] of layers[kind]) {
      const result = RECORD_SCHEMAS[kind].safeParse(entry.raw)
      if (!result.success) {
        for (const issue of result.error.issues) errors.push(issueToError(entry, issue))
        continue
      }
      Object.defineProperty(parsed[kind], id, { value: result.data, enumerable: true, writable: true, configurable: true })
      entries[kind][id] = entry
    }
  }

  // 3. Cross-references and rules no schema can state alone.
  const has = (kind: RecordKind, id: string): boolean => Object.prototype.hasOwnProperty.call(parsed[kind], id)
  const refError = (entry: Entry, path: (string | number)[], message: string, expected?: string, found?: string, severity: DataError['severity'] = 'error'): void => {
    const e: DataError = { file: fileOf(entry, path), pointer: locate(entry, path), message, severity }
    if (expected !== undefined) e.expected = expected
    if (found !== undefined) e.found = found
    errors.push(e)
  }
  for (const kind of RECORD_KINDS) {
    for (const [id, record] of Object.entries(parsed[kind])) {
      const entry = entries[kind][id]
      if (entry === undefined) continue
      for (const ref of referencesOf(kind, record as never)) {
        if (ref.kinds.some((k) => has(k, ref.id))) continue
        const known = ref.kinds.flatMap((k) => Object.keys(parsed[k])).slice(0, 8)
        refError(entry, ref.path, `"${ref.id}" does not exist (a ${ref.kinds.join(' or ')} id)`, `one of ${known.join(', ')}${known.length === 8 ? ', …' : ''}`, JSON.stringify(ref.id))
      }
      const r = record as { fictional?: boolean; sources?: unknown[] }
      const sourcesRule = options.sources ?? 'warning'
      if (sourcesRule !== 'off' && kind !== 'locales' && kind !== 'constants' && kind !== 'orderCosts' && r.fictional !== true && (r.sources?.length ?? 0) === 0) {
        refError(entry, ['sources'], `${kind} "${id}" is not marked fictional but cites no source`, 'at least one source, or "fictional": true with "fictionalWhy"', undefined, sourcesRule)
      }
    }
  }
  for (const [id, entry] of Object.entries(entries.orderCosts)) {
    if (!(ORDER_KINDS as readonly string[]).includes(id)) refError(entry, ['id'], `"${id}" is not an order kind`, `one of ${ORDER_KINDS.join(', ')}`, JSON.stringify(id))
  }
  for (const [id, entry] of Object.entries(entries.constants)) {
    if (id !== 'model') refError(entry, ['id'], 'the constants record must have the id "model"', '"model"', JSON.stringify(id))
  }
  for (const [id, policy] of Object.entries(parsed.policies as Rules['policies'])) {
    const owner = (parsed.factions as Rules['factions'])[policy.owner]
    const entry = entries.policies[id]
    if (owner !== undefined && entry !== undefined && !owner.kinds.includes('government')) {
      refError(entry, ['owner'], `policy owner "${policy.owner}" is not a government`, 'a faction of kind government', JSON.stringify(policy.owner))
    }
  }
  for (const [id, scenario] of Object.entries(parsed.scenarios as Rules['scenarios'])) {
    const entry = entries.scenarios[id]
    if (entry === undefined) continue
    if (quarterIndex(scenario.end) < quarterIndex(scenario.start)) refError(entry, ['end'], 'the scenario ends before it starts', `a quarter from ${scenario.start}`, scenario.end)
    const setup = new Set<string>()
    scenario.factions.forEach((f, i) => {
      if (setup.has(f.faction)) refError(entry, ['factions', i, 'faction'], `faction "${f.faction}" is set up twice`)
      setup.add(f.faction)
    })
    scenario.factions.forEach((f, i) => {
      const mine = (field: 'bookings' | 'chipPrices') =>
        f[field].forEach((b, j) => {
          const chip = (parsed.chips as Rules['chips'])[b.chip]
          if (chip !== undefined && chip.maker !== f.faction) refError(entry, ['factions', i, field, j, 'chip'], `"${b.chip}" is made by ${chip.maker}, not ${f.faction}`, `a chip whose maker is ${f.faction}`, JSON.stringify(b.chip))
        })
      mine('bookings')
      mine('chipPrices')
      f.programs.forEach((p, j) => {
        const chip = (parsed.chips as Rules['chips'])[p.chip]
        if (chip !== undefined && chip.maker !== f.faction) refError(entry, ['factions', i, 'programs', j, 'chip'], `"${p.chip}" is made by ${chip.maker}, not ${f.faction}`, `a chip whose maker is ${f.faction}`, JSON.stringify(p.chip))
      })
    })
    scenario.seats.forEach((seat, i) => {
      if (!setup.has(seat)) refError(entry, ['seats', i], `seat "${seat}" has no entry in factions`, 'a faction listed under factions', JSON.stringify(seat))
    })
  }

  // A campaign chapter must fit its scenario: its end inside the scenario, its seats the scenario's.
  for (const [id, campaign] of Object.entries(parsed.campaigns as Rules['campaigns'])) {
    const entry = entries.campaigns[id]
    if (entry === undefined) continue
    campaign.chapters.forEach((chapter, i) => {
      const scenario = (parsed.scenarios as Rules['scenarios'])[chapter.scenario]
      if (scenario === undefined) return
      if (chapter.end !== undefined && (quarterIndex(chapter.end) < quarterIndex(scenario.start) || quarterIndex(chapter.end) > quarterIndex(scenario.end))) {
        refError(entry, ['chapters', i, 'end'], `chapter "${chapter.id}" ends outside ${scenario.id} (${scenario.start}–${scenario.end})`, `a quarter from ${scenario.start} to ${scenario.end}`, JSON.stringify(chapter.end))
      }
      const seats = chapter.seats ?? scenario.seats
      seats.forEach((seat, j) => {
        if (!scenario.seats.includes(seat)) refError(entry, chapter.seats === undefined ? ['chapters', i, 'scenario'] : ['chapters', i, 'seats', j], `"${seat}" is not a seat of ${scenario.id}`, `one of ${scenario.seats.join(', ')}`, JSON.stringify(seat))
      })
      if (!seats.includes(chapter.faction)) refError(entry, ['chapters', i, 'faction'], `"${chapter.faction}" is not a seat of ${scenario.id}`, `one of ${seats.join(', ')}`, JSON.stringify(chapter.faction))
    })
  }

  const fatal = errors.filter((e) => e.severity === 'error')
  if (fatal.length > 0) return { ok: false, errors }
  const constantsRaw = parsed.constants.model
  const constants = constantsRaw === undefined ? ConstantsSchema.parse({ id: 'model', name: 'constants.model.name' }) : constantsRaw
  const missing = ORDER_KINDS.filter((k) => !has('orderCosts', k))
  const warnings = [...errors]
  if (missing.length > 0) {
    warnings.push({ file: '(rules)', pointer: '', message: `no orderCosts record for ${missing.join(', ')}: they cost 1 action point and nothing else`, severity: 'warning' })
  }
  const rules = { ...parsed, constants } as unknown as Rules
  return { ok: true, rules, warnings }
}
