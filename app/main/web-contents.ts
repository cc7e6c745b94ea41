/**
 * Hardening applied to every web contents the app creates (the game window and anything
 * a bug might open): no navigation away from the page, no new windows, no <webview>.
 * The page is a single-page app: it never needs to navigate, so everything is refused.
 */
import type { Event, WebContents } from 'electron'

/** The part of WebContents the hardening touches (tests pass a fake). */
export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

const refuse = (event: Event): void => event.preventDefault()

/** Blocks navigation, redirects, window.open and <webview> for one web contents. */
export function hardenWebContents(contents: HardenableContents): void {
  contents.on('will-navigate', refuse)
  contents.on('will-frame-navigate', refuse)
  contents.on('will-redirect', refuse)
  contents.on('will-attach-webview', refuse)
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
