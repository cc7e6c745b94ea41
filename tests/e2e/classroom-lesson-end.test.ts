/**
 * The end of a hot-seat lesson in chromium over the web host (issue 8). The lesson is played
 * through the contract up to its last quarter (the screens of the earlier quarters are covered
 * by classroom-hot-seat and classroom-facilitator); the page resumes at the hand-off screen,
 * the three people play the last quarter with the hand-off checks, the debrief is read on its
 * screen (test-results/debrief-screen.png) and exported (a download of the page the renderer
 * renders from the same components), and the results go on the presenter's screen.
 */
import { readFileSync } from 'node:fs'
import type { Download, Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, screenshotPath, settle, TIMEOUTS, waitForState, waitReady, watchConsole } from './support/browser'
import { openTitle, playThroughContract } from './support/game'
import { HotSeatWindow, lessonGame, PEOPLE, plantSecrets } from './support/hot-seat'

const shot = async (page: Page, name: string): Promise<void> => {
  await settle(page)
  await page.screenshot({ path: screenshotPath(`hot-seat-${name}`) })
}

describeInBrowser('the end of a hot-seat lesson', (suite) => {
  it('plays the last quarter with hand-offs, exports the debrief and shows the results on the presenter screen', async () => {
    const info = await playThroughContract(suite.host.game, lessonGame(), PEOPLE, { untilLast: true })
    expect(info.quarter).toBe(2025 * 4 + 2)
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

    // The debrief on its screen: the same document the export renders.
    await page.getByTestId('open-debrief').click()
    await waitForState(page, 'the debrief screen', () => document.documentElement.dataset.debrief === 'ready', undefined)
    const screen = page.getByTestId('debrief-screen')
    for (const id of ['outcome', 'charts', 'moments', 'quarters', 'history', 'sources']) expect(await screen.locator(`section#${id}`).count(), `section #${id}`).toBe(1)
    expect(await screen.locator('.standings tbody tr').count()).toBeGreaterThan(1)
    expect(await screen.locator('#charts svg path').count()).toBeGreaterThan(5)
    expect(await screen.locator('h1').textContent()).toContain('Classroom')
    await settle(page)
    await page.screenshot({ path: screenshotPath('debrief-screen') })
    await screen.locator('details.quarter summary').last().click()
    await screen.locator('details.quarter').last().scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('debrief-screen-quarter') })
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('debrief-screen').count()).resolves.toBe(0)

    // The debrief: a download of the page and of the data.
    const downloads: [Promise<Download>, Promise<Download>] = [page.waitForEvent('download'), page.waitForEvent('download', (d) => d.suggestedFilename().endsWith('.json'))]
    await page.getByTestId('export-debrief').click()
    const [html, json] = await Promise.all(downloads)
    expect(html.suggestedFilename()).toMatch(/^debrief-classroom-.*\.html$/)
    const htmlFile = screenshotPath('hot-seat-debrief').replace(/\.png$/, '.html')
    await html.saveAs(htmlFile)
    const page_ = readFileSync(htmlFile, 'utf8')
    expect(page_.startsWith('<!doctype html>')).toBe(true)
    expect(page_).toContain('<section id="history">')
    expect(page_).not.toMatch(/<script/i)
    expect(json.suggestedFilename()).toMatch(/^debrief-classroom-.*\.json$/)

    // The results on the projector.
    await page.getByTestId('show-results').click()
    await waitReady(page, 'presenter')
    await page.getByTestId('game-over').waitFor()
    await shot(page, '09-results')

    expect(window.handOffs).toBe(3)
    expect(errors).toEqual([])
  })
})
