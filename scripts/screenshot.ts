/**
 * Takes a screenshot of a running game in Debian's chromium, for looking at what a player
 * sees: `npx tsx scripts/screenshot.ts <address printed by npm start> <out.png>`.
 */
import { chromium } from 'playwright-core'

async function main(): Promise<void> {
  const [url, out = 'test-results/screenshot.png'] = process.argv.slice(2)
  if (url === undefined) {
    process.stderr.write('usage: tsx scripts/screenshot.ts <url> [out.png]\n')
    process.exit(2)
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  page.on('console', (m) => m.type() === 'error' && process.stderr.write(`console error: ${m.text()}\n`))
  await page.goto(url)
  // A function, not a string: the page's CSP forbids eval, which a string predicate needs.
  type PageGlobals = { document: { documentElement: { dataset: Record<string, string | undefined> } } }
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset.ready !== undefined, null, { timeout: 20_000 })
  await page.waitForTimeout(300)
  await page.screenshot({ path: out })
  process.stdout.write(`saved ${out}\n`)
  await browser.close()
}

void main()
