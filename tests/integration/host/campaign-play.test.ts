/**
 * Acceptance 1 of the campaigns: every chapter of both base campaigns is played headless over
 * the host (the AI on the other seats) with scripted play and with the AI playing the
 * player's seat; winning and losing both lead where the data says, and what a chapter
 * carries over arrives in the next chapter's start.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGameHost, dispatchCall, type Connection } from '../../../app/host'
import { aiOrders, type Campaign, type Chapter, type GameState } from '../../../app/engine'
import type { CampaignSummary, ChapterDebrief, EventName, EventPayloads } from '../../../app/protocol'

const BASE = path.resolve(__dirname, '../../../game-data/base')

type Mode = 'ai' | 'passive'
/** Extra orders of the player's seat, by quarter played (0 = the first). */
type Script = (quarter: number, state: GameState) => Record<string, unknown>[] | Promise<Record<string, unknown>[]>

function setup() {
  const host = createGameHost({ dataDir: BASE, randomSeed: () => 1 })
  const window = host.connect(<E extends EventName>(_event: E, _payload: EventPayloads[E]) => undefined)
  const call = (name: string, payload: unknown = {}, connection: Connection = window) => dispatchCall(host, name, payload, connection)
  const value = async <T,>(name: string, payload: unknown = {}): Promise<T> => {
    const result = await call(name, payload)
    if (!result.ok) throw new Error(`${name}: ${result.code}: ${result.message}`)
    return result.value as T
  }
  const campaigns = async (): Promise<CampaignSummary[]> => (await value<{ campaigns: CampaignSummary[] }>('listCampaigns')).campaigns
  const rules = () => {
    const session = host.session()
    if (session === null) throw new Error('no game')
    return session.rules
  }
  /** Starts a chapter, plays it to its end and answers the debrief and the chapter's start state. */
  const play = async (campaign: string, chapter: string, seed: number, mode: Mode, script: Script = () => []): Promise<{ debrief: ChapterDebrief; start: GameState }> => {
    const started = await value<{ seat: string; scenarioId: string }>('startChapter', { campaign, chapter, seed })
    await value('claimSeat', { seat: started.seat })
    const session = host.session()
    if (session === null) throw new Error('no session')
    const start = session.state
    for (let q = 0; session.state.over === null; q++) {
      expect(q).toBeLessThan(40)
      const state = session.state
      const persona = state.rules.scenarios[state.scenarioId]?.factions.find((f) => f.faction === started.seat)?.persona
      const own = mode === 'ai' ? aiOrders(state, started.seat, { difficulty: 'hard', ...(persona === undefined ? {} : { persona: state.rules.personas[persona]! }) }) : []
      const orders = [...(await script(q, state)), ...own]
      if (orders.length > 0) await value('submitOrders', { seat: started.seat, orders })
      await value('endTurn', { seat: started.seat })
    }
    const debrief = await value<ChapterDebrief>('finishChapter')
    if (process.env.SC_DEBUG) console.log('play', chapter, mode, seed, debrief.outcome, JSON.stringify(debrief.objectives.map((o) => [o.id, o.met, o.value])))
    return { debrief, start }
  }
  /** A second window takes the facilitator's role (a chapter has no facilitator code) and acts on the game. */
  const facilitator = host.connect(() => undefined)
  const facilitate = async (action: unknown): Promise<void> => {
    await dispatchCall(host, 'claimSeat', { seat: 'facilitator' }, facilitator)
    const result = await dispatchCall(host, 'facilitate', { action }, facilitator)
    if (!result.ok) throw new Error(`facilitate: ${result.code}: ${result.message}`)
  }
  return { host, call, value, campaigns, play, rules, facilitate }
}

/** What the data says a chapter leads to for a debrief's outcome (a special branch names its own chapter). */
function expectedNext(chapter: Chapter, debrief: ChapterDebrief): string | null {
  if (debrief.branch === 'special') return chapter.next.special.find((s) => s.chapter === debrief.next)?.chapter ?? 'no such special branch'
  return chapter.next[debrief.outcome]
}

