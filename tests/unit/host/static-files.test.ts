import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveStaticPath } from '../../../app/host/static-files'

const root = path.resolve('/srv/renderer')

describe('resolveStaticPath', () => {
  it('maps / to index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'))
  })

  it('maps an asset path inside the root and ignores the query', () => {
    expect(resolveStaticPath(root, '/assets/app.js?v=1')).toBe(path.join(root, 'assets/app.js'))
  })

  it('refuses paths that climb out of the root, encoded or not', () => {
    expect(resolveStaticPath(root, '/../secret.txt')).toBeNull()
    expect(resolveStaticPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull()
    expect(resolveStaticPath(root, '/assets/..%2f..%2fsecret')).toBeNull()
  })

  it('refuses malformed escapes and NUL bytes', () => {
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull()
    expect(resolveStaticPath(root, '/index.html%00.png')).toBeNull()
  })
})
