import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const HOST = path.resolve(__dirname, '../../../app/host')
/** The longest a function in the host may be: past it, a concern wants its own module. */
const MAX_LINES = 150

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** Every function (declarations, expressions, arrows, methods) longer than `max` lines in `file`, as `file:line name (n lines)`. */
export function longFunctions(file: string, text: string, max: number): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      const lines = end - start + 1
      if (lines > max) {
        const name = node.name !== undefined && ts.isIdentifier(node.name) ? node.name.text : ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name.text : '(anonymous)'
        found.push(`${path.relative(HOST, file)}:${start + 1} ${name} (${lines} lines)`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('the host', () => {
  it(`has no function longer than ${MAX_LINES} lines`, () => {
    const long = sourceFiles(HOST).flatMap((file) => longFunctions(file, readFileSync(file, 'utf8'), MAX_LINES))
    expect(long).toEqual([])
  })

  it('finds a long function, an arrow in a variable included', () => {
    const body = Array.from({ length: 5 }, (_, i) => `  const a${i} = ${i}`).join('\n')
    expect(longFunctions(path.join(HOST, 'x.ts'), `const f = () => {\n${body}\n}\nfunction g() {}\n`, 4)).toEqual(['x.ts:1 f (7 lines)'])
  })
})
