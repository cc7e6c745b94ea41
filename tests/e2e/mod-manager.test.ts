/**
 * The mod manager in chromium over a web host whose mods folder holds the two example mods
 * and a broken one: listed in order with their status, turned on (a mod's dependency with
 * it), reordered with the keyboard, errors shown with file, line, column and pointer; the
 * example scenario then appears in New suite.host.game. A game saved with both mods and loaded with one
 * of them off warns by name. Screenshots: test-results/mod-manager.png, mod-load-warning.png.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { createSessionHost, memoryModSelectionStore, startWebHost, type GameHost, type WebHost } from '../../app/host'
import { describeInBrowser, RENDERER_OUT, ROOT, screenshotPath, settle, waitReady, watchConsole } from './support/browser'

let userData = ''

/** A web host whose mods folder holds the two example mods and a broken one. */
async function modsHost(): Promise<WebHost & { game: GameHost }> {
  userData = mkdtempSync(path.join(os.tmpdir(), 'sc-e2e-mods-'))
  const mods = path.join(userData, 'mods')
  cpSync(path.join(ROOT, 'game-data/examples'), mods, { recursive: true })
  cpSync(path.join(ROOT, 'tests/fixtures/mods/unknown-reference'), path.join(mods, 'unknown-reference'), { recursive: true })
  const game = createSessionHost({
    dataDir: path.join(ROOT, 'game-data/base'),
    savesDir: path.join(userData, 'saves'),
    modsDir: mods,
    modSelection: memoryModSelectionStore(),
  })
  const web = await startWebHost({ rendererDir: RENDERER_OUT, handlers: game })
  return { ...web, close: () => web.close(), game }
}

