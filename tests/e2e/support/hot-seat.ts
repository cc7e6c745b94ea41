/**
 * A hot-seat lesson seen from the shared window: three people (two with codes), planted secrets,
 * and the checks made at every hand-off — the page's DOM, the renderer's heap (every string
 * after garbage collection) and every WebSocket message received since the hand-off screen
 * appeared contain none of the previous person's secret.
 */
import type { CDPSession, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { GameHost } from '../../../app/host'
import { TIMEOUTS, waitForState, waitReady } from './browser'
import { classroomSeats, type Person } from './game'

export interface Pupil extends Person {
  /** A string planted in the faction's private state: only this person may ever receive it. */
  secret: string
}

/** People, their codes and the secret each one's faction carries (planted in the live game). */
export const PEOPLE: readonly Pupil[] = [
  { faction: 'usa', name: 'Alice', code: '1111', secret: 'sentinel-alice-7f3a' },
  { faction: 'prc', name: 'Bob', code: '2222', secret: 'sentinel-bob-c91d' },
  { faction: 'alibaba', name: 'Chen', secret: 'sentinel-chen-52be' },
]
export const AI_SEATS = ['nvidia', 'huawei']
export const FACILITATOR_CODE = '9999'

/** The lesson's game as `newGame` takes it: the three people, two AI seats, the rest sitting out. */
export function lessonGame(): Record<string, unknown> & { seats: Array<Record<string, unknown>> } {
  return { scenarioId: 'classroom', seed: 7, facilitatorCode: FACILITATOR_CODE, seats: classroomSeats(PEOPLE, AI_SEATS) }
}

/** Plants each person's secret in their faction's private state on the host. */
export function plantSecrets(host: GameHost): void {
  const session = host.session()
  if (session === null) throw new Error('no game to plant secrets in')
  for (const p of PEOPLE) (session.state.factions[p.faction] as { refusedCustomers: string[] }).refusedCustomers.push(p.secret)
}

/** Every string in the renderer's heap after a full garbage collection. */
async function heapStrings(cdp: CDPSession): Promise<string> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const chunks: string[] = []
  const onChunk = (event: { chunk: string }): void => void chunks.push(event.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  // The secrets are plain ASCII, so they stand verbatim in the snapshot's JSON: no need to parse it.
  return chunks.join('')
}

/** Watches one shared window through a lesson: hand-offs, sit-downs and what crossed them. */
export class HotSeatWindow {
  /** How many hand-offs from one person to another were checked. */
  handOffs = 0
  private readonly frames: string[] = []
  private framesAtHandOff = 0
  private previous: Pupil | null = null

  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {
    page.on('websocket', (ws) => ws.on('framereceived', (frame) => this.frames.push(typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8'))))
  }

  /** Starts watching `page` (before it opens the game, so every message is seen). */
  static async watch(page: Page): Promise<HotSeatWindow> {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.enable')
    return new HotSeatWindow(page, cdp)
  }

  /** Forgets who sat last (after the facilitator's desk, which sees every seat). */
  forgetPrevious(): void {
    this.previous = null
  }

  private noMessagesOf(who: Pupil): void {
    expect(this.frames.slice(this.framesAtHandOff).join('\n'), `messages after the hand-off from ${who.name}`).not.toContain(who.secret)
  }

  /**
   * The hand-off screen names `who` (or the game is over): nothing of the previous person is
   * left in the DOM or the messages, nor (with `heap`, a heap snapshot of several seconds) in
   * the renderer's memory. Every kind of hand-off gets the heap check in some test: after an
   * ended turn and after a resolved quarter (classroom-hot-seat), after the timer ran out
   * (classroom-facilitator).
   */
  async atHandOff(who: Pupil | null, { heap = true }: { heap?: boolean } = {}): Promise<void> {
    const state = who === null ? 'hand-off' : `hand-off:${who.faction}`
    await waitReady(this.page, state, TIMEOUTS.quarter)
    this.framesAtHandOff = this.frames.length
    const previous = this.previous
    if (previous === null) return
    this.handOffs += 1
    const dom = await this.page.evaluate(() => document.documentElement.outerHTML)
    expect(dom, `DOM after the hand-off from ${previous.name}`).not.toContain(previous.secret)
    if (heap) expect(await heapStrings(this.cdp), `renderer memory after the hand-off from ${previous.name}`).not.toContain(previous.secret)
    this.noMessagesOf(previous)
  }

  /** The next person opens their seat (with their code) and lands on their game screen; their own secret arrives, the previous person's never did. */
  async sitDown(who: Pupil): Promise<void> {
    const page = this.page
    await expect(page.getByTestId('hand-off-title').textContent()).resolves.toContain(who.name)
    if (who.code !== undefined) await page.getByLabel(/enter your four-digit code/).fill(who.code)
    await page.getByTestId('hand-off-confirm').click()
    await waitForState(
      page,
      `${who.name}'s game screen (${who.faction})`,
      (f) => document.documentElement.dataset.ready === 'game' && document.querySelector('[data-testid="game-screen"]')?.getAttribute('data-seat') === f,
      who.faction,
    )
    const briefing = page.getByRole('dialog', { name: /^Your briefing/ })
    if ((await briefing.count()) > 0) await briefing.getByRole('button', { name: 'Start planning' }).click()
    expect(this.frames.slice(this.framesAtHandOff).join('\n'), `${who.name}'s own view`).toContain(who.secret)
    const previous = this.previous
    if (previous !== null && previous.faction !== who.faction) this.noMessagesOf(previous)
    this.previous = who
  }

  /** Ends the seated person's turn with the button. */
  async endTurn(): Promise<void> {
    await this.page.getByTestId('end-turn').click()
  }

  /** Each person in turn: hand-off (checked, without the heap), sit down, end the turn. */
  async playQuarter(people: readonly Pupil[] = PEOPLE): Promise<void> {
    for (const person of people) {
      await this.atHandOff(person, { heap: false })
      await this.sitDown(person)
      await this.endTurn()
    }
  }

  /** The facilitator opens their desk from the hand-off screen, with their code. */
  async openFacilitator(): Promise<void> {
    const page = this.page
    await page.getByTestId('open-facilitator').click()
    await page.getByLabel("Facilitator's code").fill(FACILITATOR_CODE)
    await page.getByTestId('facilitator-confirm').click()
    await waitReady(page, 'facilitator')
  }

  /** Closes the facilitator's desk, back to the hand-off screen. */
  async closeFacilitator(): Promise<void> {
    await this.page.getByTestId('facilitator-close').click()
    this.forgetPrevious()
  }
}
