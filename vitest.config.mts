/**
 * Vitest: every test under tests/, in four projects that can run alone (docs/testing.md):
 * `unit` (functions, lint rules, content, security scans), `property` (seeded random play and
 * mutated data), `integration` (the host over a real WebSocket, saves on disk) and `browser`
 * (Debian's chromium through playwright-core against the web host and the built renderer).
 * `npm test` builds first; under CI=true the browser tests are required, never skipped.
 * Every run ends with the ten slowest tests and files (tests/support/slowest-reporter.ts) and
 * leaves test-results/vitest.json.
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    // Backstops, not waits: generous enough for two cores kept busy by something else too
    // (`npm run test:busy`); a test's own waits are on states.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two cores: two files at a time, the browser's own processes beside them.
    maxWorkers: 2,
    // The JSON report is what .ci/run counts (`N passed, N failed`).
    reporters: ['default', './tests/support/slowest-reporter.ts', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/security/**/*.test.ts'] } },
      { extends: true, test: { name: 'property', include: ['tests/property/**/*.test.ts'], testTimeout: 300_000 } },
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 300_000 } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          // One chromium for the whole run; each file connects to it (tests/e2e/support/browser-server.ts).
          globalSetup: ['./tests/e2e/support/browser-server.ts'],
          // Waits inside a test are on states, each with its own scaled timeout; this is the backstop.
          testTimeout: 300_000,
        },
      },
    ],
  },
})
