/**
 * Browser end-to-end support: Debian's chromium through playwright-core, against a real web
 * host serving the built renderer. One chromium serves the whole run (browser-server.ts);
 * each file connects to it and starts its own web host. Under CI=true a missing browser or
 * build fails the suite; on a developer machine without chromium the browser tests are
 * skipped with a note.
 *
 * Waiting: every wait is on a state (a locator, `data-ready`, an event), with a timeout from
 * `TIMEOUTS` scaled by `SC_TIMEOUT_SCALE` for a slow machine. A wait that times out says what
 * it was waiting for and leaves a screenshot; a failed test leaves one of every page it opened
 * (test-results/failures/).
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, inject } from 'vitest'
import { createSessionHost, startWebHost, type GameHost, type WebHost } from '../../../app/host'
import { testHookMarkersIn } from '../../support/test-hooks'
import { chromiumPath } from './chromium'

export { chromiumPath }
export const ROOT = path.resolve(__dirname, '../../..')
/** The built renderer (`SC_RENDERER_OUT` points elsewhere, e.g. a copy a concurrent build cannot change). */
export const RENDERER_OUT = process.env.SC_RENDERER_OUT ?? path.join(ROOT, 'out/renderer')
export const RESULTS_DIR = path.join(ROOT, 'test-results')

/** How much longer than on an idle machine waits may take (`SC_TIMEOUT_SCALE`, default 1). */
export const TIMEOUT_SCALE = Math.max(1, Number(process.env.SC_TIMEOUT_SCALE ?? '1') || 1)
const scaled = (ms: number): number => Math.round(ms * TIMEOUT_SCALE)

/**
 * Upper bounds for waits. A wait ends as soon as its state holds, so these cost nothing on a
 * fast machine; they are set for two busy cores running software WebGL.
 */
export const TIMEOUTS = {
  /** A screen becoming ready, a control appearing, an action's target becoming actionable. */
  ready: scaled(60_000),
  /** A quarter resolving with AI seats and the renderer redrawing the map. */
  quarter: scaled(180_000),
} as const

let hooksSeen: boolean | null = null
/** Whether the built renderer carries its test hooks (`window.__scMap`, the harnesses): a test build. */
function hasTestHooks(): boolean {
  hooksSeen ??= testHookMarkersIn(RENDERER_OUT).some((found) => found.startsWith('__scMap in'))
  return hooksSeen
}

/** Why browser tests cannot run here, or null when they can. Throws under CI. */
export function browserUnavailable(): string | null {
  const reasons: string[] = []
  if (chromiumPath() === null) reasons.push('chromium is not installed (apt-get install -y chromium)')
  if (!existsSync(path.join(RENDERER_OUT, 'index.html'))) reasons.push('the renderer is not built (npm run build:test)')
  else if (!hasTestHooks()) reasons.push(`${RENDERER_OUT} is a production build, without the test hooks the tests read (npm run build:test)`)
  if (reasons.length === 0) return null
  const message = `Browser tests cannot run: ${reasons.join('; ')}.`
  if (process.env.CI === 'true') throw new Error(`${message} Under CI=true they are required.`)
  return message
}

/** Connects to the run's shared chromium (browser-server.ts): WebGL off (Pixi draws with canvas), or on with `webgl`. */
export async function connectBrowser({ webgl = false }: { webgl?: boolean } = {}): Promise<Browser> {
  const endpoint = inject(webgl ? 'chromiumWebglEndpoint' : 'chromiumEndpoint')
  if (endpoint === null || endpoint === undefined) throw new Error('chromium is not installed, so the browser server did not start')
  return chromium.connect(endpoint, { timeout: TIMEOUTS.ready })
}

/** Starts a web host over the built renderer with the base game, a fresh saves folder and in-memory settings. */
export async function startTestHost(): Promise<WebHost & { game: GameHost }> {
  const savesDir = mkdtempSync(path.join(os.tmpdir(), 'sc-e2e-saves-'))
  const game = createSessionHost({ dataDir: path.join(ROOT, 'game-data/base'), savesDir })
  const web = await startWebHost({ rendererDir: RENDERER_OUT, handlers: game })
  return { ...web, close: () => web.close(), game }
}

/** Collects console errors and uncaught page errors so a test can fail on any. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const where = message.location().url
    errors.push(where ? `${message.text()} (${where})` : message.text())
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  return errors
}

/** The path for a screenshot under test-results/, creating the folder. */
export function screenshotPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true })
  return path.join(RESULTS_DIR, `${name}.png`)
}

