/**
 * The facilitator's desk in a hot-seat lesson, in chromium over the web host (issue 8). The
 * lesson's first quarter is played through the contract (classroom-hot-seat.test.ts plays it
 * through the screen); the page resumes the game at the hand-off screen. The facilitator
 * injects an event and sets a 10-second timer; Alice's clock turns amber and runs out, and the
 * computer passes to Bob by itself, leaking nothing of Alice's; then the facilitator switches
 * the timer off and undoes the quarter, and the hand-off screen shows the earlier quarter.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, screenshotPath, settle, TIMEOUTS, waitForState, watchConsole } from './support/browser'
import { openTitle, playThroughContract } from './support/game'
import { HotSeatWindow, lessonGame, PEOPLE, plantSecrets } from './support/hot-seat'

const shot = async (page: Page, name: string): Promise<void> => {
  await settle(page)
  await page.screenshot({ path: screenshotPath(`hot-seat-${name}`) })
}

describeInBrowser("the facilitator's desk in a hot-seat lesson", (suite) => {
  it('injects an event, runs a turn timer that passes the computer on by itself, and undoes a quarter', async () => {
    await playThroughContract(suite.host.game, lessonGame(), PEOPLE, { quarters: 1 })
    plantSecrets(suite.host.game)
    const page = await suite.page({ viewport: { width: 1440, height: 900 } })
    const errors = watchConsole(page)
    const window = await HotSeatWindow.watch(page)
    const [alice, bob, chen] = PEOPLE as [(typeof PEOPLE)[number], (typeof PEOPLE)[number], (typeof PEOPLE)[number]]
    await openTitle(page, suite.host.url)
    await page.getByTestId('menu-resume').click()

    // Quarter 2: the facilitator injects an event and sets a 10-second timer; Alice's time runs out.
    await window.atHandOff(alice)
    await window.openFacilitator()
    await page.getByTestId('inject-event').selectOption('taiwan-quarantine')
    await page.getByTestId('inject-event-go').click()
    await expect(page.getByTestId('facilitator-message').textContent()).resolves.toContain('has happened')
    await page.getByLabel('Turn timer').selectOption('10')
    await waitForState(page, "the facilitator's message about the timer", () => document.querySelector('[data-testid="facilitator-message"]')?.textContent?.includes('timer') === true, null)
    await shot(page, '05-facilitator')
    await window.closeFacilitator()
    await window.atHandOff(alice)
    await expect(page.getByTestId('hand-off').textContent()).resolves.toContain('0:10 to plan')
    await window.sitDown(alice)
    await page.getByTestId('turn-clock').waitFor()
    await waitForState(page, 'the turn clock to warn', () => document.querySelector('[data-testid="turn-clock"]')?.getAttribute('data-warning') === 'true', null)
    await shot(page, '06-timer-warning')
    // No click: time runs out and the computer passes to Bob, with nothing of Alice's.
    await window.atHandOff(bob)
    await shot(page, '07-timer-expired')
    await window.sitDown(bob)
    await window.endTurn()
    await window.atHandOff(chen, { heap: false })
    await window.sitDown(chen)
    await window.endTurn()

    // Quarter 3: the facilitator switches the timer off and undoes quarter 2; the class replans it.
    await window.atHandOff(alice, { heap: false })
    const quarterBeforeUndo = await page.getByTestId('hand-off').textContent()
    await window.openFacilitator()
    await page.getByLabel('Turn timer').selectOption('')
    await page.getByTestId('undo-quarter').click()
    await page.getByTestId('confirm-action').click()
    await waitForState(page, "the facilitator's message that the quarter was undone", () => document.querySelector('[data-testid="facilitator-message"]')?.textContent?.includes('undone') === true, null, TIMEOUTS.quarter)
    await window.closeFacilitator()
    await window.atHandOff(alice)
    const quarterAfterUndo = await page.getByTestId('hand-off').textContent()
    expect(quarterAfterUndo).not.toBe(quarterBeforeUndo)
    expect(quarterAfterUndo).toContain('2024 Q1')

    expect(window.handOffs).toBe(3)
    expect(errors).toEqual([])
  })
})
