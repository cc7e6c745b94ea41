import type { GameApi } from '../../app/protocol'

declare global {
  interface Window {
    /** Present under Electron (exposed by the preload); absent in the browser. */
    game?: GameApi
  }
}
