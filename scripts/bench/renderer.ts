/**
 * Bench section: the renderer in headless Chromium (Debian's chromium via playwright-core)
 * against the real web host and the built renderer (`out/renderer` from `npm run build:test`:
 * the map harness is a test hook a production build leaves out; this section builds nothing).
 * Figures:
 * - `mainMenuInteractiveMs`: navigation → the title screen's ready flag (the main menu's
 *   stand-in), fresh browser context each run, median of 5.
 * - `mapFps500Flows`, `mapRenderer`: frames per second of the map harness with 500
 *   animated flows over 3 s, and the renderer Pixi chose (webgl / webgpu / canvas).
 * - `mapFps500FlowsCanvasRenderer`: the same with WebGL switched off (Pixi's canvas renderer).
 * - `blankPageFps`: an empty page's frame rate in the same browser, the machine's ceiling,
 *   and `titleBackdropFps`, the title screen's (the simplest WebGL scene we have): read the
 *   map's figure against both (headless WebGL is SwiftShader, i.e. the CPU).
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createSessionHost, startWebHost, type WebHost } from '../../app/host'
import type { BenchSection } from './section'

const ROOT = path.resolve(__dirname, '../..')
const RENDERER_OUT = path.join(ROOT, 'out/renderer')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLOWS = 500
const FPS_WINDOW_MS = 3000

/** Frames per second over `ms`, counted with requestAnimationFrame in the page. */
function pageFps(page: Page, ms: number): Promise<number> {
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async (windowMs) => {
    let frames = 0
    const start = performance.now()
    while (performance.now() - start < windowMs) {
      await new Promise<void>((resolve) => (globalThis as unknown as PageGlobals).requestAnimationFrame(resolve))
      frames++
    }
    return frames / ((performance.now() - start) / 1000)
  }, ms)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/**
 * What the page's globals look like to these callbacks. Scripts compile without the DOM
 * library, and the callbacks run in the page, so they reach its globals through this.
 */
interface PageGlobals {
  document: { documentElement: { dataset: Record<string, string | undefined> } }
  requestAnimationFrame(callback: () => void): number
  __scMap?: { particleCount(): number }
}

const round1 = (x: number): number => Math.round(x * 10) / 10

async function mainMenuMs(browser: Browser, host: WebHost): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const start = performance.now()
    await page.goto(host.url)
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset.ready === 'title', null, { timeout: 30_000, polling: 10 })
    times.push(performance.now() - start)
    await context.close()
  }
  return Math.round(median(times))
}

async function mapFps(browser: Browser, host: WebHost): Promise<{ fps: number; renderer: string; particles: number; readyMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const start = performance.now()
  await page.goto(`${host.url}&view=map-demo&flows=${FLOWS}`)
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset.ready === 'map', null, { timeout: 60_000, polling: 10 })
  const readyMs = performance.now() - start
  await page.waitForTimeout(1000) // warm-up: caches, first zoom-settle redraw
  const fps = await pageFps(page, FPS_WINDOW_MS)
  const renderer = (await page.getByTestId('map-view').getAttribute('data-renderer')) ?? 'unknown'
  const particles = await page.evaluate(() => (globalThis as unknown as PageGlobals).__scMap?.particleCount() ?? 0)
  await page.close()
  return { fps: round1(fps), renderer, particles, readyMs: Math.round(readyMs) }
}

async function titleFps(browser: Browser, host: WebHost): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(host.url)
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset.ready === 'title', null, { timeout: 30_000 })
  await page.waitForTimeout(1000)
  const fps = await pageFps(page, FPS_WINDOW_MS)
  await page.close()
  return round1(fps)
}

async function blankFps(browser: Browser): Promise<number> {
  const page = await browser.newPage()
  await page.goto('about:blank')
  const fps = await pageFps(page, 1500)
  await page.close()
  return round1(fps)
}

export const rendererSection: BenchSection = {
  name: 'renderer (headless chromium)',
  async run() {
    if (!existsSync(path.join(RENDERER_OUT, 'index.html'))) return { rendererBuilt: 'no' }
    if (!readdirSync(path.join(RENDERER_OUT, 'assets')).some((f) => f.startsWith('MapDemoScreen-'))) return { rendererBuilt: 'production build, no map harness (npm run build:test)' }
    if (!existsSync(CHROMIUM)) return { chromium: 'missing' }
    const host = await startWebHost({ rendererDir: RENDERER_OUT, handlers: createSessionHost() })
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true })
    try {
      const menu = await mainMenuMs(browser, host)
      const map = await mapFps(browser, host)
      const blank = await blankFps(browser)
      const title = await titleFps(browser, host)
      const canvasBrowser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-3d-apis'] })
      const canvas = await mapFps(canvasBrowser, host).finally(() => canvasBrowser.close())
      return {
        mainMenuInteractiveMs: menu,
        mapFps500Flows: map.fps,
        mapRenderer: map.renderer,
        mapParticles500Flows: map.particles,
        mapReady500FlowsMs: map.readyMs,
        mapFps500FlowsCanvasRenderer: canvas.fps,
        mapRendererWithoutWebGL: canvas.renderer,
        blankPageFps: blank,
        titleBackdropFps: title,
      }
    } finally {
      await browser.close()
      await host.close()
    }
  },
}
