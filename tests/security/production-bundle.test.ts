/**
 * Test hooks do not ship: the renderer built for production (`npm run build`, `npm run dist`)
 * has no `window.__scMap` and no harness routes or chunks (`map-demo`, `panels-demo`), while the
 * same config in mode `test` (the browser tests' build) has them, which shows the search would
 * find them. Both are built here, into temporary folders, from the real config.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { build } from 'vite'
import { rendererConfig } from '../../build/renderer.vite.config'
import { testHookMarkersIn, TEST_HOOK_MARKERS } from '../support/test-hooks'

const folders: string[] = []

async function buildRenderer(mode: 'production' | 'test'): Promise<string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), `sc-renderer-${mode}-`))
  folders.push(outDir)
  const config = rendererConfig(mode)
  await build({ ...config, configFile: false, mode, logLevel: 'silent', build: { ...config.build, outDir, emptyOutDir: true } })
  return outDir
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

describe('the production renderer bundle', () => {
  it('carries no test hook, where the test build carries every one', async () => {
    const [production, test] = [await buildRenderer('production'), await buildRenderer('test')]
    // The production build is the whole app: its entry and the lazy game screens are there.
    const assets = readdirSync(path.join(production, 'assets'))
    expect(assets.some((f) => f.startsWith('GameScreen-'))).toBe(true)
    expect(testHookMarkersIn(production)).toEqual([])
    const inTest = testHookMarkersIn(test)
    for (const marker of TEST_HOOK_MARKERS) expect(inTest.some((f) => f.startsWith(`${marker} in`)), marker).toBe(true)
  })
})
