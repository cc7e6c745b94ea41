/** The campaign screen's pure decisions: first chapter shown, buttons, side roads, carry-over lines, figures. */
import { describe, expect, it } from 'vitest'
import type { CampaignSummary, ChapterSummary } from '../../../../../app/protocol'
import { carryLines, chapterAction, initialChapter, objectiveFigure, sideRoads, tutorialRuns } from '../../../../../renderer/src/screens/campaign/campaign-model'

function chapter(id: string, state: ChapterSummary['state'], next: { won: string | null; lost: string | null }, tutorial = 0): ChapterSummary {
  return {
    id, name: `n.${id}`, briefing: 'b', scenario: 's', faction: 'alibaba', factionName: 'f', start: '2022Q4', end: '2023Q3', quarters: 4, difficulty: 'normal',
    image: { kind: 'map', regions: ['china'], focus: null }, objectives: [], carry: [], next: { ...next, special: [] },
    tutorial: Array.from({ length: tutorial }, (_, i) => ({ id: `s${i}`, target: null, text: 't', advance: 'next' as const })),
    state, attempts: 0, carriedIn: null, debrief: null,
  }
}

const campaign = (chapters: ChapterSummary[], status: CampaignSummary['tutorial']['status'] = 'new'): CampaignSummary => ({ id: 'c', name: 'c', description: null, faction: 'alibaba', chapters, tutorial: { status, step: 0 }, complete: false })

describe('campaign-model', () => {
  const path = [chapter('a', 'won', { won: 'b', lost: null }, 3), chapter('b', 'available', { won: 'd', lost: 'c' }), chapter('c', 'locked', { won: 'd', lost: null }), chapter('d', 'locked', { won: null, lost: null })]

  it('opens on the chapter just played, else the first available one', () => {
    expect(initialChapter(campaign(path), 'a')?.id).toBe('a')
    expect(initialChapter(campaign(path), null)?.id).toBe('b')
  })

  it('offers Start, Retry or Play again, nothing for a locked chapter', () => {
    expect(path.map(chapterAction)).toEqual(['replay', 'start', null, null])
    expect(chapterAction(chapter('x', 'lost', { won: null, lost: null }))).toBe('retry')
  })

  it('draws chapters reached only by a branch as side roads', () => {
    expect([...sideRoads(campaign(path))]).toEqual(['c'])
  })

  it('runs the tutorial until it is done or skipped', () => {
    expect(tutorialRuns(campaign(path, 'new'), path[0]!)).toBe(true)
    expect(tutorialRuns(campaign(path, 'running'), path[0]!)).toBe(true)
    expect(tutorialRuns(campaign(path, 'skipped'), path[0]!)).toBe(false)
    expect(tutorialRuns(campaign(path, 'new'), path[1]!)).toBe(false)
  })

  it('writes what carries over as lines', () => {
    const name = (kind: string, id: string) => `${kind}:${id}`
    expect(carryLines({ endQuarter: 1, cashBn: 2.46, reputation: 71.4, programs: [{ chip: 'ppu', quartersLeft: 7 }], policies: ['p'] }, name)).toEqual([
      { key: 'cash', value: '+$2.5 bn' },
      { key: 'reputation', value: '71' },
      { key: 'programs', value: 'chip:ppu (7 q)' },
      { key: 'policies', value: 'policy:p' },
    ])
    expect(carryLines({ endQuarter: 1, cashBn: -0.01, tension: -3 }, name)).toEqual([
      { key: 'cash', value: '±$0.0 bn' },
      { key: 'tension', value: '−3.0' },
    ])
  })

  it('shows an objective\'s figure against its threshold', () => {
    expect(objectiveFigure({ id: 'a', text: 't', required: true, met: true, value: 22067.4, target: 20000 })).toBe('22,067 / 20,000')
    expect(objectiveFigure({ id: 'a', text: 't', required: true, met: false, value: 0.035, target: 0.15 })).toBe('0.04 / 0.15')
    expect(objectiveFigure({ id: 'a', text: 't', required: true, met: true, value: null, target: null })).toBeNull()
  })
})
