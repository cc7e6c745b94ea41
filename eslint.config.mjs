// ESLint flat config. Besides style, it enforces the layer boundaries of
// docs/architecture.md: what each folder may import, and that the engine stays pure
// (no electron, node, DOM, Math.random or Date: the game must replay bit for bit).
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'stream', 'worker_threads', 'url', 'util', 'events', 'module']
const nodeImports = [...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`), 'node:*']

/** A no-restricted-imports rule from groups of forbidden patterns with a reason each. */
function forbid(...groups) {
  return ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }]
}

const ENGINE_PURE = 'app/engine is pure and deterministic: no electron, node, DOM, network or UI (docs/architecture.md).'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'tests/fixtures/lint/**', 'game-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['app/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': forbid(
        [['electron', 'electron/*', ...nodeImports], ENGINE_PURE],
        [['ws', 'react', 'react-dom', 'react/*', 'pixi.js', 'pixi.js/*', 'electron-log', 'electron-log/*'], ENGINE_PURE],
        [['**/host', '**/host/*', '**/main', '**/main/*', '**/preload', '**/preload/*', '**/protocol', '**/protocol/*', '**/renderer/**'], 'app/engine imports only itself (and immer, zod, pure-rand).'],
      ),
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'The engine keeps game time in quarters; wall-clock time breaks replays.' },
        { name: 'performance', message: 'Timing belongs in the host or the bench, not the engine.' },
        { name: 'crypto', message: 'Randomness comes from the PRNG in the game state.' },
        { name: 'window', message: ENGINE_PURE },
        { name: 'document', message: ENGINE_PURE },
        { name: 'process', message: ENGINE_PURE },
        { name: 'require', message: ENGINE_PURE },
        { name: 'setTimeout', message: ENGINE_PURE },
        { name: 'setInterval', message: ENGINE_PURE },
        { name: 'fetch', message: ENGINE_PURE },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG kept in the game state (app/engine/rng).' },
      ],
    },
  },
  {
    files: ['app/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [['electron', 'electron/*', ...nodeImports, 'ws', 'react', 'pixi.js', 'electron-log'], 'app/protocol declares the contract only: no side effects, no platform imports.'],
        [['**/host', '**/host/*', '**/main', '**/main/*', '**/preload', '**/preload/*', '**/renderer/**'], 'app/protocol may import engine types only.'],
      ),
    },
  },
  {
    files: ['app/host/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [['electron', 'electron/*', 'electron-log', 'electron-log/*'], 'app/host runs without Electron (tests drive it over a real WebSocket).'],
        [['**/main', '**/main/*', '**/preload', '**/preload/*', '**/renderer/**', 'react', 'pixi.js'], 'app/host may import engine, protocol and node only.'],
      ),
    },
  },
  {
    files: ['app/main/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [['**/engine', '**/engine/*'], 'app/main is wiring only: game rules are reached through the host.'],
        [['**/preload', '**/preload/*', '**/renderer/**', 'react', 'pixi.js'], 'app/main may import host, protocol and electron only.'],
      ),
    },
  },
  {
    files: ['app/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [[...nodeImports, '**/engine', '**/engine/*', '**/host', '**/host/*', '**/main', '**/main/*', '**/renderer/**'], 'app/preload exposes the contract only (protocol + electron).'],
      ),
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': forbid(
        [['electron', 'electron/*', ...nodeImports, 'ws', 'electron-log'], 'The renderer is untrusted web content: no node or electron.'],
        [['**/app/engine', '**/app/engine/*', '**/app/engine/**', '**/app/host', '**/app/host/**', '**/app/main', '**/app/main/**', '**/app/preload', '**/app/preload/**'], 'The renderer talks to the game only through GameApi (app/protocol).'],
      ),
    },
  },
)
