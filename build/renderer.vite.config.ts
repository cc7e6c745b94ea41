/**
 * The renderer's Vite config, used by electron-vite (electron.vite.config.ts) and on its
 * own by `npm run dev` without Electron (`vite build --watch`). It lives in build/, not
 * renderer/, because it is node-side build code and renderer/ holds only page code.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { buildDefines } from './build-id'

export default defineConfig({
  root: resolve(__dirname, '../renderer'),
  base: './',
  define: buildDefines(),
  plugins: [react()],
  build: {
    outDir: resolve(__dirname, '../out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { input: resolve(__dirname, '../renderer/index.html') },
  },
})
