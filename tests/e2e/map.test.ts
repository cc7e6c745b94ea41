import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, screenshotPath, settle, watchConsole } from './support/browser'
import { openMapHarness, regionPoint, sitePoint } from './support/map-harness'
import { samplePixels } from './support/pixels'


describeInBrowser('world map harness in chromium over the web host', (suite) => {
  const zoomOf = async (page: Page): Promise<number> => Number(await page.getByTestId('map-view').getAttribute('data-zoom'))

  it('draws the map, shows a region tooltip on hover, opens its panel on click and zooms, with no console error', async () => {
    const page = await suite.page({ viewport: { width: 1280, height: 800 } })
    const errors = watchConsole(page)
    await openMapHarness(page, suite.host, { still: true })

    const canvas = page.locator('.map-canvas canvas')
    await expect(canvas.count()).resolves.toBe(1)
    const stats = samplePixels(await canvas.screenshot())
    expect(stats.distinctColours).toBeGreaterThan(30)
    expect(stats.nonDominantShare).toBeGreaterThan(0.3)
    expect(await page.getByTestId('map-view').getAttribute('data-renderer')).toBe('webgl')
    await page.screenshot({ path: screenshotPath('map') })

    // Hover: the tooltip names the region and is tied to the map for assistive tech.
    const tooltip = page.getByTestId('map-tooltip')
    await expect(tooltip.isHidden()).resolves.toBe(true)
    const taiwan = await regionPoint(page, 'taiwan')
    await page.mouse.move(taiwan.x, taiwan.y)
    await page.waitForFunction(() => !document.querySelector('[data-testid="map-tooltip"]')?.hasAttribute('hidden'))
    await expect(tooltip.textContent()).resolves.toContain('Taiwan')
    const tooltipId = await tooltip.getAttribute('id')
    expect(await page.getByTestId('map-viewport').getAttribute('aria-describedby')).toContain(tooltipId)
    await page.screenshot({ path: screenshotPath('map-tooltip') })

    // Moving to open sea hides it.
    await page.mouse.move(640, 760)
    await page.waitForFunction(() => document.querySelector('[data-testid="map-tooltip"]')?.hasAttribute('hidden'))

    // Click: the side panel opens on the region, and its sites open in turn.
    await page.mouse.click(taiwan.x, taiwan.y)
    const panel = page.getByTestId('map-side-panel')
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Taiwan')
    await panel.getByRole('button', { name: /CoWoS/ }).click()
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('CoWoS')
    await page.screenshot({ path: screenshotPath('map-panel') })
    await panel.getByRole('button', { name: 'Close panel' }).click()
    await expect(panel.count()).resolves.toBe(0)

    // A site icon on the canvas: its own tooltip, and a click opens its panel.
    const cowos = await sitePoint(page, 'taiwan', 'cowos')
    await page.mouse.move(cowos.x, cowos.y)
    await page.waitForFunction(() => document.querySelector('[data-testid="map-tooltip"]')?.textContent?.includes('CoWoS') === true)
    await expect(tooltip.textContent()).resolves.toContain('Advanced packaging in Taiwan')
    // Capacity with its unit.
    await expect(tooltip.textContent()).resolves.toContain('chips packaged / quarter')
    await page.mouse.click(cowos.x, cowos.y)
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('CoWoS')
    await panel.getByRole('button', { name: 'Close panel' }).click()

    // A flow line: its tooltip names the route and says the amount with its unit; a click opens its panel.
    const flowPoint = await page.evaluate(() => window.__scMap?.screenPointOfFlow('f0') ?? null)
    expect(flowPoint).not.toBeNull()
    const viewportBox = await page.getByTestId('map-viewport').boundingBox()
    const onFlow = { x: (viewportBox?.x ?? 0) + (flowPoint?.x ?? 0), y: (viewportBox?.y ?? 0) + (flowPoint?.y ?? 0) }
    await page.mouse.move(onFlow.x, onFlow.y)
    await page.waitForFunction(() => document.querySelector('[data-testid="map-tooltip"]')?.textContent?.includes('Taiwan → United States') === true)
    await expect(tooltip.textContent()).resolves.toMatch(/[\d,]+ chips \/ quarter/)
    await page.screenshot({ path: screenshotPath('map-flow-tooltip') })
    await page.mouse.click(onFlow.x, onFlow.y)
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Chips: Taiwan → United States')
    await expect(panel.textContent()).resolves.toMatch(/Amount[\d,]+ chips \/ quarter/)
    await panel.getByRole('button', { name: 'Close panel' }).click()

    // A control's wall: its tooltip names it and its route; a click opens its panel.
    const wallPoint = await page.evaluate(() => window.__scMap?.screenPointOfControl('eu-cn-euv') ?? null)
    expect(wallPoint).not.toBeNull()
    await page.mouse.move((viewportBox?.x ?? 0) + (wallPoint?.x ?? 0), (viewportBox?.y ?? 0) + (wallPoint?.y ?? 0))
    await page.waitForFunction(() => document.querySelector('[data-testid="map-tooltip"]')?.textContent?.includes('EUV tool ban') === true)
    await expect(tooltip.textContent()).resolves.toContain('Control in force · Netherlands / EU → China')
    await page.screenshot({ path: screenshotPath('map-control-tooltip') })
    await page.mouse.click((viewportBox?.x ?? 0) + (wallPoint?.x ?? 0), (viewportBox?.y ?? 0) + (wallPoint?.y ?? 0))
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('EUV tool ban')
    await panel.getByRole('button', { name: 'Close panel' }).click()

    // Zoom buttons (by accessible name) and the keyboard.
    const before = await zoomOf(page)
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await page.getByRole('button', { name: 'Zoom in' }).click()
    const zoomed = await zoomOf(page)
    expect(zoomed).toBeGreaterThan(before)
    await page.getByRole('button', { name: 'Zoom out' }).click()
    expect(await zoomOf(page)).toBeLessThan(zoomed)
    await page.getByTestId('map-viewport').focus()
    await page.keyboard.press('0')
    expect(await zoomOf(page)).toBe(1)
    await page.keyboard.press('+')
    expect(await zoomOf(page)).toBeGreaterThan(1)

    // The canvas follows the window.
    await page.setViewportSize({ width: 1000, height: 700 })
    await page.waitForFunction(() => document.querySelector('.map-canvas canvas')?.clientWidth === 1000)
    await settle(page)
    expect(samplePixels(await canvas.screenshot()).nonDominantShare).toBeGreaterThan(0.3)
    await page.setViewportSize({ width: 1280, height: 800 })

    // The HUD's gauge and the keyboard route to regions.
    await expect(page.getByRole('meter', { name: 'Tension' }).getAttribute('aria-valuenow')).resolves.toBe('62')
    // Tabs follow the arrow keys.
    await page.getByRole('tab', { name: 'Legend' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('tab', { name: 'Regions' }).getAttribute('aria-selected')).resolves.toBe('true')
    await page.getByRole('button', { name: 'South Korea' }).click()
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('South Korea')

    expect(errors).toEqual([])
    await page.close()
  })
}, { webgl: true })
