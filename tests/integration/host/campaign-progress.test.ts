/**
 * Acceptance 3 of the campaigns: progress survives quitting and restarting. One host plays a
 * chapter with its progress in a real folder; a new host instance over the same folder (the
 * game restarted) shows the chapter won, the next one unlocked with what carried over, and the
 * tutorial's state; a corrupt progress file is set aside with a warning, never a crash.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGameHost, dispatchCall, fileCampaignProgressStore } from '../../../app/host'
import type { CampaignSummary, ChapterDebrief } from '../../../app/protocol'

const BASE = path.resolve(__dirname, '../../../game-data/base')

function launch(dir: string) {
  const host = createGameHost({ dataDir: BASE, savesDir: path.join(dir, 'saves'), campaignProgress: fileCampaignProgressStore(path.join(dir, 'campaigns.json')) })
  const window = host.connect(() => undefined)
  const value = async <T,>(name: string, payload: unknown = {}): Promise<T> => {
    const result = await dispatchCall(host, name, payload, window)
    if (!result.ok) throw new Error(`${name}: ${result.code}: ${result.message}`)
    return result.value as T
  }
  const call = (name: string, payload: unknown = {}) => dispatchCall(host, name, payload, window)
  const list = async () => value<{ campaigns: CampaignSummary[]; problem: string | null }>('listCampaigns')
  return { host, value, call, list }
}

describe('campaign progress in the user data folder', () => {
  it('survives quitting and restarting the host', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-campaign-'))
    const first = launch(dir)
    await first.value('setTutorial', { campaign: 'full-stack', status: 'running', step: 3 })
    await first.value('startChapter', { campaign: 'full-stack', chapter: 'scramble', seed: 3 })
    await first.value('claimSeat', { seat: 'alibaba' })
    while (first.host.session()?.state.over === null) await first.value('endTurn', { seat: 'alibaba' })
    // Not judged yet: listCampaigns judges a finished chapter on its own (the player may quit from the end screen).
    const judged = (await first.list()).campaigns[0]!
    expect(judged.chapters[0]!.state).toBe('won')
    const debrief = judged.chapters[0]!.debrief as ChapterDebrief
    expect(await first.value<ChapterDebrief>('finishChapter')).toEqual(debrief)
    expect(existsSync(path.join(dir, 'campaigns.json'))).toBe(true)

    // Quit: a new host over the same folder.
    const second = launch(dir)
    const again = await second.list()
    expect(again.problem).toBeNull()
    const campaign = again.campaigns.find((c) => c.id === 'full-stack')!
    expect(campaign.chapters.map((c) => c.state)).toEqual(['won', 'available', 'locked', 'locked', 'locked'])
    expect(campaign.chapters[0]!.debrief).toEqual(debrief)
    expect(campaign.chapters[0]!.attempts).toBe(1)
    expect(campaign.chapters[1]!.carriedIn).toEqual(debrief.carried)
    expect(campaign.tutorial).toEqual({ status: 'running', step: 3 })
    // The next chapter starts with what carried over.
    await second.value('startChapter', { campaign: 'full-stack', chapter: 'in-house', seed: 1 })
    expect(second.host.session()?.state.factions.alibaba?.cashBn).toBeCloseTo(22 + (debrief.carried.cashBn ?? 0), 6)

    // Reset forgets it, on disk too.
    await second.value('resetCampaign', { campaign: 'full-stack' })
    const third = launch(dir)
    expect((await third.list()).campaigns[0]!.chapters.map((c) => c.state)).toEqual(['available', 'locked', 'locked', 'locked', 'locked'])
  })

  it('finishes a chapter quit half-way: its autosave, loaded after a restart, is still the chapter', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-campaign-'))
    const first = launch(dir)
    await first.value('startChapter', { campaign: 'washington', chapter: 'thresholds', seed: 1 })
    await first.value('claimSeat', { seat: 'usa' })
    await first.value('endTurn', { seat: 'usa' })
    await first.value('endTurn', { seat: 'usa' })
    // Quit mid-chapter; restart, continue from the autosave.
    const second = launch(dir)
    const saves = await second.value<{ name: string; autosave: boolean; scenarioId: string }[]>('listSaves')
    const autosave = saves.find((s) => s.autosave)!
    expect(autosave.scenarioId).toBe('campaign-washington-thresholds')
    await second.value('loadGame', { name: autosave.name })
    expect((await second.list()).campaigns.find((c) => c.id === 'washington')!.chapters[0]!.state).toBe('available')
    // Undo cannot re-simulate a chapter from a save's copy of its rules (their records come back in
    // another order): it is refused, saying so, and the game is left exactly as it was.
    await second.value('claimSeat', { seat: 'facilitator' })
    const before = second.host.session()!.state
    await expect(second.call('facilitate', { action: { kind: 'undo' } })).resolves.toMatchObject({ ok: false, code: 'facilitator/undo_diverged' })
    expect(second.host.session()!.state).toBe(before)
    await second.value('claimSeat', { seat: 'usa' })
    while (second.host.session()?.state.over === null) await second.value('endTurn', { seat: 'usa' })
    const debrief = await second.value<ChapterDebrief>('finishChapter')
    // A passive Washington may win or lose this chapter as the balance moves; either way it is judged once, where the data says.
    const won = debrief.outcome === 'won'
    expect(debrief).toMatchObject({ campaign: 'washington', chapter: 'thresholds', outcome: won ? 'won' : 'lost', next: won ? 'allies-tools' : null, seed: 1 })
    // Carry-over is measured from the chapter's real start (re-created from the rules the save carries).
    const final = second.host.session()!.state
    expect(debrief.carried.politicalCapital).toBeCloseTo(0.5 * (final.factions.usa!.politicalCapital - 60), 3)
    expect(debrief.carried.tension).toBeCloseTo(0.5 * (final.tension - 25), 3)
    const listed = (await launch(dir).list()).campaigns.find((c) => c.id === 'washington')!
    expect(listed.chapters.map((c) => c.state)).toEqual(won ? ['won', 'available', 'locked'] : ['lost', 'locked', 'locked'])
    expect(listed.chapters[0]!.attempts).toBe(1)
  })

  it('sets a corrupt progress file aside with a warning and starts afresh', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-campaign-'))
    const file = path.join(dir, 'campaigns.json')
    writeFileSync(file, '{ "format": "silicon-curtain/campaign-progress", "version": 1, "campaigns": { "full-stack": { "reached": 7 } } }')
    const host = launch(dir)
    const listed = await host.list()
    expect(listed.problem).toMatch(/could not be read.*campaigns\.json\.corrupt/)
    expect(listed.campaigns[0]!.chapters[0]!.state).toBe('available')
    expect(readFileSync(`${file}.corrupt`, 'utf8')).toContain('"reached": 7')
    await host.value('setTutorial', { campaign: 'full-stack', status: 'skipped' })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ campaigns: { 'full-stack': { tutorial: { status: 'skipped' } } } })
  })
})
