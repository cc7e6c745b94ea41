/** Campaign chapters as pure functions: conditions, outcome and branches, carry-over, the chapter's scenario. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyCarryOver, CampaignSchema, chapterRules, chapterScenario, createGame, evaluateChapter, type Campaign, type GameState, type Rules } from '../../../../app/engine'
import { loadDataFolder } from '../../../../app/host/data/data-folder'

const loaded = loadDataFolder(path.resolve(__dirname, '../../../../game-data/base'))
if (!loaded.ok) throw new Error('base data does not load')
const rules = loaded.rules as Rules
const fullStack = rules.campaigns['full-stack'] as Campaign
const chapter = (id: string) => fullStack.chapters.find((c) => c.id === id)!

function start(id: string): GameState {
  const built = chapterScenario(rules, fullStack.id, chapter(id), null)
  if (!built.ok) throw new Error(built.message)
  const game = createGame(chapterRules(rules, built.scenario), { scenarioId: built.scenario.id, seed: 1 })
  if (!game.ok) throw new Error(game.message)
  return game.state
}

describe('chapterScenario', () => {
  it('ends at the chapter\'s end, with its seats and the par scaled to its length', () => {
    const built = chapterScenario(rules, 'full-stack', chapter('scramble'), null)
    expect(built.ok).toBe(true)
    if (!built.ok) return
    const base = rules.scenarios['october-2022']!
    expect(built.scenario).toMatchObject({ id: 'campaign-full-stack-scramble', start: '2022Q4', end: '2023Q3', seats: ['usa', 'prc', 'nvidia', 'huawei', 'alibaba'] })
    const par = base.factions.find((f) => f.faction === 'alibaba')!.par
    expect(built.scenario.factions.find((f) => f.faction === 'alibaba')!.par).toBeCloseTo((par * 4) / 33, 1)
    expect(rules.scenarios['october-2022']).toBe(base)
  })

  it('refuses a chapter that ends outside its scenario', () => {
    expect(chapterScenario(rules, 'x', { ...chapter('scramble'), end: '2040Q1' }, null)).toMatchObject({ ok: false })
    expect(chapterScenario(rules, 'x', { ...chapter('scramble'), scenario: 'nope' }, null)).toMatchObject({ ok: false })
  })
})

describe('applyCarryOver', () => {
  it('moves cash, reputation, ecosystem, tension and policies into the next start, within bounds', () => {
    const base = rules.scenarios.classroom!
    const out = applyCarryOver(rules, base, 'alibaba', { endQuarter: 0, cashBn: -100, reputation: 130, ecosystem: 0.7, tension: 10, policies: ['hbm-control', 'not-a-policy'] })
    const a = out.factions.find((f) => f.faction === 'alibaba')!
    expect(a.cashBn).toBe(0)
    expect(a.reputation).toBe(100)
    expect(a.ecosystem).toBe(0.7)
    expect(out.tension).toBe(base.tension + 10)
    expect(out.policies).toContain('hbm-control')
    expect(out.policies).not.toContain('not-a-policy')
    expect(base.factions.find((f) => f.faction === 'alibaba')!.cashBn).toBe(22)
  })

  it('keeps programs running between chapters and brings finished chips into play', () => {
    const base = rules.scenarios['october-2022']!
    const end = 2022 * 4 + 3 // 2022Q4, the quarter before 2023Q1
    // The PPU has 9 quarters left at the end; a chapter two quarters later starts with it 7 from done.
    const later = { ...base, start: '2023Q3' }
    const out = applyCarryOver(rules, later, 'alibaba', { endQuarter: end, programs: [{ chip: 'alibaba-ppu', quartersLeft: 9 }] })
    expect(out.factions.find((f) => f.faction === 'alibaba')!.programs).toEqual([{ chip: 'alibaba-ppu', quartersLeft: 7 }])
    const far = applyCarryOver(rules, { ...base, start: '2026Q1' }, 'alibaba', { endQuarter: end, programs: [{ chip: 'zhenwu-m890', quartersLeft: 2 }] })
    expect(far.chips).toContain('zhenwu-m890')
    expect(far.factions.find((f) => f.faction === 'alibaba')!.programs.map((p) => p.chip)).not.toContain('zhenwu-m890')
    // Another maker's chip never carries.
    expect(applyCarryOver(rules, base, 'alibaba', { endQuarter: end, chips: ['ascend-910c'] }).chips).toBeUndefined()
  })
})

describe('evaluateChapter', () => {
  it('wins when every required objective holds and follows next.won; a loss follows next.lost', () => {
    const s = start('announcement')
    const lost = evaluateChapter(chapter('announcement'), s, s)
    expect(lost.outcome).toBe('lost')
    expect(lost.next).toBe('credibility')
    const won = structuredClone(s)
    won.factions.alibaba!.installed.china = { ...won.factions.alibaba!.installed.china, 'alibaba-ppu': 40_000 }
    const result = evaluateChapter(chapter('announcement'), s, won)
    expect(result.objectives.map((o) => [o.id, o.met, o.value])).toEqual([
      ['ppu-customers', true, 40_000],
      ['reputation', true, s.factions.alibaba!.reputation],
    ])
    expect(result).toMatchObject({ outcome: 'won', branch: 'won', next: 'production-ready' })
  })

  it('takes a special branch before the outcome\'s when its conditions hold', () => {
    const s = start('announcement')
    const special = structuredClone(s)
    special.factions.alibaba!.installed.china = { 'alibaba-ppu': 40_000 }
    special.factions.alibaba!.reputation = 40
    const result = evaluateChapter(chapter('announcement'), s, special)
    expect(result).toMatchObject({ outcome: 'lost', branch: 'special', next: 'credibility', specialText: 'campaign.full-stack.chapter.announcement.special' })
  })

  it('carries what the chapter lists', () => {
    const s = start('scramble')
    const end = structuredClone(s)
    end.factions.alibaba!.cashBn = s.factions.alibaba!.cashBn + 4
    end.factions.alibaba!.reputation = 64
    const carried = evaluateChapter(chapter('scramble'), s, end).carried
    expect(carried).toMatchObject({ cashBn: 2, reputation: 64 })
    expect(carried.programs?.map((p) => p.chip)).toEqual(['alibaba-ppu'])
    expect(carried.policies).toBeUndefined()
  })

  it('reads chip readiness, public benchmarks and customer installs', () => {
    const ready = structuredClone(start('production-ready'))
    const c = chapter('production-ready')
    let result = evaluateChapter(c, ready, ready)
    expect(result.objectives.find((o) => o.id === 'benchmark')?.met).toBe(false)
    ready.chips['alibaba-ppu']!.revealed = 'benchmark'
    ready.pools['china-internet']!.installed['alibaba-ppu'] = 12_000
    result = evaluateChapter(c, ready, ready)
    expect(result.objectives.find((o) => o.id === 'benchmark')?.met).toBe(true)
    expect(result.objectives.find((o) => o.id === 'customers')).toMatchObject({ met: true, value: 12_000 })
  })
})

describe('CampaignSchema', () => {
  it('refuses branches to chapters that do not exist and seats without the played faction', () => {
    const bad = structuredClone(fullStack) as unknown as { chapters: { next: { won: string | null }; seats?: string[] }[] }
    bad.chapters[0]!.next.won = 'nowhere'
    bad.chapters[1]!.seats = ['usa']
    const parsed = CampaignSchema.safeParse(bad)
    expect(parsed.success).toBe(false)
    const messages = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('/')}: ${i.message}`)
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^chapters\/0\/next\/won: "nowhere" is not a chapter/), expect.stringMatching(/^chapters\/1\/seats: the seats must include/)]))
  })
})

describe('loading campaigns', () => {
  it('checks that each chapter fits its scenario and names things that exist', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-campaign-data-'))
    const chapterOf = (over: Record<string, unknown>) => ({
      id: 'one', name: 'x.name', scenario: 'classroom', faction: 'usa', briefing: 'x.b', image: { kind: 'die', chip: 'h800' },
      objectives: [{ id: 'a', text: 'x.a', condition: { if: 'chip-revealed', chip: 'no-such-chip' } }], next: { won: null, lost: null }, ...over,
    })
    writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ kind: 'campaigns', records: [{ id: 'mini', name: 'x.n', faction: 'usa', fictional: true, fictionalWhy: 'test', chapters: [chapterOf({ end: '2031Q1' })] }, { id: 'mini-two', name: 'x.n', faction: 'usa', fictional: true, fictionalWhy: 'test', chapters: [chapterOf({ id: 'two', seats: ['usa', 'prc'], faction: 'google' })] }] }))
    const result = loadDataFolder([path.resolve(__dirname, '../../../../game-data/base'), dir])
    expect(result.ok).toBe(false)
    const messages = result.errors.map((e) => `${'pointer' in e ? String(e.pointer) : ''} ${e.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/records\/0\/chapters\/0\/end chapter "one" ends outside classroom \(2023Q4–2025Q3\)/),
        expect.stringMatching(/^\/records\/0\/chapters\/0\/objectives\/0\/condition\/chip "no-such-chip" does not exist/),
        expect.stringMatching(/^\/records\/1\/chapters\/0\/seats the seats must include the played faction "google"/),
      ]),
    )
  })
})
