import type { GameApi } from '../../app/protocol'

declare global {
  interface Window {
    /** Present under Electron (exposed by the preload); absent in the browser. */
    game?: GameApi
  }
  /**
   * Whether this build carries the test hooks (the map and panels harnesses, `window.__scMap`):
   * true in dev and test builds, false in production, where the code it guards is dropped
   * (build/renderer.vite.config.ts).
   */
  const __SC_TEST_HOOKS__: boolean
}
