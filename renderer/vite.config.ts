/**
 * The renderer's Vite config, used by electron-vite (electron.vite.config.ts) and on its
 * own by `npm run dev` without Electron (`vite build --watch`).
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { buildDefines } from '../build/build-id'

export default defineConfig({
  root: __dirname,
  base: './',
  define: buildDefines(),
  plugins: [react()],
  build: {
    outDir: resolve(__dirname, '../out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { input: resolve(__dirname, 'index.html') },
  },
})
