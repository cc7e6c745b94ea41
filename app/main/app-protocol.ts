/**
 * Serves the built renderer from the custom app:// scheme (not file://), with the CSP as
 * a response header. Pure over its inputs so tests can call it without Electron.
 */
import { contentSecurityPolicy } from '../host'
import { readStaticFile } from '../host/static-files'

/** Answers one app:// request from the files in `rendererDir`. */
export async function handleAppRequest(requestUrl: string, rendererDir: string): Promise<Response> {
  const url = new URL(requestUrl)
  const file = await readStaticFile(rendererDir, url.pathname)
  if (file === null) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