let failureShots = 0
/** Saves a screenshot of `page` under test-results/failures/ and answers its path (or why there is none). */
export async function failureScreenshot(page: Page, name: string): Promise<string> {
  failureShots += 1
  const file = path.join(RESULTS_DIR, 'failures', `${name.replace(/[^\w-]+/g, '-').slice(0, 80)}-${process.pid}-${failureShots}.png`)
  mkdirSync(path.dirname(file), { recursive: true })
  try {
    await page.screenshot({ path: file, timeout: 15_000 })
    return file
  } catch (error) {
    return `no screenshot (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
  }
}

/**
 * Waits until `predicate` holds in the page. On timeout it throws an error that names `what`
 * it was waiting for, the page's ready state, and the screenshot it took.
 */
export async function waitForState<A>(page: Page, what: string, predicate: (arg: A) => unknown, arg: A, timeout: number = TIMEOUTS.ready): Promise<void> {
  try {
    await page.waitForFunction(predicate as (arg: unknown) => unknown, arg as unknown, { timeout })
  } catch (error) {
    const ready = await page.evaluate(() => document.documentElement.dataset.ready ?? '(none)').catch(() => '(page gone)')
    const shot = await failureScreenshot(page, what)
    const cause = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new Error(`Waited ${(timeout / 1000).toFixed(0)} s for ${what}, in vain (the page's ready state: ${ready}; screenshot: ${shot}): ${cause}`, { cause: error })
  }
}

/** Waits for a screen to say it is ready (`data-ready` on the root element). */
export function waitReady(page: Page, state: string, timeout: number = TIMEOUTS.ready): Promise<void> {
  return waitForState(page, `the screen "${state}" (data-ready)`, (s) => document.documentElement.dataset.ready === s, state, timeout)
}

/** Options for a page: its viewport, and whether it asks for reduced motion (the default: nothing animates). */
export interface PageOptions {
  viewport?: { width: number; height: number }
  /** `full` animates the map and backdrop (the tests about animation); `reduced` (default) draws still frames. */
  motion?: 'reduced' | 'full'
  acceptDownloads?: boolean
}

/** What a browser suite's tests use: the shared chromium, the file's web host and a page factory. */
export interface BrowserSuite {
  browser: Browser
  /** The web host, with the game host behind it (tests may look into the running game). */
  host: WebHost & { game: GameHost }
  /**
   * A page in a context of its own: reduced motion unless asked, timeouts from `TIMEOUTS`,
   * a screenshot if the test fails, closed after the test.
   */
  page(options?: PageOptions): Promise<Page>
  /** A new context with the same defaults (for tests that need a fresh browser profile). */
  context(options?: PageOptions): Promise<BrowserContext>
}

/**
 * A describe block that runs in chromium against a fresh web host: connected and started
 * before the tests, closed after. With `webgl` it uses the chromium that has WebGL (the tests
 * about drawing); otherwise Pixi draws with its canvas renderer (browser-server.ts says why). Skipped with a note where chromium or the build is missing
 * (and failing instead under CI=true, see `browserUnavailable`).
 */
export function describeInBrowser(name: string, body: (suite: BrowserSuite) => void, options: { host?: () => Promise<WebHost & { game: GameHost }>; webgl?: boolean } = {}): void {
  const unavailable = browserUnavailable()
  if (unavailable !== null) console.warn(`[e2e skipped] ${unavailable}`)
  describe.skipIf(unavailable !== null)(name, () => {
    let contexts: BrowserContext[] = []
    const context = async (options: PageOptions = {}): Promise<BrowserContext> => {
      const made = await suite.browser.newContext({
        viewport: options.viewport ?? { width: 1440, height: 900 },
        reducedMotion: options.motion === 'full' ? 'no-preference' : 'reduce',
        acceptDownloads: options.acceptDownloads ?? false,
      })
      made.setDefaultTimeout(TIMEOUTS.ready)
      made.setDefaultNavigationTimeout(TIMEOUTS.ready)
      contexts.push(made)
      return made
    }
    const suite: BrowserSuite = {
      browser: undefined as unknown as Browser,
      host: undefined as unknown as BrowserSuite['host'],
      context,
      page: async (options) => (await context(options)).newPage(),
    }
    beforeAll(async () => {
      ;[suite.browser, suite.host] = await Promise.all([connectBrowser({ webgl: options.webgl === true }), (options.host ?? startTestHost)()])
    })
    afterEach(async (test) => {
      const failed = test.task.result?.state === 'fail'
      for (const made of contexts) {
        if (failed) for (const page of made.pages()) console.error(`[e2e] "${test.task.name}" failed; the page looked like this: ${await failureScreenshot(page, test.task.name)}`)
        await made.close().catch(() => undefined)
      }
      contexts = []
    })
    afterAll(async () => {
      await Promise.all([suite.browser?.close(), suite.host?.close()])
    })
    body(suite)
  })
}

/** Waits until the page has drawn two more frames (a change made now is on screen after it). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}
