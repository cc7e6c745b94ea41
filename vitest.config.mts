/**
 * Vitest: unit, property, integration and browser end-to-end tests, all under tests/.
 * Browser tests need the renderer built into out/ (`npm test` builds first) and Debian's
 * chromium; under CI=true they are required, never skipped.
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: the browser tests are heavy, so keep files to two at a time.
    maxWorkers: 2,
  },
})
