/**
 * Builds main, preload and renderer (electron-vite). The layout is not electron-vite's
 * default `src/*`, so every entry is named. Output: out/main, out/preload, out/renderer.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { buildDefines } from './build/build-id'
import renderer from './build/renderer.vite.config'

export default defineConfig({
  main: {
    define: buildDefines(),
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'app/main/index.ts') },
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
  renderer,
})
