/**
 * Campaign chapters as pure functions: the scenario a chapter is played on (its end, seats
 * and what the last chapter carried over), its objectives read from the final state, the
 * branch the story takes, and what passes on. docs/campaigns.md explains the rules.
 */
import type { CampaignCondition, Chapter } from '../data/campaign'
import { quarterIndex, quarterLabel } from '../data/common'
import type { Rules } from '../data/rules'
import type { Scenario } from '../data/scenario'
import { holds, metricValue } from '../ops/conditions'
import { objectiveMetric } from '../resolve/scoring'
import type { GameState } from '../state/game-state'

/** What a chapter passes on (only the fields its `carry` list names). */
export interface CarriedValues {
  /** The quarter the chapter ended on (programs keep running in between chapters). */
  endQuarter: number
  /** Added to the next start's cash (US$ bn). */
  cashBn?: number | undefined
  reputation?: number | undefined
  ecosystem?: number | undefined
  /** Added to the next start's political capital. */
  politicalCapital?: number | undefined
  /** Added to the next start's tension. */
  tension?: number | undefined
  /** Chips the faction finished designing. */
  chips?: string[] | undefined
  /** Programs under way at the end. */
  programs?: { chip: string; quartersLeft: number }[] | undefined
  /** The faction's policies in force at the end. */
  policies?: string[] | undefined
}

/** One objective as judged at the end. */
export interface ObjectiveResult {
  id: string
  text: string
  required: boolean
  met: boolean
  /** The figure read from the state, when the condition reads one. */
  value: number | null
  /** The threshold it was held against (atLeast, else below). */
  target: number | null
}

/** A chapter's outcome. */
export interface ChapterResult {
  outcome: 'won' | 'lost'
  /** Which branch the story takes: the outcome's, or a special one. */
  branch: 'won' | 'lost' | 'special'
  next: string | null
  /** The special branch's text key, when one was taken. */
  specialText: string | null
  objectives: ObjectiveResult[]
  carried: CarriedValues
}

const READINESS = ['paper', 'sampling', 'volume'] as const

/** The id of the scenario a chapter is played on. */
export function chapterScenarioId(campaignId: string, chapterId: string): string {
  return `campaign-${campaignId}-${chapterId}`.slice(0, 64).replace(/-+$/, '')
}

/** The figure a condition reads (null for yes/no conditions). */
export function conditionValue(state: GameState, c: CampaignCondition, faction: string): number | null {
  const who = ('faction' in c ? c.faction : undefined) ?? faction
  switch (c.if) {
    case 'metric': return metricValue(state, c.metric, who)
    case 'score': {
      const f = state.factions[who]
      return f === undefined ? 0 : f.vp - f.par
    }
    case 'objective-metric': {
      const o = state.rules.objectives[c.objective]
      return o === undefined ? 0 : objectiveMetric(state, who, o, null)
    }
    case 'chip-installed': {
      let units = 0
      const own = c.where !== 'customers'
      const others = c.where !== 'own'
      for (const [id, f] of Object.entries(state.factions)) {
        if (id === who ? !own : !others) continue
        for (const region of Object.values(f.installed)) units += region[c.chip] ?? 0
      }
      if (others) for (const pool of Object.values(state.pools)) units += pool.installed[c.chip] ?? 0
      return units
    }
    default: return null
  }
}

/** Whether a campaign condition holds in the final state (a left-out faction is `faction`). */
export function campaignHolds(state: GameState, c: CampaignCondition, faction: string): boolean {
  switch (c.if) {
    case 'policy-active': case 'policy-inactive': case 'chip-launched': case 'event-fired': case 'flag-set': case 'seat-played':
      return holds(state, c)
    case 'metric': case 'score': case 'objective-metric': case 'chip-installed': {
      const v = conditionValue(state, c, faction) ?? 0
      return (c.atLeast === undefined || v >= c.atLeast) && (c.below === undefined || v < c.below)
    }
    case 'chip-readiness': {
      const chip = state.chips[c.chip]
      return chip !== undefined && chip.designed && READINESS.indexOf(chip.readiness) >= READINESS.indexOf(c.atLeast)
    }
    case 'chip-revealed': {
      const how = state.chips[c.chip]?.revealed ?? null
      return how !== null && (c.how === 'any' || c.how === how)
    }
    case 'winner': return state.over !== null && state.over.winner === (c.faction ?? faction)
    case 'crisis': return state.over?.reason === 'crisis'
  }
}

