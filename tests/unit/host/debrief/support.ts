/** Builds small games for the debrief tests: a log of entries played with the host's playEntry, as a session records them. */
import path from 'node:path'
import { createGame, hashState, type GameState, type Rules } from '../../../../app/engine'
import { loadDataFolder } from '../../../../app/host/data/data-folder'
import type { SeatSetup } from '../../../../app/host'
import { playEntry } from '../../../../app/host/game/replay-step'
import type { Intervention, ReplayEntry } from '../../../../app/host/saves'

/** The base game's rules (loaded once per test file). */
export const baseRules: Rules = (() => {
  const loaded = loadDataFolder(path.resolve(__dirname, '../../../../game-data/base'))
  if (!loaded.ok || loaded.rules === undefined) throw new Error('the base game does not load')
  return loaded.rules
})()

/** The English texts of a ruleset. */
export function textsOf(rules: Rules): Record<string, string> {
  return rules.locales.en?.texts ?? {}
}

export const SEATS: SeatSetup[] = [
  { faction: 'usa', controller: 'human', name: 'Ana & Ben', difficulty: 'normal' },
  { faction: 'prc', controller: 'ai', name: 'prc', difficulty: 'hard' },
  { faction: 'nvidia', controller: 'human', name: 'Chloé', difficulty: 'normal' },
  { faction: 'huawei', controller: 'ai', name: 'huawei', difficulty: 'easy' },
]

/** One quarter as a test writes it. */
export interface Step {
  orders?: Record<string, unknown>
  interventions?: Intervention[]
  stopped?: true
}

function label(quarter: number): string {
  return `${Math.floor(quarter / 4)} Q${(quarter % 4) + 1}`
}

/** Plays the steps from a new classroom game and answers the order log and the final state. */
export function playSteps(steps: readonly Step[], options: { rules?: Rules; seats?: SeatSetup[]; seed?: number } = {}): { orderLog: ReplayEntry[]; finalState: GameState; seats: SeatSetup[] } {
  const seats = options.seats ?? SEATS
  const created = createGame(options.rules ?? baseRules, { scenarioId: 'classroom', seats: seats.map((s) => s.faction), seed: options.seed ?? 3 })
  if (!created.ok) throw new Error(created.message)
  let state = created.state
  const orderLog: ReplayEntry[] = []
  for (const step of steps) {
    const quarter = label(state.quarter)
    state = playEntry(state, { orders: step.orders ?? {}, ...(step.interventions === undefined ? {} : { interventions: step.interventions }), ...(step.stopped === undefined ? {} : { stopped: true as const }) }).state
    orderLog.push({ quarter, orders: step.orders ?? {}, stateHash: hashState(state), ...(step.interventions === undefined ? {} : { interventions: step.interventions }), ...(step.stopped === undefined ? {} : { stopped: true as const }) })
  }
  return { orderLog, finalState: state, seats }
}
