/** Plays whole games headless with the random-legal-orders bot (sim and bench share it). */
import { createGame, hashState, randomOrders, resolveQuarter, type GameState, type OrdersBySeat, type Rules } from '../../app/engine'

/** How a headless game went. */
export interface PlayedGame {
  state: GameState
  quarters: number
  ms: number
}

/** Plays a scenario to its end (or `maxQuarters`) with every seat on the random bot. */
export function playGame(rules: Rules, scenarioId: string, seed: number, maxQuarters = Infinity): PlayedGame {
  const start = process.hrtime.bigint()
  const created = createGame(rules, { scenarioId, seed })
  if (!created.ok) throw new Error(`${created.code}: ${created.message}`)
  let state = created.state
  let quarters = 0
  while (state.over === null && quarters < maxQuarters) {
    const orders: OrdersBySeat = {}
    for (const seat of state.seats) orders[seat] = randomOrders(state, seat)
    state = resolveQuarter(state, orders).state
    quarters += 1
  }
  return { state, quarters, ms: Number(process.hrtime.bigint() - start) / 1e6 }
}

/** The figures `npm run sim --json` prints. */
export function summary(scenario: string, seed: number, game: PlayedGame): { scenario: string; seed: number; quarters: number; winner: string | null; scores: Record<string, number>; stateHash: string; ms: number } {
  const scores: Record<string, number> = {}
  for (const id of game.state.factionIds) {
    const f = game.state.factions[id]
    if (f !== undefined) scores[id] = Math.round((f.vp - f.par) * 100) / 100
  }
  return { scenario, seed, quarters: game.quarters, winner: game.state.over?.winner ?? null, scores, stateHash: hashState(game.state), ms: Math.round(game.ms * 10) / 10 }
}
