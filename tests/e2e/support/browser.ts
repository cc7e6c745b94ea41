/**
 * Browser end-to-end support: Debian's chromium through playwright-core, against a real
 * web host serving the built renderer. Under CI=true a missing browser or build fails the
 * suite; on a developer machine without chromium the browser tests are skipped with a note.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe } from 'vitest'
import { createSessionHost, startWebHost, type GameHost, type WebHost } from '../../../app/host'

export const ROOT = path.resolve(__dirname, '../../..')
/** The built renderer (`SC_RENDERER_OUT` points elsewhere, e.g. a copy a concurrent build cannot change). */
export const RENDERER_OUT = process.env.SC_RENDERER_OUT ?? path.join(ROOT, 'out/renderer')
export const RESULTS_DIR = path.join(ROOT, 'test-results')

/** Where chromium is, or null. `CHROMIUM_PATH` overrides the Debian location. */
export function chromiumPath(): string | null {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  return existsSync(candidate) ? candidate : null
}

/** Why browser tests cannot run here, or null when they can. Throws under CI. */
export function browserUnavailable(): string | null {
  const reasons: string[] = []
  if (chromiumPath() === null) reasons.push('chromium is not installed (apt-get install -y chromium)')
  if (!existsSync(path.join(RENDERER_OUT, 'index.html'))) reasons.push('the renderer is not built (npm run build)')
  if (reasons.length === 0) return null
  const message = `Browser tests cannot run: ${reasons.join('; ')}.`
  if (process.env.CI === 'true') throw new Error(`${message} Under CI=true they are required.`)
  return message
}

/** Launches headless chromium with the flags known to work on these machines. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath()
  if (executablePath === null) throw new Error('chromium is not installed')
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  })
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

/** What a browser suite's tests use: one chromium and one web host for the whole file. */
export interface BrowserSuite {
  browser: Browser
  /** The web host, with the game host behind it (tests may look into the running game). */
  host: WebHost & { game: GameHost }
}

/**
 * A describe block that runs in chromium against a fresh web host: launched before the
 * tests, closed after. Skipped with a note where chromium or the build is missing (and
 * failing instead under CI=true, see `browserUnavailable`).
 */
export function describeInBrowser(name: string, body: (suite: BrowserSuite) => void): void {
  const unavailable = browserUnavailable()
  if (unavailable !== null) console.warn(`[e2e skipped] ${unavailable}`)
  describe.skipIf(unavailable !== null)(name, () => {
    const suite = {} as BrowserSuite
    beforeAll(async () => {
      ;[suite.browser, suite.host] = await Promise.all([launchBrowser(), startTestHost()])
    })
    afterAll(async () => {
      await Promise.all([suite.browser?.close(), suite.host?.close()])
    })
    body(suite)
  })
}