describeInBrowser('mod manager in chromium over the web host', (suite) => {
  afterAll(() => rmSync(userData, { recursive: true, force: true }))

  async function openManager(page: Page): Promise<void> {
    await page.goto(suite.host.url)
    await waitReady(page, 'title')
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Mods', exact: true }).click()
    await waitReady(page, 'mods')
  }

  const order = (page: Page): Promise<string[]> =>
    page.getByRole('list', { name: 'Load order' }).locator(':scope > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-mod') ?? ''))

  it('lists the mods, turns them on with their dependency, reorders them by keyboard and shows errors', async () => {
    const page = await suite.page({ viewport: { width: 1280, height: 860 } })
    const errors = watchConsole(page)
    await openManager(page)
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Mods')
    await expect(order(page)).resolves.toEqual(['rapidus-2nm', 'scenario-2027', 'unknown-reference'])
    for (const folder of ['rapidus-2nm', 'scenario-2027', 'unknown-reference']) {
      await expect(page.getByTestId(`mod-status-${folder}`).textContent()).resolves.toBe('Off')
    }
    await expect(page.getByTestId('mods-active').textContent()).resolves.toBe('New games load: Base game 0.1.0')

    // Turning Crunch 2027 on turns on Rapidus too, which it needs.
    await page.getByRole('checkbox', { name: 'Enable Crunch 2027' }).check()
    await page.waitForFunction(() => document.querySelector('[data-testid="mods-notice"]')?.textContent?.includes('with Rapidus'))
    await expect(page.getByRole('checkbox', { name: 'Enable Rapidus: Japan at 2 nm' }).isChecked()).resolves.toBe(true)
    await expect(page.getByTestId('mod-status-scenario-2027').textContent()).resolves.toBe('Loads')
    await expect(page.getByTestId('mods-active').textContent()).resolves.toBe('New games load: Base game 0.1.0 → Rapidus: Japan at 2 nm 1.0.0 → Crunch 2027 1.0.0')

    // Keyboard: move Crunch 2027 to the top; dependencies still load first.
    await page.getByRole('button', { name: 'Move Crunch 2027 up' }).focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('[data-testid="mods-notice"]')?.textContent === 'Crunch 2027 moved to position 1 of 3.')
    await expect(order(page)).resolves.toEqual(['scenario-2027', 'rapidus-2nm', 'unknown-reference'])
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Move Crunch 2027 down', null)
    await expect(page.getByTestId('mods-active').textContent()).resolves.toContain('Rapidus: Japan at 2 nm 1.0.0 → Crunch 2027 1.0.0')

    // The broken mod: on, refused with its error located.
    await page.getByRole('checkbox', { name: 'Enable Broken: unknown-reference' }).check()
    await page.waitForFunction(() => document.querySelector('[data-testid="mod-status-unknown-reference"]')?.textContent === '1 error')
    await expect(page.getByTestId('mods-notice').textContent()).resolves.toBe('Broken: unknown-reference is on but has errors: new games start without it until they are fixed.')
    await page.getByRole('button', { name: 'Show details of Broken: unknown-reference' }).click()
    const details = page.getByTestId('mod-details')
    await expect(details.getByTestId('mod-errors').textContent()).resolves.toContain('chips.json:8:15 /records/0/node')
    await expect(details.getByTestId('mod-errors').textContent()).resolves.toContain('"tsmc-n1" does not exist')
    await settle(page)
    await page.screenshot({ path: screenshotPath('mod-manager-errors') })

    await page.getByRole('button', { name: 'Show details of Crunch 2027' }).click()
    await expect(details.textContent()).resolves.toContain('Rapidus: Japan at 2 nm ^1.0.0on')
    await settle(page)
    await page.screenshot({ path: screenshotPath('mod-manager') })

    // New games see the example scenario.
    await page.getByRole('button', { name: '← Main menu' }).click()
    await waitReady(page, 'title')
    await page.getByRole('button', { name: 'New game', exact: true }).click()
    await waitReady(page, 'new-game')
    await page.getByRole('radio', { name: /Crunch 2027/ }).check()
    await expect(page.getByTestId('scenario-briefing').textContent()).resolves.toContain('Rapidus is about to open a 2 nm line')
    expect(errors).toEqual([])
    await page.close()
  })

  it('warns by name when a game saved with both example mods is loaded with one of them off', async () => {
    // Set up through the host: both mods on, a Crunch 2027 game saved, then Crunch 2027 turned off.
    const window = suite.host.game.connect(() => undefined)
    await suite.host.game.setMods({ mods: [{ id: 'rapidus-2nm', enabled: true }, { id: 'scenario-2027', enabled: true }] }, window)
    await suite.host.game.newGame({ scenarioId: 'crunch-2027', seats: [{ faction: 'usa', controller: 'human', name: 'Ada', difficulty: 'normal' }] }, window)
    await suite.host.game.saveGame({ name: 'crunch with mods', overwrite: true }, window)
    await suite.host.game.setMods({ mods: [{ id: 'rapidus-2nm', enabled: true }, { id: 'scenario-2027', enabled: false }] }, window)
    suite.host.game.disconnect(window)

    const page = await suite.page({ viewport: { width: 1280, height: 800 } })
    const errors = watchConsole(page)
    await page.goto(suite.host.url)
    await waitReady(page, 'title')
    await page.getByRole('button', { name: 'Load', exact: true }).click()
    await page.getByRole('dialog', { name: 'Load a game' }).getByRole('button', { name: 'Load crunch with mods' }).click()
    const warnings = page.getByRole('dialog', { name: 'Loaded with warnings' })
    await warnings.getByTestId('load-warnings').waitFor()
    await expect(warnings.getByTestId('load-warnings').textContent()).resolves.toMatch(/^This game was saved with the mod "Crunch 2027" \(scenario-2027\) 1\.0\.0, which is not active now\./)
    await settle(page)
    await page.screenshot({ path: screenshotPath('mod-load-warning') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('reorders by drag and drop, and reads the folder again on request', async () => {
    const page = await suite.page({ viewport: { width: 1280, height: 860 } })
    const errors = watchConsole(page)
    await openManager(page)
    const before = await order(page)
    const last = before[before.length - 1]!
    await page.locator(`[data-mod="${last}"]`).dragTo(page.locator(`[data-mod="${before[0]}"]`))
    await page.waitForFunction((id) => document.querySelector('[aria-label="Load order"] > li')?.getAttribute('data-mod') === id, last)
    await expect(order(page)).resolves.toEqual([last, ...before.slice(0, -1)])
    await page.getByRole('button', { name: 'Look again' }).click()
    await page.waitForFunction(() => document.querySelector('[data-testid="mods-notice"]')?.textContent === 'The mods folder was read again.')
    await expect(order(page)).resolves.toEqual([last, ...before.slice(0, -1)])
    expect(errors).toEqual([])
    await page.close()
  })
}, { host: modsHost })
