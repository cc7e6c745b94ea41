/**
 * What the debrief names, as the game data's text keys: every faction, actor, chip, policy,
 * event, node, HBM line, region, demand pool, objective and scenario of the rules the game was
 * played with (mods included), so the renderer resolves names in its own language. Also the
 * small data helpers the builder shares: sources as the debrief carries them, a colour per
 * seat, and reading a quarter from the data's dates.
 */
import type { GameState, Rules } from '../../engine'
import type { DebriefSource, DebriefTextKeys } from '../../protocol/debrief'

/** A quarter index from `2023Q4`, `2023 Q4` or a date `2023-10-17` / `2023-10` / `2023`; null when unreadable. */
export function quarterOf(text: string): number | null {
  const q = /^(\d{4})\s?Q([1-4])$/.exec(text.trim())
  if (q !== null) return Number(q[1]) * 4 + Number(q[2]) - 1
  const d = /^(\d{4})(?:-(\d{2}))?/.exec(text.trim())
  if (d === null) return null
  const month = d[2] === undefined ? 1 : Number(d[2])
  if (month < 1 || month > 12) return null
  return Number(d[1]) * 4 + Math.floor((month - 1) / 3)
}

const FALLBACK_COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22']

/** A faction's colour from the data (`#rrggbb`), else one of a fixed set by position. */
export function colorOf(rules: Rules, id: string, index: number): string {
  const c = rules.factions[id]?.color
  return c !== undefined && /^#[0-9a-fA-F]{6}$/.test(c) ? c : (FALLBACK_COLORS[index % FALLBACK_COLORS.length] ?? '#555555')
}

/** A source as the debrief carries it. */
export function toSource(s: { title: string; publisher: string; date: string; url?: string | undefined; confidence?: 'high' | 'med' | 'low' | undefined }): DebriefSource {
  return { title: s.title, publisher: s.publisher, date: s.date, url: s.url ?? null, confidence: s.confidence ?? null }
}

function keysOf(records: Record<string, { id: string; name: string }>): Record<string, string> {
  return Object.fromEntries(Object.values(records).map((r) => [r.id, r.name]))
}

function descriptionsOf(records: Record<string, { id: string; description?: string | undefined }>): Record<string, string> {
  return Object.fromEntries(Object.values(records).flatMap((r) => (r.description === undefined ? [] : [[r.id, r.description]])))
}

/** The text keys of every record the debrief may name; chips as the game ended (seats' own designs included). */
export function debriefTextKeys(rules: Rules, chips: GameState['chips']): DebriefTextKeys {
  const chipKeys: Record<string, string> = {}
  const designedBy: Record<string, string> = {}
  for (const chip of Object.values(rules.chips)) chipKeys[chip.id] = chip.name
  for (const [id, chip] of Object.entries(chips)) {
    const key = chip.name
    if (key.startsWith('designed.')) designedBy[id] = chip.maker
    else chipKeys[id] = key
  }
  return {
    names: {
      faction: { ...keysOf(rules.actors), ...keysOf(rules.factions) },
      chip: chipKeys,
      policy: keysOf(rules.policies),
      event: keysOf(rules.events),
      node: keysOf(rules.nodes),
      hbm: keysOf(rules.hbm),
      region: keysOf(rules.regions),
      pool: keysOf(rules.demandPools),
      objective: keysOf(rules.objectives),
      scenario: keysOf(rules.scenarios),
    },
    descriptions: { event: descriptionsOf(rules.events), policy: descriptionsOf(rules.policies), scenario: descriptionsOf(rules.scenarios) },
    choices: Object.fromEntries(Object.values(rules.events).filter((e) => e.choices.length > 0).map((e) => [e.id, Object.fromEntries(e.choices.map((c) => [c.id, c.name]))])),
    designedBy,
  }
}
