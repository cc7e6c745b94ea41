/** `npm run mod:check` as a child process: exit codes and the `--json` answer's shape. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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
  errors: { mod: string; file: string; pointer: string; line: number; column: number; message: string; severity: string }[]
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
      expect(Object.keys(e).sort()).toEqual(['column', 'file', 'line', 'message', 'mod', 'pointer', 'severity'])
      expect(e.mod).toBe('broken-mod')
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
    expect(run.stdout).toMatch(/^tests\/fixtures\/data\/broken-mod\/factions\.json:4:87 \/records\/0\/region: "atlantis" does not exist.*\[broken-mod\]$/m)
    expect(run.stdout).toMatch(/error\(s\)/)
    expect(run.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })

  it('accepts each example mod over the base game and its dependencies, counting its records', () => {
    const run = modCheck('game-data/examples/rapidus-2nm', '--json')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ ok: true, errors: [], counts: { actors: 2, chips: 1, foundries: 1, nodes: 1 } })
    // scenario-2027 needs rapidus-2nm: found next to it, as a player's mods folder would have it.
    const scenario = modCheck('game-data/examples/scenario-2027')
    expect(scenario.status).toBe(0)
    expect(scenario.stdout).toBe('ok: scenarios 1\n')
  })

  it('checks a whole mods folder: every malformed mod with its mod, file, line, column and pointer', () => {
    const run = modCheck('tests/fixtures/mods', '--json')
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    const answer = JSON.parse(run.stdout) as Answer
    expect(answer.ok).toBe(false)
    const mods = new Set(answer.errors.filter((e) => e.severity === 'error').map((e) => e.mod))
    expect(mods.size).toBeGreaterThanOrEqual(30)
    expect(mods.has('ok-tweak')).toBe(false)
    expect(answer.errors).toContainEqual({
      mod: 'unknown-reference',
      file: 'tests/fixtures/mods/unknown-reference/chips.json',
      pointer: '/records/0/node',
      line: 8,
      column: 15,
      message: expect.stringMatching(/^"tsmc-n1" does not exist \(a nodes id\)/) as unknown as string,
      severity: 'error',
    })
    expect(answer.errors).toContainEqual(expect.objectContaining({ mod: 'cycle-a', file: 'tests/fixtures/mods/cycle-a/mod.json', pointer: '/dependencies/cycle-b', line: 7 }))
  })

  it('names the mod and the base game file when a mod breaks base records', () => {
    const run = modCheck('tests/fixtures/mods/remove-referenced')
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^game-data\/base\/actors\.json:\d+:\d+ \/records\/\d+\/region: "japan" does not exist .*\[remove-referenced\]$/m)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses a mod whose mod.json is a symbolic link (to a working manifest or a system file) without reading its target', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sc-mod-check-links-'))
    try {
      const outside = path.join(dir, 'outside')
      mkdirSync(outside)
      writeFileSync(path.join(outside, 'mod.json'), JSON.stringify({ id: 'linked', name: 'Linked', version: '1.0.0', gameVersions: '*' }))
      writeFileSync(path.join(outside, 'passwd'), 'root:x:0:0:SECRET-SYSTEM-FILE:/root:/bin/bash\n')
      const mods = path.join(dir, 'mods')
      mkdirSync(path.join(mods, 'linked'), { recursive: true })
      symlinkSync(path.join(outside, 'mod.json'), path.join(mods, 'linked', 'mod.json'))
      mkdirSync(path.join(mods, 'system'))
      symlinkSync(path.join(outside, 'passwd'), path.join(mods, 'system', 'mod.json'))
      for (const target of [path.join(mods, 'linked'), path.join(mods, 'system'), mods]) {
        const run = modCheck(target, '--json')
        expect(run.status, target).toBe(1)
        expect(run.stdout).not.toContain('SECRET-SYSTEM-FILE')
        const answer = JSON.parse(run.stdout) as Answer
        expect(answer.ok).toBe(false)
        expect(answer.errors.length).toBeGreaterThan(0)
        for (const e of answer.errors) expect(e).toMatchObject({ file: expect.stringMatching(/mod\.json$/) as unknown as string, message: expect.stringContaining('is a symbolic link; links are not followed') as unknown as string })
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
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
