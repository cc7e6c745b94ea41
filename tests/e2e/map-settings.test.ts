/**
 * The world map harness in chromium (Pixi's canvas renderer, see docs/testing.md): the
 * colour-blind palette from Settings and 500 animated flows. (Drawing with WebGL, tooltips,
 * panels and zoom: map.test.ts.)
 */
import { expect, it } from 'vitest'
import { PARTICLE_BUDGET } from '../../renderer/src/map/flow-budget'
import { describeInBrowser, screenshotPath, settle, waitReady, watchConsole } from './support/browser'
import { openMapHarness } from './support/map-harness'
import { diffShare } from './support/pixels'

describeInBrowser('world map settings and animation in chromium over the web host', (suite) => {
  it('switches to the colour-blind palette from settings, recolours the map and remembers it', async () => {
    const page = await suite.page({ viewport: { width: 1280, height: 800 } })
    const errors = watchConsole(page)
    await openMapHarness(page, suite.host)
    const canvas = page.locator('.map-canvas canvas')
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await page.getByRole('button', { name: 'Zoom out' }).click()
    const swatch = page.getByTestId('swatch-nvidia')
    const defaultColour = await swatch.getAttribute('data-colour')

    await page.getByRole('button', { name: 'Settings' }).click()
    const dialog = page.getByRole('dialog', { name: 'Settings' })
    await expect(dialog.getAttribute('aria-modal')).resolves.toBe('true')
    // Focus starts inside and Tab keeps it there (both ways round).
    const focusInDialog = (): Promise<boolean> => page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)
    expect(await focusInDialog()).toBe(true)
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab')
    expect(await focusInDialog()).toBe(true)
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab')
    expect(await focusInDialog()).toBe(true)
    // A value out of range is refused with a message, and the setting keeps its value.
    await dialog.getByLabel('Interface scale').fill('3')
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe('Enter 1.5 or less.')
    await expect(dialog.getByLabel('Interface scale').getAttribute('aria-invalid')).resolves.toBe('true')
    await dialog.getByLabel('Interface scale').fill('1')
    // Freeze the flows so the two canvases differ by colour, not by particles moving.
    await dialog.getByLabel('Animation speed').fill('0')
    await settle(page)
    await page.keyboard.press('Escape')
    await expect(dialog.count()).resolves.toBe(0)
    // Focus returns to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Settings')
    const before = await canvas.screenshot()

    await page.getByRole('button', { name: 'Settings' }).click()
    await dialog.getByRole('radio', { name: /Colour-blind safe/ }).check()
    await page.keyboard.press('Escape')
    await expect(dialog.count()).resolves.toBe(0)
    await settle(page)
    const after = await canvas.screenshot()

    expect(await swatch.getAttribute('data-colour')).not.toBe(defaultColour)
    expect(diffShare(before, after)).toBeGreaterThan(0.02)
    await page.screenshot({ path: screenshotPath('map-colour-blind') })

    await page.reload()
    await waitReady(page, 'map')
    await expect(page.getByTestId('swatch-nvidia').getAttribute('data-colour')).resolves.not.toBe(defaultColour)
    expect(errors).toEqual([])
    await page.close()
  })

  it('animates 500 flows', async () => {
    const page = await suite.page({ viewport: { width: 1280, height: 800 }, motion: 'full' })
    const errors = watchConsole(page)
    await openMapHarness(page, suite.host, { flows: 500 })
    // At least one particle per flow, within the map's particle budget.
    const particles = await page.evaluate(() => window.__scMap?.particleCount() ?? 0)
    expect(particles).toBeGreaterThanOrEqual(500)
    expect(particles).toBeLessThanOrEqual(PARTICLE_BUDGET)
    const canvas = page.locator('.map-canvas canvas')
    const first = await canvas.screenshot()
    for (let i = 0; i < 4; i++) await settle(page)
    expect(diffShare(first, await canvas.screenshot())).toBeGreaterThan(0.001)
    await page.screenshot({ path: screenshotPath('map-500-flows') })
    expect(errors).toEqual([])
    await page.close()
  })
})
