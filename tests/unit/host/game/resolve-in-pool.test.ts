import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { GameSession } from '../../../../app/host'
import { loadDataFolder } from '../../../../app/host/data/data-folder'
import { inThreadPool, type EnginePool } from '../../../../app/host/game/engine-pool'

const rules = loadDataFolder(path.resolve(__dirname, '../../../../game-data/base')).rules!
const data = [{ id: 'base', version: '0.1.0', hash: 'test' }]

function classroom(): GameSession {
  return GameSession.start({
    rules,
    data,
    scenarioId: 'classroom',
    seed: 11,
    seats: [
      { faction: 'alibaba', controller: 'human', name: 'Student', difficulty: 'normal' },
      { faction: 'usa', controller: 'ai', name: 'AI', difficulty: 'normal' },
      { faction: 'huawei', controller: 'ai', name: 'AI', difficulty: 'normal' },
    ],
  })
}

describe('GameSession.resolveIn (the engine pool)', () => {
  it('resolves the quarter as resolve() does, telling each AI seat that decided, then the resolution', async () => {
    const here = classroom()
    const there = classroom()
    here.endTurn('alibaba')
    there.endTurn('alibaba')
    const heard: string[] = []
    const report = await there.resolveIn(inThreadPool(), ({ phase, done, total }) => heard.push(`${phase} ${done}/${total}`))
    expect(report).toEqual(here.resolve())
    expect(there.orderLog).toEqual(here.orderLog)
    expect(heard).toEqual(['ai-thinking 0/2', 'ai-thinking 1/2', 'ai-thinking 2/2', 'resolving 2/2'])
  })

  it('refuses to change the game while the quarter resolves, and answers reads at once', async () => {
    const game = classroom()
    game.endTurn('alibaba')
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const inner = inThreadPool()
    const slow: EnginePool = { where: 'worker', close: () => Promise.resolve(), run: async (task) => (await gate, inner.run(task)) }
    const resolving = game.resolveIn(slow)
    expect(game.info().quarter).toBe(classroom().info().quarter)
    expect(() => game.undo()).toThrow(/resolving/)
    expect(() => game.intervene({ kind: 'adjust-tension', delta: 5 })).toThrow(/resolving/)
    expect(() => game.resolve()).toThrow(/resolving/)
    release()
    await resolving
    expect(game.orderLog).toHaveLength(1)
  })
})