/** Plays a chapter and checks the branch: the next chapter unlocks (or nothing does) as the data says. */
async function playAndCheck(t: ReturnType<typeof setup>, campaign: Campaign, chapterId: string, seed: number, mode: Mode, outcome: 'won' | 'lost', script?: Script): Promise<ChapterDebrief> {
  const chapter = campaign.chapters.find((c) => c.id === chapterId)!
  const { debrief } = await t.play(campaign.id, chapterId, seed, mode, script)
  if (process.env.SC_DEBUG) console.log(chapterId, mode, seed, debrief.outcome, JSON.stringify(debrief.objectives.map((o) => [o.id, o.met, o.value])))
  expect({ chapter: chapterId, mode, seed, outcome: debrief.outcome, objectives: debrief.objectives.map((o) => `${o.id}:${o.met}:${o.value}`) }).toMatchObject({ chapter: chapterId, mode, seed, outcome })
  expect(debrief.next).toBe(expectedNext(chapter, debrief))
  const after = (await t.campaigns()).find((c) => c.id === campaign.id)!
  expect(after.chapters.find((c) => c.id === chapterId)?.state).toBe(outcome)
  if (debrief.next !== null) {
    const next = after.chapters.find((c) => c.id === debrief.next)!
    expect(['available', 'won', 'lost']).toContain(next.state)
    expect(next.carriedIn).toEqual(debrief.carried)
  }
  // Every objective is reported with whether it was met, and a figure where it reads one.
  for (const o of debrief.objectives) expect(typeof o.met).toBe('boolean')
  expect(debrief.objectives.some((o) => !o.met)).toBe(outcome === 'lost')
  return debrief
}

