/** Plays whole games with AI seats (sim, balance, bench and the AI tests share it). */
import { aiOrders, createGame, hashState, resolveQuarter, type Difficulty, type GameState, type OrdersBySeat, type Persona, type Rules } from '../../app/engine'

/** Who plays each seat: a difficulty (and persona) per seat; seats not listed use `default`. */
export interface AiSetup {
  default: Difficulty
  seats?: Record<string, Difficulty>
  personas?: Record<string, Persona>
  /** Extra seed for the AI (games with the same game seed but different AI draws). */
  aiSalt?: number
  /** Measure each decision's time (ms) per difficulty. */
  timings?: Record<string, number[]>
  /** Called with the opening state and after every quarter (tests check each state). */
  onQuarter?: (state: GameState) => void
}

/** How an AI game went. */
export interface AiGame {
  state: GameState
  quarters: number
  /** AI turns played (seat-quarters). */
  turns: number
  /** Orders the engine refused, with the seat and code. */
  refusals: { quarter: number; seat: string; kind: string; code: string }[]
  ms: number
}

const DIFFICULTIES: readonly Difficulty[] = ['easy', 'normal', 'hard']

/**
 * Difficulties mixed over a game's seats: seat j of game i plays at the (i + j)-th of easy,
 * normal, hard, so every difficulty meets every other on every seat over three games.
 */
export function mixedDifficulties(seats: readonly string[], game: number): Record<string, Difficulty> {
  return Object.fromEntries(seats.map((seat, j) => [seat, DIFFICULTIES[(game + j) % DIFFICULTIES.length] ?? 'normal']))
}

/** Plays a scenario to its end (or `maxQuarters`) with the AI on every seat. */
export function playAiGame(rules: Rules, scenarioId: string, seed: number, setup: AiSetup, maxQuarters = Infinity): AiGame {
  const start = process.hrtime.bigint()
  const created = createGame(rules, { scenarioId, seed })
  if (!created.ok) throw new Error(`${created.code}: ${created.message}`)
  let state = created.state
  let quarters = 0
  let turns = 0
  const refusals: AiGame['refusals'] = []
  setup.onQuarter?.(state)
  while (state.over === null && quarters < maxQuarters) {
    const orders: OrdersBySeat = {}
    for (const seat of state.seats) {
      const difficulty = setup.seats?.[seat] ?? setup.default
      const persona = setup.personas?.[seat]
      const t0 = setup.timings === undefined ? 0n : process.hrtime.bigint()
      orders[seat] = aiOrders(state, seat, { difficulty, seed: state.seed + (setup.aiSalt ?? 0), ...(persona === undefined ? {} : { persona }) })
      if (setup.timings !== undefined) (setup.timings[difficulty] ??= []).push(Number(process.hrtime.bigint() - t0) / 1e6)
      turns += 1
    }
    const { state: next, report } = resolveQuarter(state, orders)
    for (const [seat, list] of Object.entries(report.refusals)) for (const r of list) refusals.push({ quarter: state.quarter, seat, kind: r.kind, code: r.refusal.code })
    state = next
    quarters += 1
    setup.onQuarter?.(state)
  }
  return { state, quarters, turns, refusals, ms: Number(process.hrtime.bigint() - start) / 1e6 }
}

/** Scores (VP − par) of every faction at the end of a game. */
export function scoresOf(state: GameState): Record<string, number> {
  const out: Record<string, number> = {}
  for (const id of state.factionIds) {
    const f = state.factions[id]
    if (f !== undefined) out[id] = f.vp - f.par
  }
  return out
}

/** The summary `npm run sim -- --ai all` prints. */
export function aiSummary(scenario: string, seed: number, game: AiGame): { scenario: string; seed: number; quarters: number; winner: string | null; ending: string | null; scores: Record<string, number>; refusals: number; stateHash: string; ms: number } {
  const scores = Object.fromEntries(Object.entries(scoresOf(game.state)).map(([k, v]) => [k, Math.round(v * 100) / 100]))
  return { scenario, seed, quarters: game.quarters, winner: game.state.over?.winner ?? null, ending: game.state.over?.reason ?? null, scores, refusals: game.refusals.length, stateHash: hashState(game.state), ms: Math.round(game.ms * 10) / 10 }
}
