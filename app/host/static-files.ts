/**
 * Serves the built renderer (out/renderer) to the web host's browser: GET and HEAD only,
 * no directory listings, and no path can escape the root.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

/** The file a URL path names inside `root`, or null when it would leave it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '/')
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = path.resolve(root, relative)
  const rootWithSep = path.resolve(root) + path.sep
  return full.startsWith(rootWithSep) ? full : null
}

/** A file ready to send. */
export interface StaticFile {
  body: Buffer
  contentType: string
}

/** Reads a static file, or null when it does not exist or is not a plain file. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const file = resolveStaticPath(root, urlPath)
  if (file === null) return null
  try {
    const info = await stat(file)
    if (!info.isFile()) return null
    const body = await readFile(file)
    const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
    return { body, contentType }
  } catch {
    return null
  }
}
