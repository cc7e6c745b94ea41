/**
 * Issue 16, acceptance 4: the dossier's H800 column is the H800's published datasheet, a fixed
 * ruler: it keeps 989 TFLOPS through a game in which Nvidia re-announces the H800 at 1,012.
 * The quarters are played through the contract (Nvidia a person who re-announces its chip);
 * the page resumes the game as Nvidia and opens the dossier on the H800.
 * Screenshot: test-results/dossier-yardstick.png.
 */
import { expect, it } from 'vitest'
import { describeInBrowser, screenshotPath, settle, watchConsole } from './support/browser'
import { classroomSeats, enterGame, openTitle, playThroughContract } from './support/game'

const CLAIM = { bf16Tflops: 1012, memoryGb: 80, memoryBandwidthTBs: 3.35, interconnectGBs: 400, tpp: 16192, powerW: 700 }

describeInBrowser('the dossier\'s fixed yardstick in chromium over the web host', (suite) => {
  it('keeps the H800 datasheet in the H800 column after Nvidia changes its H800 claim', async () => {
    const nina = [{ faction: 'nvidia', name: 'Nina' }]
    // Nvidia claims 1,012 TFLOPS for the H800 in the first quarter (its datasheet says 989).
    const announce = [{ kind: 'announce-chip', chip: 'h800', claimed: CLAIM, claimedWorkloads: 'both', claimedReadiness: 'volume' }]
    await playThroughContract(suite.host.game, { scenarioId: 'classroom', seed: 7, seats: classroomSeats(nina) }, nina, { quarters: 2 }, (played) => (played === 0 ? announce : []))
    const page = await suite.page({ viewport: { width: 1440, height: 900 } })
    const errors = watchConsole(page)
    await openTitle(page, suite.host.url)
    await page.getByTestId('menu-resume').click()
    await enterGame(page)
    await page.getByTestId('open-dossier').click()
    const dossier = page.getByTestId('chip-dossier')
    await dossier.waitFor()
    await dossier.getByRole('searchbox', { name: 'Search' }).fill('h800')
    await dossier.locator('[data-chip="h800"]').first().click()
    const file = dossier.getByTestId('dossier-chip')
    await expect(file.getAttribute('data-chip')).resolves.toBe('h800')
    const bf16 = file.getByTestId('dossier-specs').locator('tbody tr').first()
    const cells = await bf16.locator('td').allTextContents()
    // Claimed, Confirmed, vs H800, H800, H100: the claim moved, the H800 column did not.
    expect(cells[0]).toContain('1,012')
    expect(cells[3]).toContain('989')
    await expect(file.getByTestId('dossier-yardstick').textContent()).resolves.toContain('989 dense BF16 TFLOPS')
    await settle(page)
    await page.screenshot({ path: screenshotPath('dossier-yardstick') })
    expect(errors).toEqual([])
    await page.close()
  })
})
