import { expect, it } from 'vitest'
import { engineInfo } from '../../app/engine'
import { describeInBrowser, screenshotPath, watchConsole } from './support/browser'
import { samplePixels } from './support/pixels'

describeInBrowser('title screen in chromium over the web host', (suite) => {
  it('shows the game name and the engine answer over a drawn Pixi canvas, with no console error', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors = watchConsole(page)
    await page.goto(suite.host.url)
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
    const page = await suite.browser.newPage()
    await page.goto(suite.host.origin)
    await expect(page.getByRole('alert').textContent()).resolves.toContain('access token')
    await page.close()
  })
})
