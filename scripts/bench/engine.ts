/**
 * Bench section: the engine core. `resolveQuarter` against `structuredClone` of the same state
 * (target ≤ 5×), `viewFor`, hashing and saving, and full games per minute with the random bot
 * on one core (target ≥ 300).
 */
import { hashState, quarterIndex, randomOrders, resolveQuarter, serialize, viewFor, type GameState, type OrdersBySeat } from '../../app/engine'
import { playGame } from '../lib/play'
import { dataDir, loadRulesOrExit } from '../lib/rules-source'
import { time } from './measure'
import type { BenchSection } from './section'

function ordersFor(state: GameState): OrdersBySeat {
  const orders: OrdersBySeat = {}
  for (const seat of state.seats) orders[seat] = randomOrders(state, seat)
  return orders
}

export const engineSection: BenchSection = {
  name: 'engine core',
  run() {
    const dir = dataDir(undefined)
    const loadStart = process.hrtime.bigint()
    const rules = loadRulesOrExit(dir)
    const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6
    // The longest scenario (then the most seats): the most demanding full game.
    const length = (s: { start: string; end: string }): number => quarterIndex(s.end) - quarterIndex(s.start) + 1
    const scenario = Object.values(rules.scenarios).sort((a, b) => length(b) - length(a) || b.seats.length - a.seats.length)[0]
    if (scenario === undefined) return { engineBenchError: 'no scenario' }
    // A mid-game state (12 quarters in, or half the game), so inventories, installed bases and history exist.
    const state = playGame(rules, scenario.id, 1, Math.min(12, Math.floor(length(scenario) / 2))).state
    if (state.over !== null) return { engineBenchError: 'the game ended before the measured quarter' }
    const orders = ordersFor(state)
    const seat = state.seats[0] ?? ''
    const resolve = time(() => void resolveQuarter(state, orders), 200)
    // CPU time as well as wall time: on a busy machine (shared CI) wall time mostly measures the wait.
    const cpuStart = process.cpuUsage()
    for (let i = 0; i < 100; i++) resolveQuarter(state, orders)
    const cpu = process.cpuUsage(cpuStart)
    const resolveCpuMs = (cpu.user + cpu.system) / 1000 / 100
    const clone = time(() => void structuredClone(state), 200)
    const { rules: _rules, ...dynamic } = state
    const cloneDynamic = time(() => void structuredClone(dynamic), 200)
    const view = time(() => void viewFor(state, seat), 200)
    const facilitator = time(() => void viewFor(state, 'facilitator'), 100)
    const hash = time(() => void hashState(state), 50)
    const save = time(() => void serialize(state), 50)
    const bot = time(() => void ordersFor(state), 100)
    for (let i = 0; i < 3; i++) playGame(rules, scenario.id, 100 + i) // warm-up
    const games = 20
    let total = 0
    let quarters = 0
    const gamesCpuStart = process.cpuUsage()
    for (let i = 0; i < games; i++) {
      const g = playGame(rules, scenario.id, 1000 + i)
      total += g.ms
      quarters += g.quarters
    }
    const gamesCpu = process.cpuUsage(gamesCpuStart)
    const gamesCpuMs = (gamesCpu.user + gamesCpu.system) / 1000
    return {
      engineBenchRules: dir,
      engineBenchScenario: scenario.id,
      loadRulesFolderMs: loadMs,
      resolveQuarterMedianMs: resolve.medianMs,
      resolveQuarterP95Ms: resolve.p95Ms,
      structuredCloneStateMedianMs: clone.medianMs,
      resolveQuarterToCloneRatio: resolve.medianMs / clone.medianMs,
      resolveQuarterMeanCpuMs: resolveCpuMs,
      structuredCloneStateWithoutRulesMedianMs: cloneDynamic.medianMs,
      resolveQuarterToCloneWithoutRulesRatio: resolve.medianMs / cloneDynamic.medianMs,
      viewForSeatMedianMs: view.medianMs,
      viewForFacilitatorMedianMs: facilitator.medianMs,
      hashStateMedianMs: hash.medianMs,
      serializeMedianMs: save.medianMs,
      stateBytes: serialize(state).length,
      randomBotAllSeatsMedianMs: bot.medianMs,
      gameQuartersMean: quarters / games,
      gameMeanMs: total / games,
      gamesPerMinute: (60_000 * games) / total,
      gamesPerCpuMinute: (60_000 * games) / gamesCpuMs,
    }
  },
}
