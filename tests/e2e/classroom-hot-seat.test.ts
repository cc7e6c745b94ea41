/**
 * Issue 8's acceptance run: a hot-seat lesson in chromium over the web host. Three people
 * (the United States and China with codes, Alibaba without) and two AI seats play the
 * Classroom scenario on one computer: hand-offs between them, a wrong code, the turn timer
 * running out once, the facilitator injecting an event and undoing a quarter, to the end and
 * the debrief export. After every hand-off the page's DOM, the renderer's memory (a heap
 * snapshot after garbage collection) and every message received since contain none of the
 * previous seat's planted secrets.
 */
import { copyFileSync } from 'node:fs'
import type { CDPSession, Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, screenshotPath, watchConsole } from './support/browser'
import { setUpClassroom, type SeatPlan } from './support/game'

const SLOW = 180_000

/** People, their codes and the secret each one's faction carries (planted in the live game). */
const PEOPLE = [
  { faction: 'usa', name: 'Alice', code: '1111', secret: 'sentinel-alice-7f3a' },
  { faction: 'prc', name: 'Bob', code: '2222', secret: 'sentinel-bob-c91d' },
  { faction: 'alibaba', name: 'Chen', code: null, secret: 'sentinel-chen-52be' },
] as const
const AI = ['nvidia', 'huawei']
const FACILITATOR_CODE = '9999'

const shot = async (page: Page, name: string): Promise<void> => {
  await page.waitForTimeout(250)
  await page.screenshot({ path: screenshotPath(`hot-seat-${name}`) })
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
  const snapshot = JSON.parse(chunks.join('')) as { strings: string[] }
  return snapshot.strings.join('\n')
}

