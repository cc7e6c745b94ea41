/**
 * Acceptance 1 of the AI: across scenarios and difficulties the engine refuses none of the AI's
 * orders. Five files (a–e) play 2,000 AI turns each (10,000 in all), with the difficulties mixed
 * over the seats of every game, so each file stays well under a minute.
 */
import { expect } from 'vitest'
import type { Difficulty } from '../../../../app/engine'
import { playAiGame } from '../../../../scripts/lib/ai-sim'
import { baseRules } from '../../../unit/engine/ai/base-rules'

const DIFFICULTIES: Difficulty[] = ['easy', 'normal', 'hard']

/** Plays games of `scenarios` in turn (seeds from `seed`) until `turns` AI turns are played; expects no refusal. */
export function playWithoutRefusals(scenarios: readonly string[], turns: number, seed: number): void {
  const rules = baseRules()
  let played = 0
  const byDifficulty: Record<string, number> = {}
  const refusals: string[] = []
  for (let i = 0; played < turns; i++) {
    const scenario = scenarios[i % scenarios.length] ?? 'classroom'
    const seats = rules.scenarios[scenario]?.seats ?? []
    const setup = Object.fromEntries(seats.map((s, j) => [s, DIFFICULTIES[(i + j) % 3] ?? 'normal']))
    const game = playAiGame(rules, scenario, seed + i, { default: 'normal', seats: setup })
    played += game.turns
    for (const s of seats) byDifficulty[setup[s] ?? 'normal'] = (byDifficulty[setup[s] ?? 'normal'] ?? 0) + game.turns / seats.length
    for (const r of game.refusals) refusals.push(`${scenario} seed ${seed + i} q${r.quarter} ${r.seat} (${setup[r.seat]}) ${r.kind}: ${r.code}`)
  }
  expect(refusals).toEqual([])
  expect(played).toBeGreaterThanOrEqual(turns)
  for (const d of DIFFICULTIES) expect(byDifficulty[d] ?? 0).toBeGreaterThan(turns / 5)
}
