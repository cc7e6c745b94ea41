/**
 * The encyclopedia's decisions, without React: search (name, id, text), the kind filter,
 * grouping by kind with counts, resolving a reference (`chip:h800`, or a bare record id such
 * as an owner `nvidia`) to an entry, and what a map target opens.
 */
import type { EncyclopediaEntry, EncyclopediaKind } from '../../../../app/protocol'
import type { MapTarget } from '../../map/map-model'

/** One fact of an entry in words. */
export interface EncyclopediaItemFact {
  label: string
  term?: string
  value: string
  entry?: string
}

/**
 * An entry in the interface's language (`localise.ts` words the host's `EncyclopediaEntry`):
 * what the screen shows and searches.
 */
export interface EncyclopediaItem extends Pick<EncyclopediaEntry, 'id' | 'kind' | 'recordId' | 'related' | 'sources' | 'fictional' | 'fictionalWhy' | 'origin' | 'changedBy'> {
  name: string
  summary: string | null
  subtitle: string
  facts: EncyclopediaItemFact[]
}

/** The kinds in the order the encyclopedia lists them (the protocol's order; a copy, so the renderer does not bundle zod). */
export const ENCYCLOPEDIA_KINDS = ['chip', 'node', 'foundry', 'hbm', 'packaging', 'policy', 'faction', 'actor', 'region', 'event', 'scenario'] as const satisfies readonly EncyclopediaKind[]
type Missing = Exclude<EncyclopediaKind, (typeof ENCYCLOPEDIA_KINDS)[number]>
const everyKind: [Missing] extends [never] ? true : false = true
void everyKind

/** A kind filter: one kind, or every kind. */
export type KindFilter = EncyclopediaKind | 'all'

/** Folds case and accents so "Hbm", "HBM" and "hbm" match alike. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

const folded = new WeakMap<EncyclopediaItem, { name: string; id: string; body: string }>()

/** An entry's searchable text, folded once. */
function searchText(entry: EncyclopediaItem): { name: string; id: string; body: string } {
  let text = folded.get(entry)
  if (text === undefined) {
    const body = [entry.subtitle, entry.summary ?? '', ...entry.facts.flatMap((f) => [f.term ?? '', f.value]), ...entry.sources.map((s) => `${s.title} ${s.publisher}`), entry.fictionalWhy ?? '', entry.origin]
    text = { name: fold(entry.name), id: fold(entry.id), body: fold(body.join(' ')) }
    folded.set(entry, text)
  }
  return text
}

/**
 * Entries matching every word of `query` (in the name, id, subtitle, summary, facts or
 * sources) and the kind filter. Name matches come first, then id matches, then the rest; the
 * order inside each band follows the kind order then the name.
 */
export function searchEntries(entries: readonly EncyclopediaItem[], query: string, kind: KindFilter = 'all'): EncyclopediaItem[] {
  const words = fold(query).split(/\s+/).filter((w) => w.length > 0)
  const pool = kind === 'all' ? entries : entries.filter((e) => e.kind === kind)
  const scored: { entry: EncyclopediaItem; score: number }[] = []
  for (const entry of pool) {
    if (words.length === 0) {
      scored.push({ entry, score: 0 })
      continue
    }
    const { name, id, body } = searchText(entry)
    if (!words.every((w) => name.includes(w) || id.includes(w) || body.includes(w))) continue
    const phrase = words.join(' ')
    const score = name === phrase ? 4 : name.startsWith(phrase) ? 3 : words.every((w) => name.includes(w)) ? 2 : words.every((w) => id.includes(w)) ? 1 : 0
    scored.push({ entry, score })
  }
  return scored.sort((a, b) => b.score - a.score || compareEntries(a.entry, b.entry)).map((s) => s.entry)
}

/** Kind order, then name. */
export function compareEntries(a: EncyclopediaItem, b: EncyclopediaItem): number {
  return ENCYCLOPEDIA_KINDS.indexOf(a.kind) - ENCYCLOPEDIA_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'en', { numeric: true })
}

/** Entries grouped by kind in the kind order (empty kinds left out), keeping each group's order. */
export function groupByKind(entries: readonly EncyclopediaItem[]): { kind: EncyclopediaKind; entries: EncyclopediaItem[] }[] {
  const groups = new Map<EncyclopediaKind, EncyclopediaItem[]>()
  for (const entry of entries) {
    const list = groups.get(entry.kind) ?? []
    list.push(entry)
    groups.set(entry.kind, list)
  }
  return ENCYCLOPEDIA_KINDS.filter((k) => groups.has(k)).map((kind) => ({ kind, entries: groups.get(kind) ?? [] }))
}

/** How many entries of each kind. */
export function countByKind(entries: readonly EncyclopediaItem[]): Record<EncyclopediaKind, number> {
  const counts = Object.fromEntries(ENCYCLOPEDIA_KINDS.map((k) => [k, 0])) as Record<EncyclopediaKind, number>
  for (const e of entries) counts[e.kind] += 1
  return counts
}

/** Kinds a bare record id is looked up in, in order (an owner id is a faction or an actor). */
const BARE_ORDER: EncyclopediaKind[] = ['faction', 'actor', 'chip', 'node', 'foundry', 'policy', 'region', 'event', 'hbm', 'packaging', 'scenario']

/** The entry a reference names: an entry id (`chip:h800`) or a bare record id (`nvidia`). */
export function resolveEntry<E extends Pick<EncyclopediaItem, 'id' | 'kind' | 'recordId'>>(entries: readonly E[], ref: string): E | undefined {
  const exact = entries.find((e) => e.id === ref)
  if (exact !== undefined) return exact
  const bare = ref.includes(':') ? ref.slice(ref.indexOf(':') + 1) : ref
  for (const kind of BARE_ORDER) {
    const hit = entries.find((e) => e.kind === kind && e.recordId === bare)
    if (hit !== undefined) return hit
  }
  return undefined
}

/**
 * The entry a map target opens: a region its region, a fab its foundry (`fab:tsmc`), a
 * packaging or HBM site and a data centre their owner, a flow its owner. Null for a control
 * (several policies): the region's entry and its policies cover it.
 */
export function entryForMapTarget(target: MapTarget): string | null {
  switch (target.type) {
    case 'region':
      return `region:${target.region.id}`
    case 'site':
      return target.site.id.startsWith('fab:') ? `foundry:${target.site.id.slice(4)}` : target.site.owner
    case 'flow':
      return target.flow.owner
    default:
      return null
  }
}

/** Consecutive facts with the same label as one row (a chip's several controls, an event's choices). */
export function factRows(facts: readonly EncyclopediaItemFact[]): { label: string; facts: EncyclopediaItemFact[] }[] {
  const rows: { label: string; facts: EncyclopediaItemFact[] }[] = []
  for (const fact of facts) {
    const last = rows[rows.length - 1]
    if (last !== undefined && last.label === fact.label) last.facts.push(fact)
    else rows.push({ label: fact.label, facts: [fact] })
  }
  return rows
}
