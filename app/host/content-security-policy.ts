/**
 * The renderer's Content-Security-Policy, shared by Electron's app:// protocol and the web
 * host so both shells run the page under the same rules. No 'unsafe-eval' (Pixi is loaded
 * through pixi.js/unsafe-eval's polyfills instead) and no inline scripts.
 */

/** Builds the CSP header value; `connectSrc` adds the web host's WebSocket origin. */
export function contentSecurityPolicy(connectSrc: readonly string[] = []): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...connectSrc],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}
