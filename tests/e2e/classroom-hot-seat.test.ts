/**
 * A hot-seat lesson's start in chromium over the web host (issue 8): the facilitator sets up
 * three people (the United States and China with codes, Alibaba without) and two AI seats on
 * the new-game screen; a wrong code is refused; each person plans in turn and hands the
 * computer on; after every hand-off the page's DOM, the renderer's memory (a heap snapshot
 * after garbage collection) and every message received since contain none of the previous
 * person's planted secret, and each person's own secret does arrive.
 * The facilitator's moves and the timer: classroom-facilitator.test.ts; the end of the lesson,
 * the debrief and the presenter: classroom-lesson-end.test.ts.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, screenshotPath, settle, waitForState, watchConsole } from './support/browser'
import { setUpClassroom, type SeatPlan } from './support/game'
import { AI_SEATS, FACILITATOR_CODE, HotSeatWindow, PEOPLE, plantSecrets } from './support/hot-seat'

const shot = async (page: Page, name: string): Promise<void> => {
  await settle(page)
  await page.screenshot({ path: screenshotPath(`hot-seat-${name}`) })
}

describeInBrowser('a hot-seat classroom lesson begins', (suite) => {
  it('sets up three people with codes, refuses a wrong code, and hands the computer on four times leaking nothing of the previous person', async () => {
    const page = await suite.page({ viewport: { width: 1440, height: 900 } })
    const errors = watchConsole(page)
    const window = await HotSeatWindow.watch(page)

    // Set up the lesson: three people with names (two with codes), two AI seats, the other factions sit out.
    const seats: SeatPlan = Object.fromEntries(['usa', 'prc', 'nvidia', 'tsmc', 'huawei', 'alibaba', 'google', 'smic'].map((f) => [f, AI_SEATS.includes(f) ? 'ai' : 'out']))
    for (const p of PEOPLE) seats[p.faction] = p.code === undefined ? { name: p.name } : { name: p.name, code: p.code }
    await setUpClassroom(page, suite.host.url, seats)
    await page.getByLabel("Facilitator's code").fill(FACILITATOR_CODE)
    await shot(page, '01-setup')
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await window.atHandOff(PEOPLE[0] ?? null)
    plantSecrets(suite.host.game)
    const [alice, bob, chen] = PEOPLE as [(typeof PEOPLE)[number], (typeof PEOPLE)[number], (typeof PEOPLE)[number]]

    // Quarter 1: Alice mistypes her code first, then plans; each hand-off is checked.
    await shot(page, '02-hand-off')
    await page.getByLabel(/enter your four-digit code/).fill('1234')
    await page.getByTestId('hand-off-confirm').click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('does not open this seat')
    await shot(page, '03-wrong-code')
    await window.sitDown(alice)
    await shot(page, '04-alice-plans')
    await window.endTurn()
    await window.atHandOff(bob)
    await window.sitDown(bob)
    await window.endTurn()
    await window.atHandOff(chen)
    await window.sitDown(chen)
    await window.endTurn()

    // The quarter resolves behind the hand-off screen; Alice sits down to quarter 2 with nothing of Chen's.
    await window.atHandOff(alice)
    await waitForState(page, 'the hand-off screen to show 2024 Q1', () => document.querySelector('[data-testid="hand-off"]')?.textContent?.includes('2024 Q1') === true, null)
    await window.sitDown(alice)

    expect(window.handOffs).toBe(3)
    expect(errors).toEqual([])
  })
})
