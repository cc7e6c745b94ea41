import { expect, it } from 'vitest'
import { engineInfo } from '../../app/engine'
import { describeInBrowser, screenshotPath, settle, waitReady, watchConsole } from './support/browser'
import { diffShare, samplePixels } from './support/pixels'

describeInBrowser('title screen in chromium over the web host', (suite) => {
  it('shows the game name and the engine answer over a drawn Pixi canvas, with no console error', async () => {
    const page = await suite.page({ viewport: { width: 1280, height: 800 } })
    const errors = watchConsole(page)
    await page.goto(suite.host.url)
    await waitReady(page, 'title')

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Silicon Curtain')
    const expected = engineInfo()
    expect(await page.getByTestId('engine-name').textContent()).toBe(expected.name)
    expect(await page.getByTestId('engine-version').textContent()).toBe(expected.version)
    expect(await page.getByTestId('engine-build').textContent()).toBe(expected.build)

    const canvas = page.locator('.title-backdrop canvas')
    await expect(canvas.count()).resolves.toBe(1)
    // Sample the canvas alone once a frame is on screen.
    await settle(page)
    const stats = samplePixels(await canvas.screenshot())
    expect(stats.distinctColours).toBeGreaterThan(5)
    expect(stats.nonDominantShare).toBeGreaterThan(0.01)

    await page.screenshot({ path: screenshotPath('foundation-title-screen') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('animates its backdrop, and draws one still frame when the system asks for reduced motion', async () => {
    const frames = async (motion: 'full' | 'reduced'): Promise<number> => {
      const page = await suite.page({ viewport: { width: 480, height: 320 }, motion })
      await page.goto(suite.host.url)
      await waitReady(page, 'title')
      await expect(page.evaluate(() => document.documentElement.dataset.motion)).resolves.toBe(motion)
      const canvas = page.locator('.title-backdrop canvas')
      await settle(page)
      const first = await canvas.screenshot()
      // Several frames later: the flows have moved, or nothing has.
      for (let i = 0; i < 4; i++) await settle(page)
      return diffShare(first, await canvas.screenshot())
    }
    expect(await frames('full')).toBeGreaterThan(0)
    expect(await frames('reduced')).toBe(0)
  })

  it('shows why it cannot play when the page is opened without its token', async () => {
    const page = await suite.page()
    await page.goto(suite.host.origin)
    await expect(page.getByRole('alert').textContent()).resolves.toContain('access token')
    await page.close()
  })
}, { webgl: true })
