/**
 * Acceptance 2 of the campaigns, in chromium over the web host: open Campaigns from the main
 * menu, start Full Stack's first chapter with a test seed, follow the tutorial's highlights
 * through the first quarter (each highlighted control clicked, each panel explained once),
 * play the chapter out, win it, read the debrief and find the next chapter unlocked.
 * Screenshots: campaign-screen, campaign-briefing, campaign-tutorial, campaign-debrief and
 * campaign-unlocked in test-results/.
 */
import { expect, it } from 'vitest'
import { describeInBrowser, screenshotPath, waitReady, watchConsole } from './support/browser'
import { nextQuarter } from './support/game'



describeInBrowser('campaigns in chromium over the web host', (suite) => {
  it(
    'starts Full Stack, follows the tutorial through the first quarter, wins the chapter with a test seed and unlocks the next',
    async () => {
      const page = await suite.page({ viewport: { width: 1440, height: 900 } })
      const errors = watchConsole(page)
      await page.goto(suite.host.url)
      await waitReady(page, 'title')
      await page.getByTestId('menu-campaigns').click()
      await waitReady(page, 'campaign')

      // The campaign screen: both campaigns, Full Stack's chapters as a path, the first open and the rest locked.
      await expect(page.getByTestId('campaign-full-stack').textContent()).resolves.toContain('Full Stack')
      await expect(page.getByTestId('campaign-washington').count()).resolves.toBe(1)
      const states = await page.locator('[data-testid^="chapter-"][data-state]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-testid')}=${e.getAttribute('data-state')}`))
      expect(states).toEqual(['chapter-scramble=available', 'chapter-in-house=locked', 'chapter-announcement=locked', 'chapter-credibility=locked', 'chapter-production-ready=locked'])
      const briefing = page.getByTestId('chapter-briefing')
      await expect(briefing.getAttribute('data-chapter')).resolves.toBe('scramble')
      await expect(page.getByTestId('chapter-briefing-text').textContent()).resolves.toMatch(/October 2022/)
      // The picture is drawn by the game: an SVG map with the regions involved.
      await expect(page.getByTestId('briefing-image').getAttribute('data-kind')).resolves.toBe('map')
      await expect(page.getByTestId('briefing-image').locator('path').count()).resolves.toBeGreaterThan(10)
      await page.screenshot({ path: screenshotPath('campaign-screen') })
      await briefing.screenshot({ path: screenshotPath('campaign-briefing') })

      // Start with a test seed (the seed is under "Seed").
      await page.locator('.campaign-seed summary').click()
      await page.getByTestId('chapter-seed').fill('3')
      await page.getByTestId('chapter-start').click()
      await waitReady(page, 'game')

      // The tutorial: follow every highlight of the first quarter.
      const tutorial = page.getByTestId('tutorial')
      await tutorial.waitFor()
      const seen: string[] = []
      let shot = false
      for (let guard = 0; guard < 30; guard++) {
        if ((await tutorial.count()) === 0) break
        const step = (await tutorial.getAttribute('data-step')) ?? ''
        const target = (await tutorial.getAttribute('data-target')) ?? ''
        seen.push(step)
        if (target !== '') {
          // The highlight outlines the target once it is on screen (it glides there: wait until it has arrived).
          await page.waitForFunction(
            (t) => {
              const h = document.querySelector('[data-testid="tutorial-highlight"]')?.getBoundingClientRect()
              const a = [...document.querySelectorAll(`[data-testid="${t}"]`)].map((e) => e.getBoundingClientRect()).find((r) => r.width > 0)
              return h !== undefined && a !== undefined && Math.abs(h.x + h.width / 2 - (a.x + a.width / 2)) < 4 && Math.abs(h.y + h.height / 2 - (a.y + a.height / 2)) < 4 && h.width >= a.width
            },
            target,
          )
        }
        if (step === 'add-order' && !shot) {
          await page.screenshot({ path: screenshotPath('campaign-tutorial') })
          shot = true
        }
        const next = page.getByTestId('tutorial-next')
        if ((await next.count()) > 0) await next.click()
        else {
          const quarter = await page.getByTestId('game-screen').getAttribute('data-quarter')
          await page.getByTestId(target).first().click()
          if (target === 'end-turn') await nextQuarter(page, quarter)
        }
        await page.waitForFunction((s) => document.querySelector('[data-testid="tutorial"]')?.getAttribute('data-step') !== s, step)
      }
      expect(seen).toEqual(['welcome', 'hud', 'map', 'planner', 'add-order', 'order-picker', 'dossier', 'dossier-panel', 'charts', 'end-turn', 'report', 'done'])
      await expect(tutorial.count()).resolves.toBe(0)
      await expect(page.getByTestId('hud-quarter').textContent()).resolves.toBe('2023 Q1')

      // Leave to the main menu mid-chapter; Resume goes back into the chapter through its campaign.
      await page.getByRole('button', { name: 'Back to the campaign' }).click()
      await waitReady(page, 'campaign')
      await page.getByRole('button', { name: '← Main menu' }).click()
      await page.getByTestId('menu-resume').click()
      await waitReady(page, 'game')
      await expect(page.getByTestId('hud-quarter').textContent()).resolves.toBe('2023 Q1')
      await expect(page.getByRole('button', { name: 'Back to the campaign' }).count()).resolves.toBe(1)

      // Play the chapter out: three more quarters, keeping the war chest.
      for (let i = 0; i < 3; i++) {
        const quarter = await page.getByTestId('game-screen').getAttribute('data-quarter')
        await page.getByTestId('end-turn').click()
        await nextQuarter(page, quarter)
      }
      await page.getByTestId('game-over').waitFor()
      await page.getByTestId('game-over').getByRole('button', { name: 'Back to the campaign' }).click()

      // The debrief: won, objectives with their figures, what carries over, what unlocked.
      const debrief = page.getByTestId('debrief')
      await debrief.waitFor()
      await expect(debrief.getAttribute('data-outcome')).resolves.toBe('won')
      await expect(debrief.getAttribute('data-next')).resolves.toBe('in-house')
      await expect(page.getByTestId('debrief-objectives').locator('[data-met="true"]').count()).resolves.toBe(2)
      await expect(page.getByTestId('debrief-carry').textContent()).resolves.toMatch(/Reputation/)
      await expect(page.getByTestId('debrief-unlocked').textContent()).resolves.toContain('Going in-house')
      await page.screenshot({ path: screenshotPath('campaign-debrief') })

      await page.getByTestId('debrief-next').click()
      await expect(page.getByTestId('chapter-scramble').getAttribute('data-state')).resolves.toBe('won')
      await expect(page.getByTestId('chapter-in-house').getAttribute('data-state')).resolves.toBe('available')
      await expect(page.getByTestId('chapter-briefing').getAttribute('data-chapter')).resolves.toBe('in-house')
      await expect(page.getByTestId('carried-in').textContent()).resolves.toMatch(/Cash/)
      await expect(page.getByTestId('briefing-image').getAttribute('data-kind')).resolves.toBe('die')
      // The tutorial is done: it can be replayed from here.
      await expect(page.getByTestId('chapter-scramble').click().then(() => page.getByTestId('tutorial-replay').count())).resolves.toBe(1)
      await page.getByTestId('chapter-in-house').click()
      await page.screenshot({ path: screenshotPath('campaign-unlocked') })
      expect(errors).toEqual([])
      await page.close()
    }
  )
})
