import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, screenshotPath, watchConsole } from './support/browser'
import { regionPoint } from './support/map-harness'
import { samplePixels } from './support/pixels'
import { nextQuarter, startClassroomGame } from './support/game'

/** Software WebGL and AI seats resolving on a busy machine: generous. */
const SLOW = 180_000

const quarterOf = (page: Page): Promise<string | null> => page.getByTestId('hud-quarter').textContent()

describeInBrowser('game screen in chromium over the web host', (suite) => {
  it(
    'shows the map and HUD, ends two turns with a report each, shows tooltips, with no console error',
    async () => {
      const page = await suite.browser.newPage({ viewport: { width: 1440, height: 900 } })
      const errors = watchConsole(page)
      await startClassroomGame(page, suite.host.url)

      // HUD: quarter, cash, action points, VP against par, tension; End turn with a keyboard shortcut.
      await expect(quarterOf(page)).resolves.toBe('2023 Q4')
      await expect(page.getByTestId('hud-cash').textContent()).resolves.toMatch(/^\$\d/)
      await expect(page.getByTestId('hud-ap').textContent()).resolves.toMatch(/^\d+$/)
      await expect(page.getByTestId('hud-vp').textContent()).resolves.toMatch(/\//)
      await expect(page.getByRole('meter').count()).resolves.toBeGreaterThan(0)
      const endTurn = page.getByRole('button', { name: 'End turn', exact: true })
      await expect(endTurn.getAttribute('aria-keyshortcuts')).resolves.toContain('Enter')

      // The planner lists the orders open this quarter, named from the game texts with their costs; it folds away.
      const plannerToggle = page.getByTestId('planner-toggle')
      await page.getByTestId('planner-add').click()
      await expect(page.getByTestId('order-picker').locator('.planner__kind').count()).resolves.toBeGreaterThan(3)
      await page.screenshot({ path: screenshotPath('game-orders') })
      await plannerToggle.click()
      await expect(plannerToggle.getAttribute('aria-expanded')).resolves.toBe('false')

      const canvas = page.locator('.map-canvas canvas')
      const stats = samplePixels(await canvas.screenshot())
      expect(stats.distinctColours).toBeGreaterThan(30)

      // Turn 1 by the keyboard (Ctrl+Enter works wherever focus is).
      await page.getByTestId('map-viewport').focus()
      await page.keyboard.press('Control+Enter')
      await page.getByTestId('quarter-report').waitFor({ timeout: SLOW })
      await expect(quarterOf(page)).resolves.toBe('2024 Q1')
      const report = page.getByTestId('quarter-report')
      await expect(report.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('2023 Q4')
      await expect(report.textContent()).resolves.toContain('Net cash flow')
      await expect(report.textContent()).resolves.toContain('Victory points')
      await page.waitForTimeout(300)
      await page.screenshot({ path: screenshotPath('game-report') })

      // Turn 2 by the button: the button says the turn is ended while the quarter resolves.
      await report.getByRole('button', { name: 'Close the report' }).click()
      await expect(report.count()).resolves.toBe(0)
      await endTurn.click()
      await page.getByTestId('quarter-report').waitFor({ timeout: SLOW })
      await expect(quarterOf(page)).resolves.toBe('2024 Q2')
      await expect(endTurn.isDisabled()).resolves.toBe(false)
      await page.getByTestId('quarter-report').getByRole('button', { name: 'Close the report' }).click()

      // Hover: a region's tooltip names it.
      const taiwan = await regionPoint(page, 'taiwan')
      await page.mouse.move(taiwan.x, taiwan.y)
      await page.waitForFunction(() => !document.querySelector('[data-testid="map-tooltip"]')?.hasAttribute('hidden'))
      await expect(page.getByTestId('map-tooltip').textContent()).resolves.toContain('Taiwan')
      await page.waitForTimeout(300)
      await page.screenshot({ path: screenshotPath('game-screen') })

      expect(errors).toEqual([])
      await page.close()
    },
    SLOW * 3,
  )

  it(
    'plays a classroom game to its end: the game-over panel names the winner and scores, and Back to menu leaves',
    async () => {
      const page = await suite.browser.newPage({ viewport: { width: 1440, height: 900 } })
      const errors = watchConsole(page)
      await startClassroomGame(page, suite.host.url)
      const screen = page.getByTestId('game-screen')
      for (let turn = 0; turn < 12 && (await page.getByTestId('game-over').count()) === 0; turn++) {
        const before = await screen.getAttribute('data-quarter')
        await page.getByRole('button', { name: 'End turn', exact: true }).click()
        await nextQuarter(page, before, SLOW)
      }
      const over = page.getByRole('dialog', { name: 'Game over' })
      await over.waitFor()
      await expect(over.textContent()).resolves.toMatch(/wins\.|Nobody wins\./)
      await expect(over.locator('tbody tr').count()).resolves.toBeGreaterThan(1)
      await expect(page.getByRole('button', { name: 'End turn', exact: true }).isDisabled()).resolves.toBe(true)
      await page.waitForTimeout(300)
      await page.screenshot({ path: screenshotPath('game-over') })
      await over.getByRole('button', { name: 'Back to menu' }).click()
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'title', null, { timeout: 20_000 })
      expect(errors).toEqual([])
      await page.close()
    },
    SLOW * 4,
  )
})
