import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, screenshotPath, settle, TIMEOUTS, waitReady, watchConsole } from './support/browser'


/** Opens the panels harness after `quarters` quarters (or `end`) of a classroom game. */
async function openHarness(page: Page, url: string, quarters: number | 'end', timeout: number): Promise<void> {
  await page.goto(`${url}&view=panels-demo&quarters=${quarters}`)
  await waitReady(page, 'panels', timeout)
}

describeInBrowser('chip dossier, charts and end screen in chromium over the web host', (suite) => {
  it(
    'opens the dossier on a chip with its open questions, filters and walks the list by keyboard, and draws every chart under the CSP',
    async () => {
      const page = await suite.page({ viewport: { width: 1440, height: 900 } })
      const errors = watchConsole(page)
      await openHarness(page, suite.host.url, 2, TIMEOUTS.quarter)

      // The dossier, opened on the Ascend 910B: claims unconfirmed, measured against the H800.
      await page.getByRole('button', { name: 'Chip dossier' }).click()
      const dossier = page.getByRole('region', { name: 'Chip dossier' })
      await dossier.waitFor()
      const file = dossier.getByTestId('dossier-chip')
      await expect(file.getAttribute('data-chip')).resolves.toBe('ascend-910b')
      const questions = file.getByTestId('open-questions')
      await expect(questions.locator('li').count()).resolves.toBe(3)
      await expect(questions.textContent()).resolves.toContain('How does it compare with the H800?')
      // Its claim (376 TFLOPS = 0.38× H800) stands until the truth comes out; then the truth (0.32×) beside the claim.
      await expect(questions.textContent()).resolves.toMatch(/Unknown — claimed 0\.38× H800|0\.32× H800 — \w+; the maker claimed 0\.38× H800/)
      const specs = file.getByTestId('dossier-specs')
      await expect(specs.locator('th[scope="row"]').count()).resolves.toBe(6)
      await expect(specs.locator('th[scope="col"]').allTextContents()).resolves.toEqual(['Figure', 'Claimed', 'Confirmed', 'vs H800', 'H800', 'H100'])
      await settle(page)
      await page.screenshot({ path: screenshotPath('dossier-910b') })

      // A chip known only by its maker's claims: the open questions stay open, nothing confirmed.
      await dossier.locator('.dossier__item:has(.dossier-badge--claimed)').first().click()
      await expect(file.textContent()).resolves.toContain('Claimed by the maker')
      await expect(questions.locator('li').allTextContents()).resolves.toEqual([expect.stringContaining('Unknown — claimed'), expect.stringContaining('Unknown — claimed'), expect.stringContaining('Unknown — claimed')])
      await expect(specs.locator('tbody td').filter({ hasText: /^unknown$/ }).count()).resolves.toBe(6)
      await settle(page)
      await page.screenshot({ path: screenshotPath('dossier-claimed') })
      await settle(page)
      await page.screenshot({ path: screenshotPath('dossier') })

      // Search narrows the list; picking the H800 shows it at 1× itself, known as the maker claims it.
      await dossier.getByRole('searchbox', { name: 'Search' }).fill('h800')
      await dossier.locator('[data-chip="h800"]').first().click()
      await expect(file.getAttribute('data-chip')).resolves.toBe('h800')
      await expect(specs.textContent()).resolves.toContain('1.0× H800')
      // The maker filter and the arrow keys.
      await dossier.getByRole('searchbox', { name: 'Search' }).fill('')
      await dossier.getByRole('combobox', { name: 'Maker' }).selectOption('huawei')
      const items = dossier.getByRole('list', { name: 'Chips you know of' }).getByRole('button')
      expect(await items.count()).toBeGreaterThan(1)
      await items.first().click()
      const first = await file.getAttribute('data-chip')
      await page.keyboard.press('ArrowDown')
      const second = await file.getAttribute('data-chip')
      expect(second).not.toBe(first)
      await expect(page.evaluate(() => document.activeElement?.getAttribute('data-chip'))).resolves.toBe(second)
      await page.keyboard.press('Escape')
      await expect(dossier.count()).resolves.toBe(0)

      // The charts: every tab draws an SVG chart (recharts under script-src 'self'), or says it has no data.
      await page.getByRole('button', { name: 'Charts', exact: true }).click()
      const charts = page.getByTestId('charts-panel')
      await charts.waitFor()
      await charts.locator('.recharts-surface').first().waitFor()
      const tabs = charts.getByRole('tab')
      await expect(tabs.allTextContents()).resolves.toEqual(['Vendors', 'Regions', 'Revenue', 'China domestic', 'Tension', 'Victory points'])
      await expect(charts.locator('.recharts-area').count()).resolves.toBeGreaterThan(1)
      await settle(page)
      await page.screenshot({ path: screenshotPath('charts-vendors') })
      // The arrow keys move between tabs.
      await tabs.first().focus()
      await page.keyboard.press('ArrowRight')
      await expect(charts.getByRole('tab', { selected: true }).textContent()).resolves.toBe('Regions')
      await charts.getByRole('tab', { name: 'Tension' }).click()
      await expect(charts.locator('.recharts-reference-line').count()).resolves.toBe(1)
      await expect(charts.textContent()).resolves.toContain('Crisis')
      await settle(page)
      await page.screenshot({ path: screenshotPath('charts-tension') })
      // China's domestic share: of the cards bought over the last four quarters (IDC's measure) and of the installed base.
      await charts.getByRole('tab', { name: 'China domestic' }).click()
      await expect(charts.locator('.recharts-line').count()).resolves.toBe(2)
      await expect(charts.textContent()).resolves.toContain('Cards bought, last four quarters')
      await settle(page)
      await page.screenshot({ path: screenshotPath('charts-domestic') })
      await charts.getByRole('tab', { name: 'Victory points' }).click()
      await expect(charts.locator('.recharts-line').count()).resolves.toBeGreaterThan(3)
      // Its figures as a table.
      await charts.getByText('Figures as a table').click()
      await expect(charts.locator('.chart__table tbody tr').count()).resolves.toBe(2)
      await settle(page)
      await page.screenshot({ path: screenshotPath('charts-vp') })

      expect(errors).toEqual([])
      await page.close()
    }
  )

  it(
    'plays a classroom game out and shows the end screen: winner and why, standings, objectives and the whole game in charts',
    async () => {
      const page = await suite.page({ viewport: { width: 1440, height: 900 } })
      const errors = watchConsole(page)
      await openHarness(page, suite.host.url, 'end', TIMEOUTS.quarter * 2)
      const over = page.getByRole('dialog', { name: 'Game over' })
      await over.waitFor()
      await expect(over.getByTestId('game-over-verdict').textContent()).resolves.toMatch(/wins\.|Nobody wins\./)
      await expect(over.textContent()).resolves.toMatch(/ran its full course|crisis ended the game|brought to an end/)
      await expect(over.getByTestId('game-over-standings').locator('tbody tr').count()).resolves.toBe(8)
      await expect(over.getByTestId('game-over-you').textContent()).resolves.toMatch(/^You finished \d of 8/)
      await expect(over.locator('[data-testid^="game-over-faction-"]').count()).resolves.toBe(8)
      await over.locator('.recharts-surface').first().waitFor()
      await expect(over.getByRole('tab', { selected: true }).textContent()).resolves.toBe('Victory points')
      // Focus starts on Back to menu and Tab stays inside the end screen.
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Back to menu')
      await page.keyboard.press('Tab')
      await expect(page.evaluate(() => document.querySelector('[data-testid="game-over"]')?.contains(document.activeElement))).resolves.toBe(true)
      await settle(page)
      await page.screenshot({ path: screenshotPath('end-screen'), fullPage: false })
      await over.locator('.finale__objectives').scrollIntoViewIfNeeded()
      await settle(page)
      await page.screenshot({ path: screenshotPath('end-screen-objectives') })
      await over.getByRole('button', { name: 'Back to menu' }).click()
      await expect(over.count()).resolves.toBe(0)
      expect(errors).toEqual([])
      await page.close()
    }
  )
})
