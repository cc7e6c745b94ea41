/**
 * The end of a hot-seat lesson in chromium over the web host (issue 8). The lesson is played
 * through the contract up to its last quarter (the screens of the earlier quarters are covered
 * by classroom-hot-seat and classroom-facilitator); the page resumes at the hand-off screen,
 * the three people play the last quarter with the hand-off checks, the facilitator exports the
 * debrief (a download of the HTML) and the results go on the presenter's screen.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, screenshotPath, settle, TIMEOUTS, waitReady, watchConsole } from './support/browser'
import { openTitle, playThroughContract } from './support/game'
import { HotSeatWindow, lessonGame, PEOPLE, plantSecrets } from './support/hot-seat'

const shot = async (page: Page, name: string): Promise<void> => {
  await settle(page)
  await page.screenshot({ path: screenshotPath(`hot-seat-${name}`) })
}

describeInBrowser('the end of a hot-seat lesson', (suite) => {
  it('plays the last quarter with hand-offs, exports the debrief and shows the results on the presenter screen', async () => {
    const info = await playThroughContract(suite.host.game, lessonGame(), PEOPLE, { untilLast: true })
    expect(info.quarterLabel).toBe('2025 Q3')
    plantSecrets(suite.host.game)
    const page = await suite.page({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })
    const errors = watchConsole(page)
    const window = await HotSeatWindow.watch(page)
    await openTitle(page, suite.host.url)
    await page.getByTestId('menu-resume').click()

    await window.playQuarter()
    await window.atHandOff(null, { heap: false })
    await page.getByTestId('show-results').waitFor({ timeout: TIMEOUTS.quarter })
    await shot(page, '08-game-over')

    // The debrief: a download of the HTML.
    const download = page.waitForEvent('download')
    await page.getByTestId('export-debrief').click()
    const html = await download
    expect(html.suggestedFilename()).toMatch(/^debrief-classroom-.*\.html$/)
    await html.saveAs(screenshotPath('hot-seat-debrief').replace(/\.png$/, '.html'))

    // The results on the projector.
    await page.getByTestId('show-results').click()
    await waitReady(page, 'presenter')
    await page.getByTestId('game-over').waitFor()
    await shot(page, '09-results')

    expect(window.handOffs).toBe(3)
    expect(errors).toEqual([])
  })
})