/** Judges a chapter from its start and final states: objectives, outcome, branch and carry-over. */
export function evaluateChapter(chapter: Chapter, start: GameState, final: GameState): ChapterResult {
  const objectives = chapter.objectives.map((o): ObjectiveResult => {
    const c = o.condition
    const target = 'atLeast' in c && typeof c.atLeast === 'number' ? c.atLeast : 'below' in c && typeof c.below === 'number' ? c.below : null
    return { id: o.id, text: o.text, required: o.required, met: campaignHolds(final, c, chapter.faction), value: conditionValue(final, c, chapter.faction), target }
  })
  const outcome = objectives.every((o) => o.met || !o.required) ? 'won' : 'lost'
  const special = chapter.next.special.find((s) => s.all.every((c) => campaignHolds(final, c, chapter.faction)))
  return {
    outcome,
    branch: special === undefined ? outcome : 'special',
    next: special === undefined ? chapter.next[outcome] : special.chapter,
    specialText: special?.text ?? null,
    objectives,
    carried: collectCarryOver(chapter, start, final),
  }
}

/** What a chapter passes on, from its start and final states. */
export function collectCarryOver(chapter: Chapter, start: GameState, final: GameState): CarriedValues {
  const out: CarriedValues = { endQuarter: Math.min(final.quarter, final.endQuarter) }
  const f = final.factions[chapter.faction]
  const s = start.factions[chapter.faction]
  if (f === undefined || s === undefined) return out
  const round = (x: number): number => Math.round(x * 1000) / 1000
  for (const carry of chapter.carry) {
    switch (carry.carry) {
      case 'cash': out.cashBn = round(carry.share * (f.cashBn - s.cashBn)); break
      case 'reputation': out.reputation = round(f.reputation); break
      case 'ecosystem': out.ecosystem = round(f.ecosystem); break
      case 'political-capital': out.politicalCapital = round(carry.share * (f.politicalCapital - s.politicalCapital)); break
      case 'tension': out.tension = round(carry.share * (final.tension - start.tension)); break
      case 'programs':
        // Chips finished during the chapter (those designed before it were in play already).
        out.chips = Object.values(final.chips).filter((c) => c.maker === chapter.faction && c.designed && start.chips[c.id]?.designed !== true).map((c) => c.id).sort()
        out.programs = final.programs.filter((p) => p.owner === chapter.faction).map((p) => ({ chip: p.chip, quartersLeft: Math.max(1, Math.ceil(p.quartersLeft - 1e-9)) }))
        break
      case 'policies':
        out.policies = Object.keys(final.policies).filter((id) => final.rules.policies[id]?.owner === chapter.faction).sort()
        break
    }
  }
  return out
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x))

/**
 * Applies what the last chapter carried to a chapter's scenario, for the faction played:
 * cash, reputation, ecosystem and political capital of its start, tension, chips it
 * finished (in play from the start), programs under way (less the quarters between the
 * chapters) and its policies in force. Ids the rules do not know are left out.
 */