describeInBrowser('a hot-seat classroom lesson', (suite) => {
  it(
    'plays three people and two AI seats through the Classroom scenario with hand-offs, codes, the timer, the facilitator and the debrief, leaking nothing across hand-offs',
    async () => {
      const page = await suite.browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })
      const errors = watchConsole(page)
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('HeapProfiler.enable')
      const frames: string[] = []
      page.on('websocket', (ws) => ws.on('framereceived', (frame) => frames.push(typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8'))))

      // Set up the lesson: three people with names (two with codes), two AI seats, the other factions sit out.
      const seats: SeatPlan = Object.fromEntries(['usa', 'prc', 'nvidia', 'tsmc', 'huawei', 'alibaba', 'google', 'smic'].map((f) => [f, AI.includes(f) ? 'ai' : 'out']))
      for (const p of PEOPLE) seats[p.faction] = p.code === null ? { name: p.name } : { name: p.name, code: p.code }
      await setUpClassroom(page, suite.host.url, seats)
      await page.getByLabel("Facilitator's code").fill(FACILITATOR_CODE)
      await shot(page, '01-setup')
      await page.getByRole('button', { name: 'Start', exact: true }).click()

      // Plant each person's secret in their faction's private state, on the host.
      const session = suite.host.game.session()
      if (session === null) throw new Error('no game')
      for (const p of PEOPLE) (session.state.factions[p.faction] as { refusedCustomers: string[] }).refusedCustomers.push(p.secret)

      let previous: (typeof PEOPLE)[number] | null = null
      let handOffs = 0
      /** Messages received from the moment the hand-off screen showed. */
      let framesAtHandOff = 0
      const noMessagesOf = (who: (typeof PEOPLE)[number] | null): void => {
        if (who !== null) expect(frames.slice(framesAtHandOff).join('\n'), `messages after the hand-off from ${who.name}`).not.toContain(who.secret)
      }
      /** The hand-off screen names `who`: nothing of the previous person is left in the DOM or the renderer's memory. */
      const atHandOff = async (who: (typeof PEOPLE)[number] | null): Promise<void> => {
        await page.waitForFunction((f) => document.documentElement.dataset.ready === (f === null ? 'hand-off' : `hand-off:${f}`), who?.faction ?? null, { timeout: SLOW })
        framesAtHandOff = frames.length
        if (previous === null) return
        handOffs += 1
        const secret = previous.secret
        await page.waitForTimeout(300)
        const dom = await page.evaluate(() => document.documentElement.outerHTML)
        expect(dom, `DOM after the hand-off from ${previous.name}`).not.toContain(secret)
        expect(await heapStrings(cdp), `renderer memory after the hand-off from ${previous.name}`).not.toContain(secret)
        noMessagesOf(previous)
      }
      /** The next person opens their seat (with their code) and lands on their game screen. */
      const sitDown = async (who: (typeof PEOPLE)[number]): Promise<void> => {
        await expect(page.getByTestId('hand-off-title').textContent()).resolves.toContain(who.name)
        if (who.code !== null) await page.getByLabel(/enter your four-digit code/).fill(who.code)
        await page.getByTestId('hand-off-confirm').click()
        await page.waitForFunction((f) => document.documentElement.dataset.ready === 'game' && document.querySelector('[data-testid="game-screen"]')?.getAttribute('data-seat') === f, who.faction, { timeout: 30_000 })
        const briefing = page.getByRole('dialog', { name: /^Your briefing/ })
        await page.waitForTimeout(150)
        if ((await briefing.count()) > 0) await briefing.getByRole('button', { name: 'Start planning' }).click()
        // Their own secret is theirs to see; the previous person's never arrived.
        expect(frames.slice(framesAtHandOff).join('\n')).toContain(who.secret)
        if (previous !== null && previous.faction !== who.faction) noMessagesOf(previous)
        previous = who
      }
      /** The facilitator opens their desk from the hand-off screen, with their code. */
      const openFacilitator = async (): Promise<void> => {
        await page.getByTestId('open-facilitator').click()
        await page.getByLabel("Facilitator's code").fill(FACILITATOR_CODE)
        await page.getByTestId('facilitator-confirm').click()
        await page.waitForFunction(() => document.documentElement.dataset.ready === 'facilitator', null, { timeout: 20_000 })
      }
      const endTurn = async (): Promise<void> => {
        await page.getByTestId('end-turn').click()
      }

      // Quarter 1: Alice mistypes her code first, then plans; each hand-off is checked.
      await atHandOff(PEOPLE[0])
      await shot(page, '02-hand-off')
      await page.getByLabel(/enter your four-digit code/).fill('1234')
      await page.getByTestId('hand-off-confirm').click()
      await expect(page.getByRole('alert').textContent()).resolves.toContain('does not open this seat')
      await shot(page, '03-wrong-code')
      await sitDown(PEOPLE[0])
      await shot(page, '04-alice-plans')
      await endTurn()
      await atHandOff(PEOPLE[1])
      await sitDown(PEOPLE[1])
      await endTurn()
      await atHandOff(PEOPLE[2])
      await sitDown(PEOPLE[2])
      await endTurn()

      // Quarter 2: the facilitator injects an event and sets a 10-second timer; Alice's time runs out.
      await atHandOff(PEOPLE[0])
      await openFacilitator()
      await page.getByTestId('inject-event').selectOption('taiwan-quarantine')
      await page.getByTestId('inject-event-go').click()
      await expect(page.getByTestId('facilitator-message').textContent()).resolves.toContain('has happened')
      await page.getByLabel('Turn timer').selectOption('10')
      await page.waitForFunction(() => document.querySelector('[data-testid="facilitator-message"]')?.textContent?.includes('timer') === true)
      await shot(page, '05-facilitator')
      await page.getByTestId('facilitator-close').click()
      previous = null
      await atHandOff(PEOPLE[0])
      await expect(page.getByTestId('hand-off').textContent()).resolves.toContain('0:10 to plan')
      await sitDown(PEOPLE[0])
      await page.getByTestId('turn-clock').waitFor()
      await page.waitForFunction(() => document.querySelector('[data-testid="turn-clock"]')?.getAttribute('data-warning') === 'true')
      await shot(page, '06-timer-warning')
      // No click: time runs out and the computer passes to Bob.
      await atHandOff(PEOPLE[1])
      await shot(page, '07-timer-expired')
      await sitDown(PEOPLE[1])
      await endTurn()
      await atHandOff(PEOPLE[2])
      await sitDown(PEOPLE[2])
      await endTurn()

      // Quarter 3: the facilitator switches the timer off and undoes quarter 2; the class replans it.
      await atHandOff(PEOPLE[0])
      const quarterBeforeUndo = await page.getByTestId('hand-off').textContent()
      await openFacilitator()
      await page.getByLabel('Turn timer').selectOption('')
      await page.getByTestId('undo-quarter').click()
      await page.getByTestId('confirm-action').click()
      await page.waitForFunction(() => document.querySelector('[data-testid="facilitator-message"]')?.textContent?.includes('undone') === true)
      await page.getByTestId('facilitator-close').click()
      previous = null
      await atHandOff(PEOPLE[0])
      const quarterAfterUndo = await page.getByTestId('hand-off').textContent()
      expect(quarterAfterUndo).not.toBe(quarterBeforeUndo)

      // Every quarter to the end.
      for (let quarter = 0; quarter < 12; quarter++) {
        if ((await page.getByTestId('show-results').count()) > 0) break
        for (const person of PEOPLE) {
          await atHandOff(person)
          await sitDown(person)
          await endTurn()
        }
        await page.waitForFunction(() => document.documentElement.dataset.ready?.startsWith('hand-off') === true, null, { timeout: SLOW })
      }
      await atHandOff(null)
      await page.getByTestId('show-results').waitFor()
      await shot(page, '08-game-over')

      // The debrief: a download of the HTML (and the JSON).
      const download = page.waitForEvent('download')
      await page.getByTestId('export-debrief').click()
      const html = await download
      expect(html.suggestedFilename()).toMatch(/^debrief-classroom-.*\.html$/)
      const saved = await html.path()
      copyFileSync(saved, screenshotPath('hot-seat-debrief').replace(/\.png$/, '.html'))

      // The results on the projector.
      await page.getByTestId('show-results').click()
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'presenter', null, { timeout: 30_000 }).catch(async (error: unknown) => {
        await shot(page, '09-results-failed')
        throw new Error(`the presenter's screen did not open: ${String(error)}; console: ${errors.join(' | ')}; page: ${(await page.evaluate(() => document.body.innerText)).slice(0, 300)}`)
      })
      await page.waitForTimeout(1000)
      await shot(page, '09-results')
      await page.getByTestId('game-over').waitFor({ timeout: 60_000 })
      await shot(page, '09-results')

      expect(handOffs).toBeGreaterThan(20)
      expect(errors).toEqual([])
      await page.close()
    },
    SLOW * 8,
  )
})
