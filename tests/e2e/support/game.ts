/** Browser-test steps shared by the game's end-to-end tests. */
import type { Page } from 'playwright-core'

/** Waits for the game screen, then reads and closes the seat's briefing if it opens (the first quarter). */
export async function enterGame(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'game', null, { timeout: 30_000 })
  const briefing = page.getByRole('dialog', { name: /^Your briefing/ })
  await page.waitForTimeout(100)
  if ((await briefing.count()) > 0) await briefing.getByRole('button', { name: 'Start planning' }).click()
}