describe('the base campaigns played headless over the host', () => {
  it('lists both campaigns with the first chapter open and the rest locked', async () => {
    const t = setup()
    const list = await t.campaigns()
    expect(list.map((c) => c.id)).toEqual(['full-stack', 'washington'])
    const full = list[0]!
    expect(full.chapters.length).toBeGreaterThanOrEqual(4)
    expect(list[1]!.chapters.length).toBeGreaterThanOrEqual(3)
    expect(full.chapters.map((c) => c.state)).toEqual(['available', 'locked', 'locked', 'locked', 'locked'])
    expect(full.chapters[0]!.tutorial.length).toBeGreaterThan(5)
    await expect(t.call('startChapter', { campaign: 'full-stack', chapter: 'in-house' })).resolves.toMatchObject({ ok: false, code: 'campaign/locked' })
    await expect(t.call('startChapter', { campaign: 'nope', chapter: 'x' })).resolves.toMatchObject({ ok: false, code: 'campaign/unknown' })
    await expect(t.call('finishChapter')).resolves.toMatchObject({ ok: false, code: 'campaign/none' })
  })

  it('Full Stack: each chapter is won and lost, the story branches as the data says and carry-over arrives', { timeout: 240_000 }, async () => {
    const t = setup()
    const campaign = (await import('../../../game-data/base/campaigns/full-stack.json')).records[0] as unknown as Campaign
    const chapters = new Map(campaign.chapters.map((c) => [c.id, c]))

    // 1. The scramble: the AI spends the war chest (lost, nothing unlocks); careful play wins.
    await playAndCheck(t, campaign, 'scramble', 2, 'ai', 'lost')
    const scramble = await playAndCheck(t, campaign, 'scramble', 3, 'passive', 'won')
    expect(scramble.next).toBe('in-house')
    expect(scramble.carried.cashBn).toBeDefined()
    expect(scramble.carried.programs?.map((p) => p.chip)).toContain('alibaba-ppu')

    // Carry-over arrives: half the cash gained or lost, the reputation, the PPU program.
    const inHouse = await t.play('full-stack', 'in-house', 4, 'ai')
    const alibaba = inHouse.start.factions.alibaba!
    expect(alibaba.cashBn).toBeCloseTo(22 + scramble.carried.cashBn!, 6)
    expect(alibaba.reputation).toBe(scramble.carried.reputation)
    const ppu = inHouse.start.programs.find((p) => p.chip === 'alibaba-ppu' && p.owner === 'alibaba')
    expect(ppu?.quartersLeft).toBe(Math.min(7, scramble.carried.programs!.find((p) => p.chip === 'alibaba-ppu')!.quartersLeft))
    expect(inHouse.start.endQuarter - inHouse.start.startQuarter + 1).toBe(4)
    expect(inHouse.debrief.outcome).toBe('won')
    expect(inHouse.debrief.next).toBe(chapters.get('in-house')!.next.won)

    // 2. Going in-house: passive play falls behind par (lost, retry); the AI wins.
    await playAndCheck(t, campaign, 'in-house', 4, 'passive', 'lost')
    const won2 = await playAndCheck(t, campaign, 'in-house', 4, 'ai', 'won')
    expect(won2.next).toBe('announcement')

    // 3. The announcement: passive play leaves the PPU at its first deployment: lost → the credibility branch.
    const lost3 = await playAndCheck(t, campaign, 'announcement', 1, 'passive', 'lost')
    expect(lost3.next).toBe('credibility')
    const announced = await t.play('full-stack', 'announcement', 1, 'ai')
    // The ecosystem and reputation of chapter 2 arrived.
    expect(announced.start.factions.alibaba!.reputation).toBe(won2.carried.reputation)
    expect(announced.start.factions.alibaba!.ecosystem).toBeCloseTo(won2.carried.ecosystem!, 6)
    expect(announced.debrief.outcome).toBe('won')
    expect(announced.debrief.next).toBe('production-ready')

    // 4. Winning back trust (the branch after a loss): passive loses (retry), the AI wins → production-ready.
    await playAndCheck(t, campaign, 'credibility', 2, 'passive', 'lost')
    expect((await playAndCheck(t, campaign, 'credibility', 2, 'ai', 'won')).next).toBe('production-ready')

    // 5. Production-ready: the AI never benchmarks its chip (lost); the AI plus a public benchmark of the PPU wins; the story ends.
    const carriedIn = (await t.campaigns()).find((c) => c.id === 'full-stack')!.chapters.find((c) => c.id === 'production-ready')!.carriedIn
    expect(carriedIn?.reputation).toBeGreaterThan(0)
    await playAndCheck(t, campaign, 'production-ready', 1, 'ai', 'lost')
    const benchmark: Script = (q) => (q === 0 ? [{ kind: 'benchmark-chip', chip: 'alibaba-ppu' }] : [])
    const final = await playAndCheck(t, campaign, 'production-ready', 1, 'ai', 'won', benchmark)
    expect(final.next).toBeNull()
    const done = (await t.campaigns()).find((c) => c.id === 'full-stack')!
    expect(done.complete).toBe(true)
    expect(done.chapters.map((c) => c.state)).toEqual(['won', 'won', 'won', 'won', 'won'])
  })

  it('Thresholds (Washington): each chapter is won and lost; policies, political capital and tension carry over', { timeout: 180_000 }, async () => {
    const t = setup()
    const campaign = (await import('../../../game-data/base/campaigns/washington.json')).records[0] as unknown as Campaign

    // 1. The AI trades the October 2022 rule for later ones and lets tension climb (lost); holding the line wins.
    await playAndCheck(t, campaign, 'thresholds', 1, 'ai', 'lost')
    const enforce: Script = (q) => (q === 0 ? [{ kind: 'enact-policy', policy: 'smuggling-enforcement' }] : [])
    const first = await playAndCheck(t, campaign, 'thresholds', 1, 'passive', 'won', enforce)
    expect(first.carried.policies).toContain('smuggling-enforcement')

    // 2. The allies' tools: without the December 2024 package it is lost; enacting it wins.
    const allies = await t.play('washington', 'allies-tools', 1, 'passive')
    expect(Object.keys(allies.start.policies)).toContain('smuggling-enforcement')
    expect(allies.start.factions.usa!.politicalCapital).toBeCloseTo(Math.min(100, Math.max(0, 60 + first.carried.politicalCapital!)), 6)
    expect(allies.start.tension).toBeCloseTo(Math.min(100, Math.max(0, 35 + first.carried.tension!)), 6)
    expect(allies.debrief.outcome).toBe('lost')
    expect(allies.debrief.next).toBeNull()
    const tools: Script = (q) => (q === 1 ? [{ kind: 'enact-policy', policy: 'dec-2024-tool-rule' }] : [])
    expect((await playAndCheck(t, campaign, 'allies-tools', 1, 'passive', 'won', tools)).next).toBe('revenue-share')

    // 3. Licences for a share: a crisis scripted by the facilitator (tension +45 at once) loses it; passive play keeps the licences and wins; the story ends.
    const crisis: Script = async (q) => {
      if (q === 0) await t.facilitate({ kind: 'adjust-tension', delta: 45 })
      return []
    }
    const lost = await playAndCheck(t, campaign, 'revenue-share', 2, 'passive', 'lost', crisis)
    expect(lost.objectives.find((o) => o.id === 'tension')?.met).toBe(false)
    const last = await playAndCheck(t, campaign, 'revenue-share', 8, 'passive', 'won')
    expect(last.next).toBeNull()
  })
})
