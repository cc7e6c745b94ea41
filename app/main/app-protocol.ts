/**
 * Serves the built renderer from the custom app:// scheme (not file://), with the CSP as
 * a response header. `handleAppRequest` is pure over its inputs so tests can call it
 * without Electron; the two functions below wire it into Electron's protocol module.
 */
import type { Protocol } from 'electron'
import { contentSecurityPolicy } from '../host'
import { readStaticFile } from '../host/static-files'

/** The scheme and host the page is served from: `app://silicon-curtain/index.html`. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'silicon-curtain'

/**
 * The scheme's privileges: `standard` (relative URLs and an origin), `secure` (like
 * https), fetch for the page's own assets. No `bypassCSP`, no `corsEnabled`.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const

/** Answers one app:// request from the files in `rendererDir`. */
export async function handleAppRequest(requestUrl: string, rendererDir: string): Promise<Response> {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return new Response('Bad request', { status: 400 })
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return new Response('Not found', { status: 404 })
  const file = await readStaticFile(rendererDir, url.pathname)
  if (file === null) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
    },
  })
}

/** Declares app:// as a privileged scheme; must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }])
}

/** Serves app:// from `rendererDir`; runs once the app is ready. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request.url, rendererDir))
}
