/**
 * Builds main, preload and renderer (electron-vite). The layout is not electron-vite's
 * default `src/*`, so every entry is named. Output: out/main, out/preload, out/renderer.
 * `--mode test` (npm run build:test, npm test) builds the renderer with its test hooks; the
 * default production mode without them (build/renderer.vite.config.ts).
 */
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { buildDefines } from './build/build-id'
import { rendererConfig } from './build/renderer.vite.config'

export default defineConfig(({ mode }) => ({
  main: {
    define: buildDefines(),
    build: {
      outDir: 'out/main',
      // The engine worker (AI and quarter resolution off the main thread) is its own entry:
      // out/main/engine-worker.js, found by app/host/game/engine-pool.ts beside the bundle.
      lib: { entry: { index: resolve(__dirname, 'app/main/index.ts'), 'engine-worker': resolve(__dirname, 'app/host/game/engine-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require node_modules: bundle what it uses.
      externalizeDeps: false,
      lib: { entry: resolve(__dirname, 'app/preload/index.ts') },
    },
  },
  renderer: rendererConfig(mode),
}))
