/**
 * The exported debrief opens in chromium with the network cut off: the host builds the
 * debrief as data, the renderer's page (`renderDebriefPageWithTexts`, the debrief screen's
 * components through renderToStaticMarkup) is written to a temp file, opened over file:, every
 * request that is not file: is recorded (and aborted), and none may happen. The key sections
 * must be visible; the full page is saved as test-results/debrief.png (and
 * debrief-quarters.png with every quarter opened).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGame } from '../../app/engine'
import { GameSession, type SeatSetup } from '../../app/host'
import { loadDataFolder } from '../../app/host/data/data-folder'
import { buildDebrief } from '../../app/host/debrief'
import { renderDebriefPageWithTexts } from '../../renderer/src/screens/debrief/debrief-page'
import { chromiumPath, connectBrowser, ROOT, screenshotPath, watchConsole } from './support/browser'

const unavailable = chromiumPath() === null ? 'chromium is not installed (apt-get install -y chromium)' : null
if (unavailable !== null && process.env.CI === 'true') throw new Error(`Browser tests cannot run: ${unavailable}. Under CI=true they are required.`)
if (unavailable !== null) console.warn(`Skipping the debrief browser test: ${unavailable}.`)

/** A classroom game with people on two seats (their plans: the AI's), a facilitator's moves, played to its end. */
function classroomGame(): string {
  const loaded = loadDataFolder(path.join(ROOT, 'game-data/base'))
  if (!loaded.ok || loaded.rules === undefined) throw new Error('the base game does not load')
  const rules = loaded.rules
  const scenario = rules.scenarios.classroom
  if (scenario === undefined) throw new Error('no classroom scenario')
  const seats: SeatSetup[] = scenario.seats.map((faction) => ({ faction, controller: 'ai', name: faction, difficulty: 'normal' }))
  seats[0] = { faction: scenario.seats[0] ?? 'usa', controller: 'human', name: 'Amira & Jonas', difficulty: 'normal' }
  const created = createGame(rules, { scenarioId: 'classroom', seats: seats.map((s) => s.faction), seed: 7 })
  if (!created.ok) throw new Error(created.message)
  const session = GameSession.restore({ rules, data: [], scenarioId: 'classroom', seed: 7, seats }, created.state, [])
  let quarter = 0
  while (session.state.over === null) {
    if (quarter === 2) session.intervene({ kind: 'adjust-tension', delta: -10 })
    if (quarter === 4) session.intervene({ kind: 'inject-event', event: 'deepseek-moment' })
    const human = seats[0]
    if (human !== undefined) {
      session.submit(human.faction, [{ kind: 'enact-policy', policy: 'hbm-control' }, { kind: 'list-entity', entity: 'huawei' }])
      session.endTurn(human.faction)
    }
    session.resolve()
    quarter++
  }
  const debrief = buildDebrief({ scenarioId: 'classroom', seed: 7, seats, orderLog: session.orderLog, finalState: session.state, generatedAt: '2026-11-29T08:00:00.000Z' })
  const css = readFileSync(path.join(ROOT, 'renderer/src/screens/debrief/debrief.css'), 'utf8')
  return renderDebriefPageWithTexts(debrief, rules.locales.en?.texts ?? {}, css)
}

describe.skipIf(unavailable !== null)('the debrief opens offline in chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await connectBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('loads nothing from the network, shows every section and is screenshotted', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-debrief-'))
    const file = path.join(dir, 'debrief.html')
    writeFileSync(file, classroomGame())

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.setOffline(true)
    const network: string[] = []
    await context.route('**/*', async (route) => {
      const url = route.request().url()
      if (url.startsWith('file:')) return route.continue()
      network.push(url)
      return route.abort()
    })
    const page = await context.newPage()
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) network.push(request.url())
    })
    const errors = watchConsole(page)
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })

    await expect.poll(() => page.locator('h1').textContent()).toContain('Classroom')
    for (const id of ['outcome', 'charts', 'moments', 'quarters', 'history', 'sources']) {
      expect(await page.locator(`section#${id}`).isVisible(), `section #${id} is visible`).toBe(true)
    }
    expect(await page.locator('.winner').textContent()).toMatch(/Winner|No winner/)
    expect(await page.locator('#charts svg').count()).toBeGreaterThanOrEqual(5)
    expect(await page.locator('#charts svg path').count()).toBeGreaterThan(5)
    expect(await page.locator('.standings tbody tr').count()).toBe(8)
    expect(await page.locator('.timeline li').count()).toBeGreaterThan(3)
    expect(await page.locator('details.quarter').count()).toBe(8)
    expect(await page.locator('#history table.history tbody tr').count()).toBeGreaterThan(5)
    expect(await page.locator('.seats').textContent()).toContain('Amira & Jonas')
    expect(await page.locator('#moments').textContent()).toContain('The facilitator')
    await page.screenshot({ path: screenshotPath('debrief'), fullPage: true })

    // Every quarter opened: what each side ordered and what came of it.
    await page.locator('details.quarter summary').first().click()
    expect(await page.locator('details.quarter').first().locator('.seats-q').isVisible()).toBe(true)
    expect(await page.locator('details.quarter').first().locator('.orders li').count()).toBeGreaterThan(0)
    await page.locator('details.quarter').nth(1).locator('summary').click()
    await page.locator('details.quarter').first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('debrief-quarters'), fullPage: false })

    expect(network, 'requests that left the file').toEqual([])
    expect(errors, 'console errors (a CSP violation would show here)').toEqual([])
    await context.close()
  })
})
