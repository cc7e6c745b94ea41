import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { hashState, type Order } from '../../../app/engine'
import { createEnginePool, engineWorkerFile, inThreadPool } from '../../../app/host/game/engine-pool'
import { baseGame } from '../../fixtures/base-game'

const ROOT = path.resolve(__dirname, '../../..')
const SOURCE_DIR = path.join(ROOT, 'app/host/game')
// From source, a worker runs the .ts file through tsx's loader, as under `npm start` or `npm run web`.
const TSX = ['--require', path.join(ROOT, 'node_modules/tsx/dist/preflight.cjs'), '--import', pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href]

describe('the engine pool', () => {
  const pool = createEnginePool({ filename: path.join(SOURCE_DIR, 'engine-worker.ts'), execArgv: TSX, maxThreads: 1 })
  afterAll(() => pool.close())

  it('runs in a worker thread and answers what the engine answers in-thread: AI orders and the resolved quarter', async () => {
    expect(pool.where).toBe('worker')
    const state = baseGame()
    const seat = state.seats[0] as string
    const setup = { difficulty: 'hard' as const }
    const here = inThreadPool()
    const [inWorker, inThread] = await Promise.all([pool.run({ kind: 'ai', state, seat, setup }), here.run({ kind: 'ai', state, seat, setup })])
    expect(inWorker).toEqual(inThread)
    const orders: Record<string, Order[]> = { [seat]: inThread }
    const resolved = await pool.run({ kind: 'resolve', state, orders })
    const local = await here.run({ kind: 'resolve', state, orders })
    expect(resolved.stateHash).toBe(local.stateHash)
    expect(hashState(resolved.state)).toBe(local.stateHash)
    expect(resolved.report).toEqual(local.report)
  }, 60_000)

  it('finds the built worker beside the bundle, the source one only under tsx, else none', () => {
    expect(engineWorkerFile(SOURCE_DIR, TSX)).toBe(path.join(SOURCE_DIR, 'engine-worker.ts'))
    expect(engineWorkerFile(SOURCE_DIR, [])).toBeNull()
    expect(engineWorkerFile(path.join(ROOT, 'tests'), TSX)).toBeNull()
  })
})

describe('an engine pool whose worker cannot start', () => {
  it('logs it once and answers in-thread, the same as the engine', async () => {
    const lines: string[] = []
    const broken = createEnginePool({ filename: path.join(ROOT, 'tests/fixtures/no-such-worker.js'), maxThreads: 1, log: (line) => lines.push(line) })
    try {
      const state = baseGame()
      const seat = state.seats[0] as string
      const setup = { difficulty: 'easy' as const }
      const expected = await inThreadPool().run({ kind: 'ai', state, seat, setup })
      await expect(broken.run({ kind: 'ai', state, seat, setup })).resolves.toEqual(expected)
      await expect(broken.run({ kind: 'ai', state, seat, setup })).resolves.toEqual(expected)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/engine worker failed .*in-thread/)
    } finally {
      await broken.close()
    }
  }, 60_000)
})
