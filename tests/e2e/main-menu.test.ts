import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { describeInBrowser, screenshotPath, settle, waitReady, watchConsole } from './support/browser'
import { enterGame } from './support/game'

async function openMenu(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await waitReady(page, 'title')
}

describeInBrowser('main menu in chromium over the web host', (suite) => {
  it('shows the menu, with Continue disabled and saying why while there is no autosave', async () => {
    const page = await suite.page({ viewport: { width: 1280, height: 800 } })
    const errors = watchConsole(page)
    await openMenu(page, suite.host.url)
    const menu = page.getByRole('navigation', { name: 'Main menu' })
    for (const name of ['New game', 'Continue', 'Load', 'Settings', 'Quit']) {
      await expect(menu.getByRole('button', { name, exact: true }).count()).resolves.toBe(1)
    }
    await page.waitForFunction(() => document.querySelector('[data-testid="continue-hint"]')?.textContent?.includes('No autosave'))
    await expect(menu.getByRole('button', { name: 'Continue', exact: true }).isDisabled()).resolves.toBe(true)
    await settle(page)
    await page.screenshot({ path: screenshotPath('menu-main') })

    // Keyboard: focus starts on New game; Enter opens the new-game screen with focus on its heading.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('New game')
    await page.keyboard.press('Enter')
    await waitReady(page, 'new-game')
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1')
    await page.getByRole('button', { name: '← Main menu' }).press('Enter')
    await waitReady(page, 'title')
    expect(errors).toEqual([])
    await page.close()
  })

  it('opens Load and shows that there are no saves yet', async () => {
    const page = await suite.page({ viewport: { width: 1280, height: 800 } })
    const errors = watchConsole(page)
    await openMenu(page, suite.host.url)
    await page.getByRole('button', { name: 'Load', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Load a game' })
    await dialog.getByTestId('saves-empty').waitFor()
    await expect(dialog.getByTestId('saves-empty').textContent()).resolves.toContain('No saved games yet')
    await page.screenshot({ path: screenshotPath('menu-load') })
    await page.keyboard.press('Escape')
    await expect(dialog.count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('keeps the palette on the host: changed in Settings, still there after a reload and in a new browser', async () => {
    const context = await suite.context()
    const page = await context.newPage()
    const errors = watchConsole(page)
    await openMenu(page, suite.host.url)
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Settings' })
    await dialog.getByRole('radio', { name: /Colour-blind/ }).check()
    await page.waitForFunction(() => document.documentElement.dataset.palette === 'colour-blind')
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click()

    await page.reload()
    await page.waitForFunction(() => document.documentElement.dataset.palette === 'colour-blind', null)
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    await expect(page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: /Colour-blind/ }).isChecked()).resolves.toBe(true)
    expect(errors).toEqual([])
    await context.close()

    // A fresh browser profile has no local copy: the palette comes from the host.
    const other = await suite.context()
    const second = await other.newPage()
    await openMenu(second, suite.host.url)
    await second.waitForFunction(() => document.documentElement.dataset.palette === 'colour-blind', null)
    // Put it back so later tests see the standard palette.
    await second.getByRole('button', { name: 'Settings', exact: true }).click()
    await second.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Standard' }).check()
    await second.waitForFunction(() => document.documentElement.dataset.palette === 'default')
    await other.close()
  })

  it('starts a classroom game with Alice as the only person and seed 7, and opens it for her seat', async () => {
    const page = await suite.page({ viewport: { width: 1280, height: 900 } })
    const errors = watchConsole(page)
    await openMenu(page, suite.host.url)
    await page.getByRole('button', { name: 'New game', exact: true }).click()
    await waitReady(page, 'new-game')
    await page.getByRole('radio', { name: /Classroom/ }).check()
    await expect(page.getByTestId('scenario-briefing').textContent()).resolves.toContain('October 2023')

    const rows = page.locator('[data-testid^="seat-row-"]')
    const count = await rows.count()
    expect(count).toBeGreaterThan(1)
    const factions: string[] = []
    for (let i = 0; i < count; i++) factions.push(((await rows.nth(i).getAttribute('data-testid')) ?? '').replace('seat-row-', ''))
    const [first, ...rest] = factions
    // Every seat to AI first: Start is refused with a message before anything is sent.
    for (const faction of factions) await page.getByTestId(`seat-row-${faction}`).getByRole('combobox', { name: /^Who plays/ }).selectOption('ai')
    await expect(page.getByTestId('setup-problems').textContent()).resolves.toContain('At least one seat must be played by a person')
    await expect(page.getByRole('button', { name: 'Start', exact: true }).isDisabled()).resolves.toBe(true)

    const firstRow = page.getByTestId(`seat-row-${first}`)
    await firstRow.getByRole('combobox', { name: /^Who plays/ }).selectOption('human')
    await firstRow.getByRole('textbox', { name: /^Name for/ }).fill('')
    await expect(page.getByTestId('setup-problems').textContent()).resolves.toContain('needs a name')
    await firstRow.getByRole('textbox', { name: /^Name for/ }).fill('Alice')
    for (const faction of rest) {
      const persona = page.getByTestId(`seat-row-${faction}`).getByRole('combobox', { name: /^AI persona for/ })
      await expect(persona.locator('option', { hasText: 'as it happened' }).count()).resolves.toBe(1)
    }
    await page.getByRole('textbox', { name: 'Seed' }).fill('7')
    await expect(page.getByTestId('setup-problems').count()).resolves.toBe(0)
    await page.screenshot({ path: screenshotPath('menu-new-game'), fullPage: true })

    const factionLabel = (await firstRow.getByRole('rowheader').textContent()) ?? ''
    await expect(page.getByTestId('seat-briefing').textContent()).resolves.toContain(factionLabel)
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await enterGame(page)
    await expect(page.getByTestId('game-screen').textContent()).resolves.toContain(factionLabel)

    // One quarter played makes an autosave: back in the menu, Continue and Load offer it.
    await page.getByTestId('end-turn').click()
    await page.waitForFunction(() => document.querySelector('[data-testid="end-turn"]')?.textContent === 'End turn', null)
    await page.getByRole('button', { name: 'Menu', exact: true }).click()
    await waitReady(page, 'title')
    const continueButton = page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Continue', exact: true })
    await page.waitForFunction(() => document.querySelector('[data-testid="continue-hint"]')?.textContent?.startsWith('Resume'), null)
    await expect(continueButton.isDisabled()).resolves.toBe(false)
    await page.getByRole('button', { name: 'Load', exact: true }).click()
    const table = page.getByRole('dialog', { name: 'Load a game' }).getByTestId('saves-table')
    await table.waitFor()
    await expect(table.textContent()).resolves.toContain('Alice')
    await expect(table.textContent()).resolves.toContain('Classroom')
    await page.screenshot({ path: screenshotPath('menu-load-saves') })
    await page.getByRole('dialog', { name: 'Load a game' }).getByRole('button', { name: /^Load / }).first().click()
    await enterGame(page)
    await expect(page.getByTestId('game-screen').textContent()).resolves.toContain(factionLabel)
    expect(errors).toEqual([])
    await page.close()
  }, 120_000)
})
