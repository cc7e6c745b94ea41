import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { GameSession } from '../../../../app/host'
import { loadDataFolder } from '../../../../app/host/data/data-folder'
import { replayStep } from '../../../../app/host/game/replay-step'
import { verifyReplay } from '../../../../app/host/saves'
import { createGame, hashState } from '../../../../app/engine'

const rules = loadDataFolder(path.resolve(__dirname, '../../../../game-data/base')).rules!
const data = [{ id: 'base', version: '0.1.0', hash: 'test' }]

function classroom(difficulty: 'easy' | 'normal' | 'hard') {
  return GameSession.start({
    rules,
    data,
    scenarioId: 'classroom',
    seed: 11,
    seats: [
      { faction: 'alibaba', controller: 'human', name: 'Student', difficulty: 'normal' },
      { faction: 'usa', controller: 'ai', name: 'AI', difficulty },
      { faction: 'huawei', controller: 'ai', name: 'AI', difficulty },
    ],
  })
}

describe('GameSession', () => {
  it('refuses ids that name inherited properties (a "constructor" scenario or persona) with a clear refusal', () => {
    const seats = [{ faction: 'usa', controller: 'human' as const, name: 'A', difficulty: 'normal' as const }]
    expect(() => GameSession.start({ rules, data, scenarioId: 'constructor', seed: 1, seats })).toThrow(/no scenario "constructor"/)
    expect(() => GameSession.start({ rules, data, scenarioId: 'classroom', seed: 1, seats: [...seats, { faction: 'prc', controller: 'ai', name: 'AI', difficulty: 'normal', persona: 'constructor' }] })).toThrow(/"constructor" is not a persona/)
    const game = GameSession.start({ rules, data, scenarioId: 'classroom', seed: 1, seats })
    expect(() => game.intervene({ kind: 'inject-event', event: 'constructor' })).toThrow(/no event "constructor"/)
  })

  it("plays AI seats with the engine's AI, whose orders the engine accepts", () => {
    const game = classroom('normal')
    game.endTurn('alibaba')
    const report = game.resolve()
    expect(report.accepted.usa?.length ?? 0).toBeGreaterThan(0)
    expect(report.refusals.usa ?? []).toEqual([])
    expect(report.refusals.huawei ?? []).toEqual([])
  })

  it('refuses a plan from an AI seat and a second end of turn', () => {
    const game = classroom('easy')
    expect(() => game.submit('usa', [])).toThrow(/played by the AI/)
    game.endTurn('alibaba')
    expect(() => game.endTurn('alibaba')).toThrow(/already ended/)
  })

  it('leaves refused orders out of the plan and says why', () => {
    const game = classroom('easy')
    const plan = game.submit('alibaba', [{ kind: 'enact-policy', policy: 'oct-2022-tool-rule' }, { kind: 'invest-ecosystem' }])
    expect(plan.refusals.map((r) => r.index)).toContain(0)
    expect(plan.refusals[0]?.refusal.code).toMatch(/^order\//)
  })

  it('checks a plan in sequence: orders past the action points are refused, and getPlan answers what was kept', () => {
    const game = classroom('easy')
    const ap = game.view('alibaba').factions.alibaba?.private?.actionPoints ?? 0
    const plan = game.submit('alibaba', Array.from({ length: ap + 1 }, () => ({ kind: 'invest-ecosystem', amountBn: 0.1 })))
    expect(plan.accepted).toBe(ap)
    expect(plan.refusals).toEqual([expect.objectContaining({ index: ap, refusal: expect.objectContaining({ code: 'order/no_action_points' }) })])
    expect(game.plan('alibaba')).toHaveLength(ap)
  })

  it('previews a draft order on top of the plan from the seat’s own knowledge', () => {
    const game = classroom('easy')
    const preview = game.preview('alibaba', [], { kind: 'invest-ecosystem', amountBn: 0.5 })
    expect(preview.draft?.ok).toBe(true)
    expect(preview.forecast.after.cashBn).toBeLessThanOrEqual(preview.forecast.before.cashBn)
  })

  it('is deterministic: the same seed and plans give the same state hash', () => {
    const a = classroom('hard')
    const b = classroom('hard')
    for (const game of [a, b]) {
      game.endTurn('alibaba')
      game.resolve()
    }
    expect(a.orderLog.at(-1)?.stateHash).toBe(b.orderLog.at(-1)?.stateHash)
  })

  it('records the facilitator’s moves with the quarter, so a replay of the log reaches the same state', () => {
    const game = classroom('normal')
    game.intervene({ kind: 'adjust-tension', delta: 12 })
    game.intervene({ kind: 'inject-event', event: 'grey-market-offer' })
    expect(game.view('alibaba').decisions.map((d) => d.event)).toContain('grey-market-offer')
    game.endTurn('alibaba')
    game.resolve()
    game.endTurn('alibaba')
    game.resolve()
    expect(game.orderLog[0]?.interventions).toEqual([{ kind: 'adjust-tension', delta: 12 }, { kind: 'inject-event', event: 'grey-market-offer' }])
    const start = createGame(rules, { scenarioId: 'classroom', seats: ['alibaba', 'usa', 'huawei'], seed: 11 })
    if (!start.ok) throw new Error(start.message)
    const replay = verifyReplay({ orderLog: [...game.orderLog], stateHash: hashState(game.state) }, { initialState: start.state, step: replayStep, hashState })
    expect(replay).toMatchObject({ ok: true, quarters: 2 })
  })

  it('undoes the last quarter: back to its planning, with the facilitator’s moves of that quarter kept', () => {
    const game = classroom('normal')
    game.endTurn('alibaba')
    game.resolve()
    const before = hashState(game.state)
    game.intervene({ kind: 'adjust-tension', delta: -5 })
    const tension = game.state.tension
    game.endTurn('alibaba')
    game.resolve()
    expect(game.orderLog).toHaveLength(2)
    game.undo()
    expect(game.orderLog).toHaveLength(1)
    expect(game.state.tension).toBe(tension)
    expect(game.state.quarter).toBe(game.orderLog.length + game.state.startQuarter)
    game.undo()
    expect(game.orderLog).toHaveLength(0)
    expect(game.state.quarter).toBe(game.state.startQuarter)
    expect(() => game.undo()).toThrow(/No quarter has been played/)
    expect(before).not.toBe(hashState(game.state))
  })

  it('ends the game early with every score, and undo takes the early end back', () => {
    const game = classroom('easy')
    game.stop()
    expect(game.state.over).toMatchObject({ reason: 'stopped' })
    expect(() => game.endTurn('alibaba')).toThrow(/over/)
    game.undo()
    expect(game.state.over).toBeNull()
  })

  it('pauses: no plan and no end of turn until the facilitator resumes', () => {
    const game = classroom('easy')
    game.paused = true
    expect(() => game.endTurn('alibaba')).toThrow(/paused/)
    game.paused = false
    expect(game.endTurn('alibaba')).toBe(true)
  })
})
