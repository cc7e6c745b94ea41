/**
 * The AI's orders are never refused by the engine, with easy, normal and hard mixed over the
 * seats of every game. The suite plays about a thousand AI turns (no-refusals.test.ts); the
 * full run is `npm run balance -- --scenario <id> --difficulty mixed --games N`, which lists any
 * refusal (docs/testing.md).
 */
import { expect } from 'vitest'
import { mixedDifficulties, playAiGame } from '../../../../scripts/lib/ai-sim'
import { baseRules } from '../../../unit/engine/ai/base-rules'

/** Plays games of `scenario` (seeds from `seed`) until `turns` AI turns are played; expects no refusal and every difficulty well represented. */
export function playWithoutRefusals(scenario: string, turns: number, seed: number): void {
  const rules = baseRules()
  const seats = rules.scenarios[scenario]?.seats ?? []
  let played = 0
  const byDifficulty: Record<string, number> = {}
  const refusals: string[] = []
  for (let i = 0; played < turns; i++) {
    const setup = mixedDifficulties(seats, i)
    const game = playAiGame(rules, scenario, seed + i, { default: 'normal', seats: setup })
    played += game.turns
    for (const s of seats) byDifficulty[setup[s] ?? 'normal'] = (byDifficulty[setup[s] ?? 'normal'] ?? 0) + game.turns / seats.length
    for (const r of game.refusals) refusals.push(`${scenario} seed ${seed + i} q${r.quarter} ${r.seat} (${setup[r.seat]}) ${r.kind}: ${r.code}`)
  }
  expect(refusals).toEqual([])
  expect(played).toBeGreaterThanOrEqual(turns)
  for (const d of ['easy', 'normal', 'hard']) expect(byDifficulty[d] ?? 0).toBeGreaterThan(turns / 5)
}
