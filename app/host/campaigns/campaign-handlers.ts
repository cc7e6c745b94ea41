/**
 * The campaign calls: list campaigns with the player's progress, start a chapter (its own
 * scenario, the player's faction as the only person, the AI on the other seats, what the
 * last chapter carried over), judge it when its game is over, reset a campaign and keep the
 * tutorial's state. The progress lives in a CampaignProgressStore (a file in the user's data
 * folder). The running game is the host's: these handlers only ask it to start one.
 */
import {
  chapterRules,
  chapterScenario,
  chapterScenarioId,
  createGame,
  evaluateChapter,
  quarterIndex,
  quarterLabel,
  type Campaign,
  type Chapter,
  type GameState,
  type Rules,
} from '../../engine'
import { CallRefusal, type CampaignSummary, type ChapterDebrief, type ChapterSummary, type ParsedRequest, type CallResponse } from '../../protocol'
import type { DataInfo, GameSession, SeatSetup, SessionInit } from '../game/game-session'
import { freshProgress, type CampaignProgress, type CampaignProgressStore } from './progress-store'

/** What the campaign calls need from the host. */
export interface CampaignHostContext {
  progress: CampaignProgressStore
  /** The game data new games start with (read again: mods may have changed). */
  data(): { rules: Rules; data: DataInfo[] }
  /** The running game, if any. */
  session(): GameSession | null
  /** Makes a new game the running one, as newGame does (windows must claim a seat again). */
  start(init: Omit<SessionInit, 'ai'>): GameSession
  randomSeed(): number
  now(): Date
  /** The player's language (settings), for the names a chapter gives its seats; null when unknown. */
  language?(): Promise<string | null>
}

/** The campaign calls' handlers. */
export interface CampaignHandlers {
  listCampaigns(request: ParsedRequest<'listCampaigns'>): Promise<CallResponse<'listCampaigns'>>
  /** `mayStart` is called right before the running game is replaced (it throws a refusal to stop it). */
  startChapter(request: ParsedRequest<'startChapter'>, mayStart?: () => void): Promise<CallResponse<'startChapter'>>
  finishChapter(request: ParsedRequest<'finishChapter'>): Promise<CallResponse<'finishChapter'>>
  resetCampaign(request: ParsedRequest<'resetCampaign'>): Promise<CallResponse<'resetCampaign'>>
  setTutorial(request: ParsedRequest<'setTutorial'>): Promise<CallResponse<'setTutorial'>>
}

interface Active {
  campaign: string
  chapter: string
  seat: string
  session: GameSession
  start: GameState
  debrief: ChapterDebrief | null
  /** Loaded from a save rather than started here: its end may have been recorded already. */
  adopted: boolean
}

/** A chapter's state from the progress. */
export function chapterState(campaign: Campaign, chapter: Chapter, progress: CampaignProgress): ChapterSummary['state'] {
  const played = progress.chapters[chapter.id]
  if (played !== undefined) return played.state
  if (campaign.chapters[0]?.id === chapter.id || progress.reached.includes(chapter.id)) return 'available'
  return 'locked'
}

/** A game-data text in `language`, else in the first locale that has it, else the key. */
function textOf(rules: Rules, key: string, language: string | null): string {
  const asked = language === null ? undefined : rules.locales[language]?.texts[key]
  return asked ?? Object.values(rules.locales).find((l) => l.texts[key] !== undefined)?.texts[key] ?? key
}

/** A chapter as the campaign screen shows it. */
export function chapterSummary(rules: Rules, campaign: Campaign, chapter: Chapter, progress: CampaignProgress): ChapterSummary {
  const scenario = rules.scenarios[chapter.scenario]
  const start = scenario?.start ?? '?'
  const end = chapter.end ?? scenario?.end ?? '?'
  const quarters = scenario === undefined ? 0 : quarterIndex(end) - quarterIndex(start) + 1
  const image: ChapterSummary['image'] =
    chapter.image.kind === 'map'
      ? { kind: 'map', regions: [...chapter.image.regions], focus: chapter.image.focus ?? null }
      : (() => {
          const chip = rules.chips[chapter.image.chip]
          return { kind: 'die', chip: chapter.image.chip, chipName: chip?.name ?? chapter.image.chip, dieMm2: chip?.dieMm2 ?? 0, node: chip?.node ?? '', maker: chip?.maker ?? '' }
        })()
  const played = progress.chapters[chapter.id]
  return {
    id: chapter.id,
    name: chapter.name,
    briefing: chapter.briefing,
    scenario: chapter.scenario,
    faction: chapter.faction,
    factionName: rules.factions[chapter.faction]?.name ?? chapter.faction,
    start,
    end,
    quarters,
    difficulty: chapter.difficulty,
    image,
    objectives: chapter.objectives.map((o) => ({ id: o.id, text: o.text, required: o.required })),
    carry: chapter.carry.map((c) => c.carry),
    next: { won: chapter.next.won, lost: chapter.next.lost, special: chapter.next.special.map((s) => ({ chapter: s.chapter, text: s.text })) },
    tutorial: chapter.tutorial.map((s) => ({ id: s.id, target: s.target ?? null, text: s.text, advance: s.advance })),
    state: chapterState(campaign, chapter, progress),
    attempts: played?.attempts ?? 0,
    carriedIn: progress.carriedIn[chapter.id] ?? null,
    debrief: played?.debrief ?? null,
  }
}

