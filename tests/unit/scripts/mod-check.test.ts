/** `npm run mod:check` as a child process: exit codes and the `--json` answer's shape. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '../../..')
const BROKEN = 'tests/fixtures/data/broken-mod'

function modCheck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/mod-check.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

interface Answer {
  ok: boolean
  errors: { file: string; pointer: string; line: number; column: number; message: string; severity: string }[]
  counts: Record<string, number>
}

describe('npm run mod:check', () => {
  it('accepts the base game and prints one JSON object with the counts of each kind', () => {
    const run = modCheck('game-data/base', '--json')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const answer = JSON.parse(run.stdout) as Answer
    expect(Object.keys(answer).sort()).toEqual(['counts', 'errors', 'ok'])
    expect(answer.ok).toBe(true)
    expect(answer.errors).toEqual([])
    expect(answer.counts.chips).toBeGreaterThanOrEqual(25)
    expect(answer.counts.policies).toBeGreaterThanOrEqual(20)
    expect(answer.counts.events).toBeGreaterThanOrEqual(40)
    expect(answer.counts.scenarios).toBeGreaterThanOrEqual(3)
    for (const kind of ['regions', 'factions', 'actors', 'demandPools', 'nodes', 'foundries', 'packaging', 'hbm', 'personas', 'objectives', 'locales']) {
      expect(answer.counts[kind], kind).toBeGreaterThan(0)
    }
  })

  it('refuses a broken folder with exit 1 and locates every problem', () => {
    const run = modCheck(BROKEN, '--json')
    expect(run.status).toBe(1)
    const answer = JSON.parse(run.stdout) as Answer
    expect(answer.ok).toBe(false)
    for (const e of answer.errors) {
      expect(Object.keys(e).sort()).toEqual(['column', 'file', 'line', 'message', 'pointer', 'severity'])
      expect(e.line).toBeGreaterThanOrEqual(1)
      expect(e.column).toBeGreaterThanOrEqual(1)
    }
    const where = answer.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.pointer}`)
    expect(where).toEqual(expect.arrayContaining([
      `${BROKEN}/scenarios/bad-syntax.json:4:51 /records/0`, // the trailing comma
      `${BROKEN}/chips.json:6:5 /records/0`, // the unknown field "speed"
      `${BROKEN}/factions.json:4:87 /records/0/region`, // "atlantis" is no region
    ]))
  })

  it('prints file:line:column pointer: message without --json', () => {
    const run = modCheck(BROKEN)
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^tests\/fixtures\/data\/broken-mod\/factions\.json:4:87 \/records\/0\/region: "atlantis" does not exist/m)
    expect(run.stdout).toMatch(/error\(s\)/)
    expect(run.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })

  it('exits 2 on bad usage, with a message and no stack trace', () => {
    for (const args of [[], ['--nonsense', 'game-data/base'], ['tests/fixtures/data/no-such-folder']]) {
      const run = modCheck(...args)
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(/usage: npm run mod:check/)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
  })
})
