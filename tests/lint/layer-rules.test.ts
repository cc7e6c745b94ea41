import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '../..')
const fixture = (name: string): string => readFileSync(path.join(ROOT, 'tests/fixtures/lint', name), 'utf8')

/** Lints `code` as if it were the file at `asPath`, returning the rules that fired. */
async function rulesFired(eslint: ESLint, code: string, asPath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, asPath) })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`)
}

describe('layer boundaries enforced by lint', () => {
  let eslint: ESLint
  beforeAll(() => {
    eslint = new ESLint({ cwd: ROOT })
  })

  it('refuses an electron import in app/engine', async () => {
    const fired = await rulesFired(eslint, fixture('engine-imports-electron.ts'), 'app/engine/bad.ts')
    expect(fired.some((m) => m.startsWith('no-restricted-imports') && m.includes("'electron'"))).toBe(true)
  })

  it('refuses Math.random, Date and fs in app/engine', async () => {
    const fired = await rulesFired(eslint, fixture('engine-impure.ts'), 'app/engine/bad.ts')
    expect(fired.some((m) => m.startsWith('no-restricted-properties') && m.includes('Math.random'))).toBe(true)
    expect(fired.some((m) => m.startsWith('no-restricted-globals') && m.includes("'Date'"))).toBe(true)
    expect(fired.some((m) => m.startsWith('no-restricted-imports') && m.includes("'node:fs'"))).toBe(true)
  })

  it('allows the same electron import in app/main, where it belongs', async () => {
    const fired = await rulesFired(eslint, fixture('engine-imports-electron.ts'), 'app/main/fine.ts')
    expect(fired.filter((m) => m.startsWith('no-restricted'))).toEqual([])
  })

  it('refuses an engine import in the renderer', async () => {
    const fired = await rulesFired(eslint, fixture('renderer-imports-engine.tsx'), 'renderer/src/bad.tsx')
    expect(fired.some((m) => m.startsWith('no-restricted-imports') && m.includes('GameApi'))).toBe(true)
  })

  it('refuses an electron import in app/host', async () => {
    const fired = await rulesFired(eslint, fixture('engine-imports-electron.ts'), 'app/host/bad.ts')
    expect(fired.some((m) => m.startsWith('no-restricted-imports'))).toBe(true)
  })
})