export function applyCarryOver(rules: Rules, scenario: Scenario, faction: string, carried: CarriedValues | null): Scenario {
  if (carried === null) return scenario
  const start = quarterIndex(scenario.start)
  const out: Scenario = structuredClone(scenario)
  const setup = out.factions.find((f) => f.faction === faction)
  if (carried.tension !== undefined) out.tension = clamp(out.tension + carried.tension, 0, 100)
  if (carried.policies !== undefined) {
    for (const id of carried.policies) if (rules.policies[id] !== undefined && !out.policies.includes(id)) out.policies.push(id)
  }
  if (setup === undefined) return out
  if (carried.cashBn !== undefined) setup.cashBn = Math.max(0, setup.cashBn + carried.cashBn)
  if (carried.reputation !== undefined) setup.reputation = clamp(carried.reputation, 0, 100)
  if (carried.ecosystem !== undefined) setup.ecosystem = clamp(carried.ecosystem, 0.05, 1)
  if (carried.politicalCapital !== undefined) setup.politicalCapital = clamp(setup.politicalCapital + carried.politicalCapital, 0, 100)
  const inPlay = new Set(out.chips ?? Object.values(rules.chips).filter((c) => quarterIndex(c.firstQuarter) <= start).map((c) => c.id))
  const finished = new Set<string>()
  for (const id of carried.chips ?? []) if (rules.chips[id]?.maker === faction && !inPlay.has(id)) finished.add(id)
  const gap = Math.max(0, start - carried.endQuarter - 1)
  for (const p of carried.programs ?? []) {
    if (rules.chips[p.chip]?.maker !== faction || inPlay.has(p.chip) || finished.has(p.chip)) continue
    const left = p.quartersLeft - gap
    if (left <= 0) {
      finished.add(p.chip)
      continue
    }
    const existing = setup.programs.find((q) => q.chip === p.chip)
    if (existing !== undefined) existing.quartersLeft = Math.min(existing.quartersLeft, left)
    else setup.programs.push({ chip: p.chip, quartersLeft: left })
  }
  if (finished.size > 0) {
    out.chips = [...inPlay, ...finished]
    setup.programs = setup.programs.filter((p) => !finished.has(p.chip))
  }
  return out
}

/**
 * The scenario a chapter is played on: the chapter's scenario under its own id, ending at the
 * chapter's end, with its seats, the par scaled to the chapter's length and what the last
 * chapter carried applied. Answers an error message when the chapter does not fit its scenario.
 */
export function chapterScenario(rules: Rules, campaignId: string, chapter: Chapter, carried: CarriedValues | null): { ok: true; scenario: Scenario } | { ok: false; message: string } {
  const base = rules.scenarios[chapter.scenario]
  if (base === undefined) return { ok: false, message: `no scenario "${chapter.scenario}"` }
  const start = quarterIndex(base.start)
  const end = chapter.end === undefined ? quarterIndex(base.end) : quarterIndex(chapter.end)
  if (end < start || end > quarterIndex(base.end)) return { ok: false, message: `chapter "${chapter.id}" ends at ${quarterLabel(end)}, outside ${base.id}'s ${base.start}–${base.end}` }
  const seats = chapter.seats ?? base.seats
  const bad = seats.find((s) => !base.seats.includes(s))
  if (bad !== undefined) return { ok: false, message: `"${bad}" is not a seat of ${base.id}` }
  if (!seats.includes(chapter.faction)) return { ok: false, message: `${chapter.faction} is not a seat of ${base.id}` }
  const scale = (end - start + 1) / (quarterIndex(base.end) - start + 1)
  const scenario: Scenario = {
    ...structuredClone(base),
    id: chapterScenarioId(campaignId, chapter.id),
    end: quarterLabel(end),
    seats: [...seats],
  }
  for (const f of scenario.factions) f.par = Math.round(f.par * scale * 10) / 10
  return { ok: true, scenario: applyCarryOver(rules, scenario, chapter.faction, carried) }
}

/** The rules a chapter is played with: the data's, plus the chapter's scenario. */
export function chapterRules(rules: Rules, scenario: Scenario): Rules {
  return { ...rules, scenarios: { ...rules.scenarios, [scenario.id]: scenario } }
}
