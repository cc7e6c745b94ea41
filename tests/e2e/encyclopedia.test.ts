/**
 * The encyclopedia in chromium over the web host: opened from the main menu, searched for
 * "H800", its entry opened by the keyboard, a related link followed and Back; then in a game,
 * opened over the map from the side panel's More link, closed with Escape with the game (and
 * its open panel) as it was. Screenshots: encyclopedia.png, encyclopedia-entry.png,
 * encyclopedia-in-game.png (and encyclopedia-related.png, encyclopedia-dossier.png from the
 * chip dossier's link, encyclopedia-mod.png: a chip the example mod adds, with its origin).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { startWebHost } from '../../app/host'
import { memoryModSelectionStore } from '../../app/host/mods/mod-selection'
import { createSessionHost } from '../../app/host/session-host'
import { RENDERER_OUT, ROOT, describeInBrowser, screenshotPath, settle, waitReady, watchConsole } from './support/browser'
import { startClassroomGame } from './support/game'
import { regionPoint } from './support/map-harness'


async function openFromMenu(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await waitReady(page, 'title')
  await page.getByRole('button', { name: 'Encyclopedia', exact: true }).click()
  await page.waitForFunction(() => document.documentElement.dataset.encyclopedia === 'ready', null)
}

describeInBrowser('encyclopedia in chromium over the web host', (suite) => {
  it(
    'opens from the main menu, finds the H800 by search, opens it by the keyboard, follows a related link and goes back',
    async () => {
      const page = await suite.page({ viewport: { width: 1440, height: 900 } })
      const errors = watchConsole(page)
      await openFromMenu(page, suite.host.url)
      const dialog = page.getByRole('dialog', { name: 'Encyclopedia' })
      await dialog.waitFor()
      // The index: every kind with its count; focus in the search box.
      const listbox = dialog.getByRole('listbox', { name: 'Entries' })
      await expect(listbox.getByRole('option').count()).resolves.toBeGreaterThan(150)
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Search the encyclopedia')
      await page.screenshot({ path: screenshotPath('encyclopedia') })

      // Search "H800": the chip comes first; ↓ into the list, Enter opens it.
      await page.keyboard.type('H800')
      await expect(dialog.getByRole('status').textContent()).resolves.toMatch(/match “H800”/)
      await expect(listbox.getByRole('option').first().getAttribute('data-entry-id')).resolves.toBe('chip:h800')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
      const entry = dialog.getByTestId('encyclopedia-entry')
      await expect(entry.getAttribute('data-entry')).resolves.toBe('chip:h800')
      await expect(entry.getByRole('heading', { level: 3 }).textContent()).resolves.toBe('H800')
      // Facts (claims against the H100), related entries and sources with publisher, date and confidence.
      await expect(entry.getByRole('rowheader', { name: 'Maker' }).count()).resolves.toBe(1)
      await expect(entry.getByRole('row', { name: /BF16 dense/ }).textContent()).resolves.toMatch(/TFLOPS \(1× H100\)/)
      await expect(entry.locator('.encyclopedia-source').count()).resolves.toBeGreaterThan(0)
      await expect(entry.locator('.encyclopedia-confidence').count()).resolves.toBeGreaterThan(0)
      await page.screenshot({ path: screenshotPath('encyclopedia-entry') })

      // Follow the maker's link, then Back returns to the H800.
      await entry.getByRole('button', { name: /Nvidia/ }).first().click()
      await expect(dialog.getByTestId('encyclopedia-entry').getAttribute('data-entry')).resolves.toBe('faction:nvidia')
      await expect(dialog.getByTestId('encyclopedia-entry').getByRole('button', { name: /H800/ }).count()).resolves.toBeGreaterThan(0)
      await page.screenshot({ path: screenshotPath('encyclopedia-related') })
      await dialog.getByRole('button', { name: /Back/ }).click()
      await expect(dialog.getByTestId('encyclopedia-entry').getAttribute('data-entry')).resolves.toBe('chip:h800')

      // A kind filter, then Escape closes and the main menu is back.
      await dialog.getByRole('searchbox', { name: 'Search the encyclopedia' }).fill('')
      await dialog.getByRole('button', { name: /^Policies/ }).click()
      await expect(listbox.getByRole('option').first().getAttribute('data-entry-id')).resolves.toMatch(/^policy:/)
      await expect(listbox.locator('[data-entry-id^="chip:"]').count()).resolves.toBe(0)
      // An event: its window, chance and choices in words, with the policy a choice enacts as a link.
      await dialog.getByRole('button', { name: /^All/ }).click()
      await dialog.getByRole('searchbox', { name: 'Search the encyclopedia' }).fill('gallium germanium')
      await listbox.locator('[data-entry-id="event:gallium-germanium-move"]').click()
      const event = dialog.getByTestId('encyclopedia-entry')
      await expect(event.getByRole('row', { name: /^Choices/ }).locator('.encyclopedia-facts__item').count()).resolves.toBe(2)
      await expect(event.getByRole('button', { name: /Gallium and germanium licensing/ }).count()).resolves.toBeGreaterThan(0)
      await page.screenshot({ path: screenshotPath('encyclopedia-event') })

      // Escape closes (the first clears the search box when it has focus and text).
      await dialog.getByRole('button', { name: /^All/ }).focus()
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog', { name: 'Encyclopedia' }).count()).resolves.toBe(0)
      await expect(page.getByRole('button', { name: 'Encyclopedia', exact: true }).isVisible()).resolves.toBe(true)
      expect(errors).toEqual([])
      await page.close()
    }
  )

  it(
    'opens over a running game from the map panel’s More link and the dossier, and closes back to the game as it was',
    async () => {
      const page = await suite.page({ viewport: { width: 1440, height: 900 } })
      const errors = watchConsole(page)
      await startClassroomGame(page, suite.host.url)

      // Select Taiwan on the map: its side panel has a More link.
      const taiwan = await regionPoint(page, 'taiwan')
      await page.mouse.click(taiwan.x, taiwan.y)
      const panel = page.getByTestId('map-side-panel')
      await panel.waitFor()
      await panel.screenshot({ path: screenshotPath('encyclopedia-more-link') })
      await panel.getByRole('button', { name: /More about Taiwan in the encyclopedia/ }).click()
      await page.waitForFunction(() => document.documentElement.dataset.encyclopedia === 'ready', null)
      const dialog = page.getByRole('dialog', { name: 'Encyclopedia' })
      await expect(dialog.getByTestId('encyclopedia-entry').getAttribute('data-entry')).resolves.toBe('region:taiwan')
      await settle(page)
      await page.screenshot({ path: screenshotPath('encyclopedia-in-game') })

      // Escape: the game is still there, with Taiwan's panel open.
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog', { name: 'Encyclopedia' }).count()).resolves.toBe(0)
      await expect(page.getByTestId('map-side-panel').isVisible()).resolves.toBe(true)
      await expect(page.getByTestId('game-screen').isVisible()).resolves.toBe(true)

      // The chip dossier's link opens the chip's entry.
      await page.getByTestId('open-dossier').click()
      const chip = page.getByTestId('dossier-chip')
      await chip.waitFor()
      const id = await chip.getAttribute('data-chip')
      await page.getByTestId('chip-dossier').screenshot({ path: screenshotPath('encyclopedia-dossier-link') })
      await chip.getByRole('button', { name: /in the encyclopedia/ }).click()
      await page.waitForFunction(() => document.documentElement.dataset.encyclopedia === 'ready', null)
      await expect(page.getByTestId('encyclopedia-entry').getAttribute('data-entry')).resolves.toBe(`chip:${id}`)
      await page.screenshot({ path: screenshotPath('encyclopedia-dossier') })
      await page.getByRole('button', { name: 'Close the encyclopedia' }).click()
      await expect(page.getByTestId('dossier-chip').isVisible()).resolves.toBe(true)
      expect(errors).toEqual([])
      await page.close()
    }
  )

  it(
    'lists a chip an enabled mod adds, with the mod it came from and why it is invented',
    async () => {
      const userData = mkdtempSync(path.join(os.tmpdir(), 'sc-e2e-encyclopedia-'))
      const mods = path.join(userData, 'mods')
      cpSync(path.join(ROOT, 'game-data/examples'), mods, { recursive: true })
      const game = createSessionHost({ dataDir: path.join(ROOT, 'game-data/base'), savesDir: path.join(userData, 'saves'), modsDir: mods, modSelection: memoryModSelectionStore({ order: ['rapidus-2nm'], enabled: ['rapidus-2nm'] }) })
      const host = await startWebHost({ rendererDir: RENDERER_OUT, handlers: game })
      try {
        const page = await suite.page({ viewport: { width: 1440, height: 900 } })
        const errors = watchConsole(page)
        await openFromMenu(page, host.url)
        const dialog = page.getByRole('dialog', { name: 'Encyclopedia' })
        await page.keyboard.type('mn-core')
        await page.keyboard.press('Enter')
        const entry = dialog.getByTestId('encyclopedia-entry')
        await expect(entry.getAttribute('data-entry')).resolves.toBe('chip:mn-core-l1000')
        await expect(entry.getByText('From the mod Rapidus: Japan at 2 nm').count()).resolves.toBe(1)
        await expect(entry.getByRole('note').textContent()).resolves.toMatch(/Invented for the game/)
        // The claim (1,000 TFLOPS), never the mod's secret truth (900).
        await expect(entry.getByRole('row', { name: /BF16 dense/ }).textContent()).resolves.toMatch(/1,000 TFLOPS/)
        await page.screenshot({ path: screenshotPath('encyclopedia-mod') })
        expect(errors).toEqual([])
        await page.close()
      } finally {
        await host.close()
        rmSync(userData, { recursive: true, force: true })
      }
    }
  )
})
