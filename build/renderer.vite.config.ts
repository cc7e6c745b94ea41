/**
 * The renderer's Vite config, used by electron-vite (electron.vite.config.ts) and on its
 * own by `npm run dev` without Electron (`vite build --watch --mode development`). It lives in
 * build/, not renderer/, because it is node-side build code and renderer/ holds only page code.
 *
 * Test hooks: `__SC_TEST_HOOKS__` is true in every mode but `production` (the browser tests'
 * `npm run build:test` / `npm test` build in mode `test`, `npm run dev` in `development`). It
 * guards the developer/test harnesses (`&view=map-demo`, `&view=panels-demo`) and
 * `window.__scMap`; in a production build the guarded code is dropped, and
 * tests/security/production-bundle.test.ts checks none of it is in the bundle.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type UserConfig } from 'vite'
import { buildDefines } from './build-id'

/** Whether a build in `mode` carries the test hooks. */
export function withTestHooks(mode: string): boolean {
  return mode !== 'production'
}

/** The renderer's config for a build mode. */
export function rendererConfig(mode: string): UserConfig {
  return {
    root: resolve(__dirname, '../renderer'),
    base: './',
    define: { ...buildDefines(), __SC_TEST_HOOKS__: JSON.stringify(withTestHooks(mode)) },
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, '../out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input: resolve(__dirname, '../renderer/index.html') },
    },
  }
}

export default defineConfig(({ mode }) => rendererConfig(mode))
