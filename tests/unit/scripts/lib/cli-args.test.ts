/**
 * The scripts' flags through Node's `util.parseArgs` (scripts/lib/cli-args.ts): declared flags
 * are read with their types, and an unknown flag, a missing value or a value given to a switch
 * is a usage error; every script refuses an unknown flag with exit 2, naming it, before doing
 * any work.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFlags, readInt, UsageError } from '../../../../scripts/lib/cli-args'

const ROOT = path.resolve(__dirname, '../../../..')
const FLAGS = { scenario: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } } as const

describe('readFlags', () => {
  it('reads declared flags, `--name value` and `--name=value` alike, and switches', () => {
    expect(readFlags(['--scenario', 'classroom', '--seed=7', '--json'], FLAGS)).toEqual({ options: { scenario: 'classroom', seed: '7', json: true }, positional: [] })
    expect(readFlags([], FLAGS)).toEqual({ options: {}, positional: [] })
    expect(readFlags(['a', '--json', 'b'], FLAGS, { positionals: true })).toEqual({ options: { json: true }, positional: ['a', 'b'] })
  })

  it('refuses an unknown flag, a missing value, a value for a switch and stray arguments', () => {
    expect(() => readFlags(['--sead', '7'], FLAGS)).toThrow(UsageError)
    expect(() => readFlags(['--sead', '7'], FLAGS)).toThrow(/'--sead'/)
    expect(() => readFlags(['--seed'], FLAGS)).toThrow(/--seed/)
    expect(() => readFlags(['--json=yes'], FLAGS)).toThrow(/--json/)
    expect(() => readFlags(['classroom'], FLAGS)).toThrow(UsageError)
  })

  it('reads whole numbers', () => {
    expect(readInt(undefined, 'seed', 3)).toBe(3)
    expect(readInt('-2', 'seed', 3)).toBe(-2)
    for (const bad of ['', '1.5', 'seven', '1e400']) expect(() => readInt(bad, 'seed', 3)).toThrow(/--seed needs a whole number/)
  })
})

/** Runs a script under tsx; answers its exit code and what it wrote on stderr. */
function run(script: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (status) => resolve({ status, stderr }))
  })
}

describe.concurrent('the scripts refuse an unknown flag', () => {
  it.each([['scripts/sim.ts'], ['scripts/balance.ts'], ['scripts/bench.ts'], ['scripts/calibrate.ts'], ['scripts/web.ts'], ['scripts/debrief.ts'], ['scripts/mod-check.ts'], ['scripts/experiment.ts']])('%s', async (script) => {
    const { status, stderr } = await run(script, ['--no-such-flag'])
    expect(status).toBe(2)
    expect(stderr).toMatch(/Unknown option '--no-such-flag'/)
    expect(stderr).toMatch(/usage:/)
  })
})
