import { beforeAll, describe, expect, it } from 'vitest'
import { reportFor, resolveQuarter, viewFor, type GameState, type QuarterReport, type Rules } from '../../../../../app/engine'
import { baseGame, baseRules, baseTexts } from '../../../../../tests/fixtures/base-game'
import { finale } from '../../../../../renderer/src/screens/game/game-over-model'

let rules: Rules
let texts: Record<string, string>
let start: GameState
let end: { state: GameState; report: QuarterReport }

beforeAll(() => {
  rules = baseRules()
  texts = baseTexts()
  start = baseGame()
  let state = start
  let report: QuarterReport | null = null
  for (let i = 0; i < 60 && state.over === null; i++) ({ state, report } = resolveQuarter(state, {}))
  if (state.over === null || report === null) throw new Error('the classroom game did not end')
  end = { state, report }
})

describe('the end screen', () => {
  it('has nothing to tell while the game runs', () => {
    expect(finale(viewFor(start, 'alibaba'), null, rules, texts, 'alibaba')).toBeNull()
  })

  it("names the engine's winner and reason, and ranks every faction by VP − par", () => {
    const view = viewFor(end.state, 'alibaba')
    const f = finale(view, reportFor(end.report, 'alibaba'), view.rules, texts, 'alibaba')!
    expect(f.winner).toBe(end.state.over?.winner)
    expect(f.reason).toBe(end.state.over?.reason)
    expect(f.quarter).toBe(end.state.over?.quarter)
    expect(f.standings.map((s) => s.id).sort()).toEqual([...end.state.factionIds].sort())
    const scores = f.standings.map((s) => s.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(f.standings.map((s) => s.rank)).toEqual(f.standings.map((_, i) => i + 1))
    for (const s of f.standings) {
      expect(s.score).toBeCloseTo(end.state.over?.scores[s.id] ?? NaN, 9)
      expect(s.score).toBeCloseTo(s.vp - s.par, 9)
    }
    expect(f.standings.find((s) => s.winner)?.id).toBe(f.winner)
    expect(f.yourRank).toBe(f.standings.find((s) => s.id === 'alibaba')?.rank)
  })

  it("gives the winner's margin over the best other seat", () => {
    const view = viewFor(end.state, 'alibaba')
    const f = finale(view, reportFor(end.report, 'alibaba'), view.rules, texts, 'alibaba')!
    if (f.winner === null) return
    const winner = f.standings.find((s) => s.winner)!
    const runner = f.standings.find((s) => s.seated && !s.winner)!
    expect(f.runnerUp).toBe(runner.id)
    expect(f.margin).toBeCloseTo(winner.score - runner.score, 9)
    expect(f.margin).toBeGreaterThanOrEqual(0)
  })

  it("lists each faction's scenario objectives with the points the final report gave them", () => {
    const view = viewFor(end.state, 'alibaba')
    const report = reportFor(end.report, 'alibaba')
    const f = finale(view, report, view.rules, texts, 'alibaba')!
    const setups = rules.scenarios.classroom?.factions ?? []
    for (const s of f.standings) {
      const setup = setups.find((x) => x.faction === s.id)
      expect(s.objectives.map((o) => o.id)).toEqual((setup?.objectives ?? []).map((o) => o.objective))
      for (const o of s.objectives) {
        const expected = (report.vp[s.id] ?? []).filter((l) => l.objective === o.id).reduce((sum, l) => sum + l.points, 0)
        expect(o.lastQuarter).toBeCloseTo(expected, 9)
        expect(o.name).toBe(texts[rules.objectives[o.id]?.name ?? ''] ?? o.id)
      }
    }
  })

  it('leaves the final quarter\'s points unknown (null) rather than guessing when the final report is not at hand', () => {
    const view = viewFor(end.state, 'alibaba')
    const f = finale(view, null, view.rules, texts, 'alibaba')!
    const objectives = f.standings.flatMap((s) => s.objectives)
    expect(objectives.length).toBeGreaterThan(0)
    for (const o of objectives) expect(o.lastQuarter).toBeNull()
  })

  it("splits each faction's VP into the quarters' gains, which add up to its total", () => {
    const view = viewFor(end.state, 'alibaba')
    const f = finale(view, reportFor(end.report, 'alibaba'), view.rules, texts, 'alibaba')!
    for (const s of f.standings) {
      expect(s.perQuarter).toHaveLength(view.history.length)
      expect(s.perQuarter.reduce((sum, q) => sum + q.gained, 0)).toBeCloseTo(s.vp, 6)
      if (s.best !== null && s.worst !== null) expect(s.best.gained).toBeGreaterThanOrEqual(s.worst.gained)
    }
  })

  it('reports the crisis line and penalty from the rules', () => {
    const view = viewFor(end.state, 'alibaba')
    const f = finale(view, reportFor(end.report, 'alibaba'), view.rules, texts, 'alibaba')!
    expect(f.crisisTension).toBe(rules.constants.crisisTension)
    expect(f.crisisPenaltyVp).toBe(rules.constants.crisisPenaltyVp)
    if (f.reason === 'end') for (const s of f.standings) expect(s.crisisPenalty).toBeNull()
  })
})
