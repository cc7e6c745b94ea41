import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WebHost } from '../../app/host'
import { engineInfo } from '../../app/engine'
import { browserUnavailable, launchBrowser, screenshotPath, startTestHost, watchConsole } from './support/browser'
import { samplePixels } from './support/pixels'

const unavailable = browserUnavailable()
if (unavailable !== null) console.warn(`[e2e skipped] ${unavailable}`)

describe.skipIf(unavailable !== null)('title screen in chromium over the web host', () => {
  let browser: Browser
  let host: WebHost

  beforeAll(async () => {
    ;[browser, host] = await Promise.all([launchBrowser(), startTestHost()])
  })

  afterAll(async () => {
    await Promise.all([browser?.close(), host?.close()])
  })

  it('shows the game name and the engine answer over a drawn Pixi canvas, with no console error', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors = watchConsole(page)
    await page.goto(host.url)
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'title', null, { timeout: 20_000 })

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Silicon Curtain')
    const expected = engineInfo()
    expect(await page.getByTestId('engine-name').textContent()).toBe(expected.name)
    expect(await page.getByTestId('engine-version').textContent()).toBe(expected.version)
    expect(await page.getByTestId('engine-build').textContent()).toBe(expected.build)

    const canvas = page.locator('.title-backdrop canvas')
    await expect(canvas.count()).resolves.toBe(1)
    // Let a few frames of the flows draw, then sample the canvas alone.
    await page.waitForTimeout(300)
    const stats = samplePixels(await canvas.screenshot())
    expect(stats.distinctColours).toBeGreaterThan(5)
    expect(stats.nonDominantShare).toBeGreaterThan(0.01)

    await page.screenshot({ path: screenshotPath('foundation-title-screen') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows why it cannot play when the page is opened without its token', async () => {
    const page = await browser.newPage()
    await page.goto(host.origin)
    await expect(page.getByRole('alert').textContent()).resolves.toContain('access token')
    await page.close()
  })
})