/** A campaign with the player's progress. */
export function campaignSummary(rules: Rules, campaign: Campaign, progress: CampaignProgress): CampaignSummary {
  const chapters = campaign.chapters.map((ch) => chapterSummary(rules, campaign, ch, progress))
  return {
    id: campaign.id,
    name: campaign.name,
    description: campaign.description ?? null,
    faction: campaign.faction,
    chapters,
    tutorial: { ...progress.tutorial },
    complete: chapters.some((ch) => ch.debrief !== null && ch.debrief.outcome === 'won' && ch.debrief.next === null),
  }
}

function find(rules: Rules, campaignId: string, chapterId?: string): { campaign: Campaign; chapter: Chapter | undefined } {
  const campaign = Object.prototype.hasOwnProperty.call(rules.campaigns, campaignId) ? rules.campaigns[campaignId] : undefined
  if (campaign === undefined) throw new CallRefusal('campaign/unknown', `There is no campaign "${campaignId}" (campaigns: ${Object.keys(rules.campaigns).join(', ') || 'none'}).`, ['campaign'])
  const chapter = chapterId === undefined ? undefined : campaign.chapters.find((c) => c.id === chapterId)
  if (chapterId !== undefined && chapter === undefined) {
    throw new CallRefusal('campaign/unknown_chapter', `"${chapterId}" is not a chapter of ${campaignId} (chapters: ${campaign.chapters.map((c) => c.id).join(', ')}).`, ['chapter'])
  }
  return { campaign, chapter }
}

