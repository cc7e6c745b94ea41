/**
 * The campaign screen's decisions, kept pure for tests: which chapter to show first, what
 * the buttons offer, the chapters of the story in the order a player meets them, and the
 * figures of a debrief and of what carries over, as plain lines.
 */
import type { CampaignSummary, Carried, ChapterDebrief, ChapterSummary } from '../../../../app/protocol'

/** The chapter to select when the screen opens: the one just played, else the first available, else the first. */
export function initialChapter(campaign: CampaignSummary, justPlayed: string | null): ChapterSummary | null {
  const played = justPlayed === null ? undefined : campaign.chapters.find((c) => c.id === justPlayed)
  return played ?? campaign.chapters.find((c) => c.state === 'available') ?? campaign.chapters.find((c) => c.state === 'lost') ?? campaign.chapters[0] ?? null
}

/** What the chapter's main button does: start it, play it again, or nothing (locked). */
export function chapterAction(chapter: ChapterSummary): 'start' | 'retry' | 'replay' | null {
  switch (chapter.state) {
    case 'locked': return null
    case 'available': return 'start'
    case 'lost': return 'retry'
    case 'won': return 'replay'
  }
}

/** Whether the chapter's tutorial should run when it starts. */
export function tutorialRuns(campaign: CampaignSummary, chapter: ChapterSummary): boolean {
  return chapter.tutorial.length > 0 && (campaign.tutorial.status === 'new' || campaign.tutorial.status === 'running')
}

/** Chapters only reached by a branch (a loss or a special result) are side roads on the path. */
export function sideRoads(campaign: CampaignSummary): Set<string> {
  const main = new Set<string>()
  let at: ChapterSummary | undefined = campaign.chapters[0]
  while (at !== undefined && !main.has(at.id)) {
    main.add(at.id)
    const next: string | null = at.next.won
    at = next === null ? undefined : campaign.chapters.find((c) => c.id === next)
  }
  return new Set(campaign.chapters.filter((c) => !main.has(c.id)).map((c) => c.id))
}

/** One line of a carry-over: a label key for i18n and its value as text. */
export interface CarryLine {
  key: 'cash' | 'reputation' | 'ecosystem' | 'politicalCapital' | 'tension' | 'chips' | 'programs' | 'policies'
  value: string
}

const signed = (x: number, digits = 1): string => {
  const shown = Math.abs(x).toFixed(digits)
  return `${Number(shown) === 0 ? '±' : x > 0 ? '+' : '−'}${shown}`
}
/** A cash change in the HUD's style: `+$2.5 bn`, `−$0.4 bn`, `±$0.0 bn`. */
const money = (x: number): string => {
  const s = signed(x)
  return `${s.slice(0, 1)}$${s.slice(1)} bn`
}

/** What carries over, as lines (names through `name`, which turns a record id into its text). */
export function carryLines(carried: Carried, name: (kind: 'chip' | 'policy', id: string) => string): CarryLine[] {
  const lines: CarryLine[] = []
  if (carried.cashBn !== undefined) lines.push({ key: 'cash', value: money(carried.cashBn) })
  if (carried.reputation !== undefined) lines.push({ key: 'reputation', value: carried.reputation.toFixed(0) })
  if (carried.ecosystem !== undefined) lines.push({ key: 'ecosystem', value: carried.ecosystem.toFixed(2) })
  if (carried.politicalCapital !== undefined) lines.push({ key: 'politicalCapital', value: signed(carried.politicalCapital) })
  if (carried.tension !== undefined) lines.push({ key: 'tension', value: signed(carried.tension) })
  if (carried.chips !== undefined && carried.chips.length > 0) lines.push({ key: 'chips', value: carried.chips.map((c) => name('chip', c)).join(', ') })
  if (carried.programs !== undefined && carried.programs.length > 0) {
    lines.push({ key: 'programs', value: carried.programs.map((p) => `${name('chip', p.chip)} (${p.quartersLeft} q)`).join(', ') })
  }
  if (carried.policies !== undefined && carried.policies.length > 0) lines.push({ key: 'policies', value: carried.policies.map((p) => name('policy', p)).join(', ') })
  return lines
}

/** An objective's figure against its threshold, e.g. `18.1 / 15` (null for yes/no objectives). */
export function objectiveFigure(o: ChapterDebrief['objectives'][number]): string | null {
  if (o.value === null) return null
  const fmt = (x: number): string => (Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-GB') : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2))
  return o.target === null ? fmt(o.value) : `${fmt(o.value)} / ${fmt(o.target)}`
}
