import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, screenshotPath, settle, waitReady, watchConsole, TIMEOUTS } from './support/browser'
import { regionPoint } from './support/map-harness'
import { samplePixels } from './support/pixels'
import { classroomSeats, endTurnAndWait, enterGame, openTitle, playThroughContract, startClassroomGame } from './support/game'

const quarterOf = (page: Page): Promise<string | null> => page.getByTestId('hud-quarter').textContent()

describeInBrowser('game screen in chromium over the web host', (suite) => {
  it(
    'shows the map and HUD, ends two turns with a report each, shows tooltips, with no console error',
    async () => {
      const page = await suite.page({ viewport: { width: 1440, height: 900 } })
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

      // This browser has no WebGL: Pixi falls back to its canvas renderer and the map still draws.
      await expect(page.getByTestId('map-view').getAttribute('data-renderer')).resolves.toBe('canvas')
      const canvas = page.locator('.map-canvas canvas')
      const stats = samplePixels(await canvas.screenshot())
      expect(stats.distinctColours).toBeGreaterThan(30)

      // Turn 1 by the keyboard (Ctrl+Enter works wherever focus is).
      await page.getByTestId('map-viewport').focus()
      await page.keyboard.press('Control+Enter')
      await page.getByTestId('quarter-report').waitFor({ timeout: TIMEOUTS.quarter })
      await expect(quarterOf(page)).resolves.toBe('2024 Q1')
      const report = page.getByTestId('quarter-report')
      await expect(report.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('2023 Q4')
      await expect(report.textContent()).resolves.toContain('Net cash flow')
      await expect(report.textContent()).resolves.toContain('Victory points')
      await settle(page)
      await page.screenshot({ path: screenshotPath('game-report') })

      // Turn 2 by the button: the button says the turn is ended while the quarter resolves.
      await report.getByRole('button', { name: 'Close the report' }).click()
      await expect(report.count()).resolves.toBe(0)
      await endTurn.click()
      await page.getByTestId('quarter-report').waitFor({ timeout: TIMEOUTS.quarter })
      await expect(quarterOf(page)).resolves.toBe('2024 Q2')
      await expect(endTurn.isDisabled()).resolves.toBe(false)
      await page.getByTestId('quarter-report').getByRole('button', { name: 'Close the report' }).click()

      // Hover: a region's tooltip names it.
      const taiwan = await regionPoint(page, 'taiwan')
      await page.mouse.move(taiwan.x, taiwan.y)
      await page.waitForFunction(() => !document.querySelector('[data-testid="map-tooltip"]')?.hasAttribute('hidden'))
      await expect(page.getByTestId('map-tooltip').textContent()).resolves.toContain('Taiwan')
      await settle(page)
      await page.screenshot({ path: screenshotPath('game-screen') })

      expect(errors).toEqual([])
      await page.close()
    },
  )

  it(
    'shows the end screen after the last quarter: the winner and why, the scores, the whole game\'s charts; Back to menu leaves and Settings opens',
    async () => {
      // The early quarters are played through the contract (the first test plays quarters through the screen).
      const alice = [{ faction: 'alibaba', name: 'Alice' }]
      await playThroughContract(suite.host.game, { scenarioId: 'classroom', seed: 7, seats: classroomSeats(alice) }, alice, { untilLast: true })
      const page = await suite.page({ viewport: { width: 1440, height: 900 } })
      const errors = watchConsole(page)
      await openTitle(page, suite.host.url)
      await page.getByTestId('menu-resume').click()
      await enterGame(page)
      await expect(quarterOf(page)).resolves.toBe('2025 Q3')
      await endTurnAndWait(page)
      const over = page.getByRole('dialog', { name: 'Game over' })
      await over.waitFor()
      await expect(over.textContent()).resolves.toMatch(/wins\.|Nobody wins\./)
      await expect(over.locator('tbody tr').count()).resolves.toBeGreaterThan(1)
      // The whole game's charts.
      await over.locator('svg').first().waitFor()
      await settle(page)
      await page.screenshot({ path: screenshotPath('classroom-14-end-screen') })
      await expect(page.getByRole('button', { name: 'End turn', exact: true }).isDisabled()).resolves.toBe(true)
      await settle(page)
      await page.screenshot({ path: screenshotPath('game-over') })
      await over.getByRole('button', { name: 'Back to menu' }).click()
      await waitReady(page, 'title')
      // Settings from the menu.
      await page.getByRole('button', { name: 'Settings', exact: true }).click()
      await page.getByRole('dialog').waitFor()
      await settle(page)
      await page.screenshot({ path: screenshotPath('classroom-15-settings') })
      expect(errors).toEqual([])
      await page.close()
    },
  )
})