/** Creates the campaign calls over a host context. */
export function createCampaignHandlers(ctx: CampaignHostContext): CampaignHandlers {
  let active: Active | null = null

  /** The running game's chapter: the one a chapter started, or a chapter's game loaded from a save (after a restart). */
  function current(): Active | null {
    const session = ctx.session()
    if (session === null) return (active = null)
    if (active?.session !== session) active = adopt(session)
    return active
  }

  /**
   * A chapter's game this host did not start (loaded from a save, e.g. its autosave after a
   * restart): found by its scenario id; its start is re-created from the rules the save carries.
   */
  function adopt(session: GameSession): Active | null {
    if (!session.scenarioId.startsWith('campaign-')) return null
    const { rules } = ctx.data()
    for (const campaign of Object.values(rules.campaigns)) {
      for (const chapter of campaign.chapters) {
        if (chapterScenarioId(campaign.id, chapter.id) !== session.scenarioId) continue
        const created = createGame(session.state.rules, { scenarioId: session.scenarioId, seats: session.state.seats, seed: session.seed })
        if (!created.ok) return null
        return { campaign: campaign.id, chapter: chapter.id, seat: chapter.faction, session, start: created.state, debrief: null, adopted: true }
      }
    }
    return null
  }

  /** Judges the running chapter (once) and records it. */
  async function record(a: Active): Promise<ChapterDebrief> {
    if (a.debrief !== null) return a.debrief
    const { rules } = ctx.data()
    const { campaign, chapter } = find(rules, a.campaign, a.chapter)
    if (chapter === undefined) throw new CallRefusal('campaign/unknown_chapter', `"${a.chapter}" is no longer a chapter of ${a.campaign}.`)
    const final = a.session.state
    const result = evaluateChapter(chapter, a.start, final)
    const f = final.factions[chapter.faction]
    const debrief: ChapterDebrief = {
      campaign: campaign.id,
      chapter: chapter.id,
      outcome: result.outcome,
      branch: result.branch,
      next: result.next,
      specialText: result.specialText,
      objectives: result.objectives,
      carried: result.carried,
      quarter: quarterLabel(Math.min(final.quarter, final.endQuarter)),
      score: f === undefined ? 0 : Math.round((f.vp - f.par) * 10) / 10,
      seed: a.session.seed,
      finishedAt: ctx.now().toISOString(),
    }
    await ctx.progress.update((file) => {
      const p = (file.campaigns[campaign.id] ??= freshProgress())
      const before = p.chapters[chapter.id]
      // The same finished game loaded again (its autosave) is not another attempt.
      const same = a.adopted && before !== undefined && before.debrief.seed === debrief.seed && before.debrief.quarter === debrief.quarter && before.debrief.score === debrief.score && before.debrief.outcome === debrief.outcome
      if (same) {
        debrief.finishedAt = before.debrief.finishedAt
        return
      }
      p.chapters[chapter.id] = { state: result.outcome, attempts: (before?.attempts ?? 0) + 1, debrief }
      if (result.next !== null) {
        if (!p.reached.includes(result.next)) p.reached.push(result.next)
        p.carriedIn[result.next] = result.carried
      }
    })
    a.debrief = debrief
    return debrief
  }

  return {
    async listCampaigns() {
      const a = current()
      if (a !== null && a.session.state.over !== null && a.debrief === null) await record(a)
      const { rules } = ctx.data()
      const file = await ctx.progress.get()
      const campaigns = Object.values(rules.campaigns)
        .sort((x, y) => x.order - y.order || x.id.localeCompare(y.id))
        .map((c) => campaignSummary(rules, c, file.campaigns[c.id] ?? freshProgress()))
      return {
        campaigns,
        active: a === null ? null : { campaign: a.campaign, chapter: a.chapter, seat: a.seat, over: a.session.state.over !== null },
        problem: ctx.progress.problem(),
      }
    },

    async startChapter({ campaign: campaignId, chapter: chapterId, seed: asked }, mayStart) {
      const { rules, data } = ctx.data()
      const { campaign, chapter } = find(rules, campaignId, chapterId)
      if (chapter === undefined) throw new CallRefusal('campaign/unknown_chapter', `No chapter "${chapterId}".`, ['chapter'])
      const progress = (await ctx.progress.get()).campaigns[campaign.id] ?? freshProgress()
      if (chapterState(campaign, chapter, progress) === 'locked') {
        throw new CallRefusal('campaign/locked', `The story has not reached "${chapter.id}" yet: win the chapters before it first.`, ['chapter'])
      }
      const built = chapterScenario(rules, campaign.id, chapter, progress.carriedIn[chapter.id] ?? null)
      if (!built.ok) throw new CallRefusal('campaign/bad_chapter', built.message, ['chapter'])
      const scenario = built.scenario
      const seed = asked ?? ctx.randomSeed()
      const language = (await ctx.language?.()) ?? null
      const seats: SeatSetup[] = scenario.seats.map((faction) => ({
        faction,
        controller: faction === chapter.faction ? 'human' : 'ai',
        name: textOf(rules, rules.factions[faction]?.name ?? faction, language),
        difficulty: chapter.difficulty,
      }))
      mayStart?.()
      const session = ctx.start({ rules: chapterRules(rules, scenario), data, scenarioId: scenario.id, seed, seats })
      active = { campaign: campaign.id, chapter: chapter.id, seat: chapter.faction, session, start: session.state, debrief: null, adopted: false }
      return { seat: chapter.faction, scenarioId: scenario.id, seed }
    },

    async finishChapter() {
      const a = current()
      if (a === null) throw new CallRefusal('campaign/none', 'The running game is not a campaign chapter.')
      if (a.session.state.over === null) throw new CallRefusal('campaign/not_over', 'The chapter is still being played: finish its last quarter first.')
      return record(a)
    },

    async resetCampaign({ campaign }) {
      find(ctx.data().rules, campaign)
      await ctx.progress.update((file) => {
        delete file.campaigns[campaign]
      })
      return null
    },

    async setTutorial({ campaign, status, step }) {
      find(ctx.data().rules, campaign)
      const file = await ctx.progress.update((f) => {
        const p = (f.campaigns[campaign] ??= freshProgress())
        p.tutorial = { status, step: status === 'new' ? 0 : step }
      })
      return { ...(file.campaigns[campaign]?.tutorial ?? { status, step }) }
    },
  }
}
