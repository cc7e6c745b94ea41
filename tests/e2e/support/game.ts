/** Browser-test steps shared by the game's end-to-end tests. */
import type { Page } from 'playwright-core'

/** Waits for the game screen, then reads and closes the seat's briefing if it opens (the first quarter). */
export async function enterGame(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'game', null, { timeout: 30_000 })
  const briefing = page.getByRole('dialog', { name: /^Your briefing/ })
  await page.waitForTimeout(100)
  if ((await briefing.count()) > 0) await briefing.getByRole('button', { name: 'Start planning' }).click()
}

/** Who plays each seat on the new-game screen: a person's name, or `ai`, or `out`; seats not listed go to the AI. */
export type SeatPlan = Record<string, { name: string; code?: string } | 'ai' | 'out'>

/** From the title screen to a filled-in Classroom new-game screen (seats as `seats` says, seed as given). */
export async function setUpClassroom(page: Page, url: string, seats: SeatPlan, seed = '7'): Promise<void> {
  await page.goto(url)
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'title', null, { timeout: 20_000 })
  await page.getByRole('button', { name: 'New game', exact: true }).click()
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'new-game', null, { timeout: 10_000 })
  await page.getByRole('radio', { name: /Classroom/ }).check()
  // One table row per seat (the menu names them `seat-row-<faction>`).
  const rows = page.locator('tr[data-testid^="seat-"]')
  const count = await rows.count()
  if (count < 2) throw new Error(`the Classroom scenario shows ${count} seat(s)`)
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i)
    const faction = ((await row.getAttribute('data-testid')) ?? '').replace('seat-row-', '')
    const plan = seats[faction] ?? 'ai'
    await row.getByRole('combobox', { name: /^Who plays/ }).selectOption(typeof plan === 'string' ? plan : 'human')
    if (typeof plan === 'string') continue
    await row.getByRole('textbox', { name: /^Name for/ }).fill(plan.name)
    if (plan.code !== undefined) await row.getByLabel(/^Four-digit code for/).fill(plan.code)
  }
  await page.getByRole('textbox', { name: 'Seed' }).fill(seed)
}

/** Starts a Classroom game through the main menu: Alibaba played by Alice, every other seat by the AI, seed 7. */
export async function startClassroomGame(page: Page, url: string): Promise<void> {
  await setUpClassroom(page, url, { alibaba: { name: 'Alice' } })
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await enterGame(page)
}

/** Waits until the quarter after `quarter` is being planned, or the game is over. */
export async function nextQuarter(page: Page, quarter: string | null, timeout = 180_000): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const screen = document.querySelector('[data-testid="game-screen"]')
      return document.querySelector('[data-testid="game-over"]') !== null || (screen?.getAttribute('data-quarter') !== q && screen?.getAttribute('data-phase') === 'planning')
    },
    quarter,
    { timeout },
  )
}
