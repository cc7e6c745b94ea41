/**
 * The browser project's global set-up: headless chromium for the whole run, started as
 * Playwright browser servers that every test file connects to (a file no longer pays for its
 * own browser start). Two of them:
 * - `chromiumEndpoint`, WebGL switched off: Pixi falls back to its canvas renderer, as it does
 *   on a machine whose GPU is unusable. Here, without a GPU, WebGL is SwiftShader's software
 *   emulation, about four times slower per quarter than canvas; the tests about screens,
 *   orders and the classroom use this one.
 * - `chromiumWebglEndpoint`, WebGL on (SwiftShader): the tests about drawing (the map, the
 *   title backdrop) use it, so the renderer players get is the one they check.
 * Where chromium is missing the endpoints are null and `describeInBrowser` skips with a note
 * (or fails under CI).
 */
import type { TestProject } from 'vitest/node'
import { chromium, type BrowserServer } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from './chromium'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared chromium (WebGL off) as a WebSocket endpoint, or null where chromium is not installed. */
    chromiumEndpoint: string | null
    /** The shared chromium with WebGL, or null. */
    chromiumWebglEndpoint: string | null
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = chromiumPath()
  const servers: BrowserServer[] = []
  const launch = async (args: string[]): Promise<string | null> => {
    if (executablePath === null) return null
    const server = await chromium.launchServer({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...args] })
    servers.push(server)
    return server.wsEndpoint()
  }
  const [plain, webgl] = await Promise.all([launch(['--disable-webgl', '--disable-webgl2']), launch([])])
  project.provide('chromiumEndpoint', plain)
  project.provide('chromiumWebglEndpoint', webgl)
  return async () => {
    await Promise.all(servers.map((server) => server.close()))
  }
}
