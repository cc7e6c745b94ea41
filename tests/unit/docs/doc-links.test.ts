/**
 * Every relative reference in the documentation (docs/*.md and README.md) points at a file or
 * folder that exists inside this repository: Markdown links (`[text](path)`, `[id]: path`),
 * backticked paths that start with `./` or `../` (relative to the document), and backticked
 * paths that start with one of the repository's top folders (`docs/saves.md`,
 * `app/host/dispatch.ts`, relative to the root). Web addresses, anchors and paths with
 * placeholders (`<dir>`, `*`, `…`) are not checked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '../../..')
const TOP_FOLDERS = new Set(readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.') && !['node_modules', 'out', 'dist', 'test-results'].includes(e.name)).map((e) => e.name))

/** The references of one document that lead nowhere (or out of the repository), as `kind target`. */
function brokenReferences(doc: string, text: string, exists: (absolute: string) => boolean = existsSync): string[] {
  const broken: string[] = []
  const check = (kind: string, target: string, from: string): void => {
    const absolute = path.resolve(from, target.split('#')[0]?.split('?')[0] ?? '')
    const inside = absolute === ROOT || absolute.startsWith(`${ROOT}${path.sep}`)
    if (!inside || !exists(absolute)) broken.push(`${kind} ${target}`)
  }
  const here = path.dirname(path.join(ROOT, doc))
  const links = [...text.matchAll(/\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g), ...text.matchAll(/^\s*\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)]
  for (const [, target] of links) {
    if (target === undefined || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue
    check('link', target, here)
  }
  for (const [, quoted] of text.matchAll(/`([^`\s]+)`/g)) {
    if (quoted === undefined || /[*<>…{}|$]/.test(quoted)) continue
    if (quoted.startsWith('./') || quoted.startsWith('../')) check('path', quoted, here)
    else if (TOP_FOLDERS.has(quoted.split('/')[0] ?? '') && quoted.includes('/') && /(\.[a-z0-9]+|\/)$/i.test(quoted)) check('path', quoted, ROOT)
  }
  return broken
}

const DOCS = [...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), 'README.md']

describe('documentation links', () => {
  it('finds what a broken reference looks like (the checker works)', () => {
    const text = [
      'See [saves](saves.md), [gone](missing.md#part), [up](../README.md), [out](../../elsewhere.md) and [web](https://example.com).',
      '[ref]: ./nowhere.md',
      '`../shared/design/GAME.md`, `docs/engine.md`, `app/host/not-there.ts`, `renderer/src/`, `npm run build`, `<dir>/mods.json`.',
    ].join('\n')
    expect(brokenReferences('docs/example.md', text)).toEqual(['link missing.md#part', 'link ../../elsewhere.md', 'link ./nowhere.md', 'path ../shared/design/GAME.md', 'path app/host/not-there.ts'])
  })

  it.each(DOCS)('%s points only at files that exist in the repository', (doc) => {
    expect(brokenReferences(doc, readFileSync(path.join(ROOT, doc), 'utf8'))).toEqual([])
  })
})
