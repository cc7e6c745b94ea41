/**
 * Issue 7's acceptance run: a new player plays the Classroom scenario in chromium over the web
 * host, only through what the screen offers. They set up the seats, plan a chip programme and
 * buy accelerators in the first quarter, announce the chip next, answer the event that asks
 * for their choice, open the dossier and the charts, ending each turn. (The end screen after
 * the last quarter: game-screen.test.ts.) A screenshot of every screen goes to
 * test-results/classroom-*.png.
 */
import type { Locator, Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, screenshotPath, settle, waitReady, watchConsole } from './support/browser'
import { endTurnAndWait, openTitle, setUpClassroom } from './support/game'

const shot = async (page: Page, name: string): Promise<void> => {
  await settle(page)
  await page.screenshot({ path: screenshotPath(`classroom-${name}`) })
}

/** Opens the order picker and the form of one order kind. */
async function openOrderForm(page: Page, kind: string): Promise<Locator> {
  const planner = page.getByTestId('planner')
  if ((await planner.getByTestId('order-picker').count()) === 0) await planner.getByTestId('planner-add').click()
  await planner.locator(`.planner__kind[data-kind="${kind}"]`).click()
  const form = page.getByTestId('order-form')
  await form.waitFor()
  await expect(form.getAttribute('data-kind')).resolves.toBe(kind)
  return form
}

/** Waits for the engine's verdict on the draft and answers it. */
async function verdict(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const box = document.querySelector('[data-testid="order-preview"]')
    return box !== null && box.getAttribute('aria-busy') === 'false'
  })
  return (await page.getByTestId('order-verdict').textContent()) ?? ''
}

describeInBrowser('a new player plays the Classroom scenario', (suite) => {
  it(
    'sets up seats, plans a chip programme, buys accelerators, announces the chip, answers an event and opens the dossier and charts without a console error',
    async () => {
      const page = await suite.page({ viewport: { width: 1440, height: 900 } })
      const errors = watchConsole(page)

      // Main menu.
      await openTitle(page, suite.host.url)
      await shot(page, '01-main-menu')

      // New game: the Classroom scenario, Alice plays Alibaba, the AI the rest, seed 7.
      await setUpClassroom(page, suite.host.url, { alibaba: { name: 'Alice' } })
      await shot(page, '02-new-game')
      await page.getByRole('button', { name: 'Start', exact: true }).click()
      await waitReady(page, 'game')
      // The seat's private briefing opens first.
      const briefing = page.getByRole('dialog', { name: /^Your briefing/ })
      await briefing.waitFor()
      await expect(briefing.textContent()).resolves.toContain('Alibaba')
      await shot(page, '03-briefing')
      await briefing.getByRole('button', { name: 'Start planning' }).click()
      await shot(page, '03-game-start')

      // Quarter 1: a chip programme on SMIC's N+2 (the default target is H800-class).
      const planner = page.getByTestId('planner')
      await expect(planner.getByTestId('planner-toggle').getAttribute('aria-expanded')).resolves.toBe('true')
      await planner.getByTestId('planner-add').click()
      await shot(page, '04-order-picker')
      let form = await openOrderForm(page, 'start-program')
      await form.getByRole('combobox', { name: 'Node' }).selectOption('smic-n-plus-2')
      await form.getByRole('spinbutton', { name: 'Budget per quarter' }).fill('1')
      await expect(verdict(page)).resolves.toContain('accepts')
      await expect(page.getByTestId('order-preview').textContent()).resolves.toContain('Cash')
      await shot(page, '05-order-form-programme')
      await page.getByTestId('order-form-save').click()
      await expect(planner.getByTestId('plan-item').count()).resolves.toBe(1)

      // Buy accelerators: the default chip is controlled for China, and the form says so before submitting.
      form = await openOrderForm(page, 'buy-chips')
      await form.getByRole('combobox', { name: 'Chip' }).selectOption('a100')
      await expect(verdict(page)).resolves.toMatch(/Refused: .*controls/)
      await shot(page, '06-order-form-refused')
      await form.getByRole('combobox', { name: 'Chip' }).selectOption('ascend-910b')
      await form.getByRole('spinbutton', { name: 'Units' }).fill('20000')
      await expect(verdict(page)).resolves.toContain('accepts')
      const bought = await page.getByTestId('order-preview').locator('tr', { hasText: 'Chips bought' }).textContent()
      expect(bought).toContain('+20,000')
      await shot(page, '07-order-form-buy')
      await page.getByTestId('order-form-save').click()
      await expect(planner.getByTestId('plan-item').count()).resolves.toBe(2)
      await expect(planner.locator('.planner__item--refused').count()).resolves.toBe(0)
      await expect(planner.getByTestId('planner-toggle').textContent()).resolves.toContain('0 AP left')
      await shot(page, '08-plan')


      await endTurnAndWait(page)
      const report = page.getByTestId('quarter-report')
      await report.waitFor()
      await expect(report.textContent()).resolves.toMatch(/Program|R&D/)
      await shot(page, '09-report')
      await report.getByRole('button', { name: 'Close the report' }).click()

      // The following quarters: answer an event when one asks, announce the chip once, open the charts, end the turn.
      let announced = false
      let answered = false
      let charts = false
      for (let turn = 0; turn < 8 && !(announced && answered && charts) && (await page.getByTestId('game-over').count()) === 0; turn++) {
        await page.getByTestId('planner').waitFor()
        const decisions = page.getByTestId('decision')
        if (!answered && (await decisions.count()) > 0) {
          await shot(page, '10-event-choice')
          await decisions.first().getByRole('button', { name: 'Decline' }).click()
          await expect(page.getByTestId('plan-item').first().getAttribute('data-kind')).resolves.toBe('choose-event-option')
          await expect(decisions.first().getByRole('button', { name: 'Decline' }).getAttribute('aria-pressed')).resolves.toBe('true')
          answered = true
        }
        if (!announced) {
          form = await openOrderForm(page, 'announce-chip')
          await form.getByRole('combobox', { name: 'Chip' }).selectOption('alibaba-ppu')
          await form.getByRole('combobox', { name: 'Claimed readiness' }).selectOption('volume')
          await expect(verdict(page)).resolves.toContain('accepts')
          await shot(page, '11-order-form-announce')
          await page.getByTestId('order-form-save').click()
          announced = true

          // The dossier: the PPU's claims against the H800 and H100, and how each figure is known.
          await page.getByTestId('open-dossier').click()
          const dossier = page.getByTestId('chip-dossier')
          await dossier.waitFor()
          await dossier.getByRole('button', { name: /PPU/ }).first().click()
          await dossier.getByTestId('dossier-chip').waitFor()
          await expect(dossier.getByTestId('dossier-specs').textContent()).resolves.toContain('H800')
          await shot(page, '12-dossier')
          await page.getByTestId('open-dossier').click()
        }
        if (!charts && turn >= 1) {
          await page.getByTestId('open-charts').click()
          await page.getByTestId('charts-panel').locator('svg').first().waitFor()
          await shot(page, '13-charts')
          await page.getByTestId('open-charts').click()
          charts = true
        }
        if (announced && answered && charts) break
        await endTurnAndWait(page)
        if ((await page.getByTestId('quarter-report').count()) > 0) await page.getByTestId('quarter-report').getByRole('button', { name: 'Close the report' }).click()
      }
      expect(announced).toBe(true)
      expect(answered).toBe(true)
      expect(charts).toBe(true)
      expect(errors).toEqual([])
      await page.close()
    },
  )
})
