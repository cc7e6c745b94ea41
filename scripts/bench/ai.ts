/**
 * Bench section: the AI. Decision time per seat (median and p95) for each difficulty, with and
 * without building the seat's view (`viewFor` copies the rules and is the engine's cost, not the
 * AI's), and a whole quarter with 7 AI seats at normal (targets: normal ≤ 5 ms, hard ≤ 40 ms per
 * seat; 7 seats at normal ≤ 50 ms p95). States: october-2022 after 2, 8 and 16 quarters of AI play.
 */
import { chooseOrders, legalOrders, resolveQuarter, viewFor, type Difficulty, type GameState, type LegalOrder, type OrdersBySeat, type SeatView } from '../../app/engine'
import { playAiGame } from '../lib/ai-sim'
import { dataDir, loadRulesOrExit } from '../lib/rules-source'
import { summarise } from './measure'
import type { BenchSection } from './section'

const DIFFICULTIES: Difficulty[] = ['easy', 'normal', 'hard']

function ms(fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

export const aiSection: BenchSection = {
  name: 'ai',
  run() {
    const rules = loadRulesOrExit(dataDir(undefined))
    const scenario = rules.scenarios['october-2022'] !== undefined ? 'october-2022' : Object.keys(rules.scenarios)[0]
    if (scenario === undefined) return { aiBenchError: 'no scenario' }
    const states: GameState[] = [2, 8, 16].map((q) => playAiGame(rules, scenario, 1, { default: 'normal' }, q).state).filter((s) => s.over === null)
    const inputs: { view: SeatView; legal: LegalOrder[]; state: GameState; seat: string }[] = []
    for (const state of states) for (const seat of state.seats) inputs.push({ view: viewFor(state, seat), legal: legalOrders(state, seat), state, seat })
    const figures: Record<string, number | string> = { aiBenchScenario: scenario, aiBenchStates: states.length }
    for (const difficulty of DIFFICULTIES) {
      const runs = difficulty === 'hard' ? 2 : 5
      const decide: number[] = []
      const withView: number[] = []
      for (let r = 0; r < runs + 1; r++) {
        for (const { view, legal, state, seat } of inputs) {
          const t = ms(() => void chooseOrders(view, legal, { difficulty, seed: r }))
          const tv = ms(() => void chooseOrders(viewFor(state, seat), legalOrders(state, seat), { difficulty, seed: r }))
          if (r > 0) {
            decide.push(t)
            withView.push(tv)
          }
        }
      }
      const a = summarise(decide)
      const b = summarise(withView)
      figures[`ai${difficulty[0]?.toUpperCase()}${difficulty.slice(1)}DecisionMedianMs`] = a.medianMs
      figures[`ai${difficulty[0]?.toUpperCase()}${difficulty.slice(1)}DecisionP95Ms`] = a.p95Ms
      figures[`ai${difficulty[0]?.toUpperCase()}${difficulty.slice(1)}WithViewMedianMs`] = b.medianMs
      figures[`ai${difficulty[0]?.toUpperCase()}${difficulty.slice(1)}WithViewP95Ms`] = b.p95Ms
    }
    // A quarter with 7 AI seats at normal (the eighth seat a person giving no orders).
    const quarter: number[] = []
    const decisions: number[] = []
    for (let r = 0; r < 6; r++) {
      for (const state of states) {
        const orders: OrdersBySeat = {}
        const d = ms(() => {
          for (const seat of state.seats.slice(1)) orders[seat] = chooseOrders(viewFor(state, seat), legalOrders(state, seat), { difficulty: 'normal', seed: r })
        })
        const all = d + ms(() => void resolveQuarter(state, orders))
        if (r > 0) {
          decisions.push(d)
          quarter.push(all)
        }
      }
    }
    const d7 = summarise(decisions)
    const q7 = summarise(quarter)
    figures.ai7SeatsNormalDecisionsMedianMs = d7.medianMs
    figures.ai7SeatsNormalDecisionsP95Ms = d7.p95Ms
    figures.quarterWith7AiSeatsNormalMedianMs = q7.medianMs
    figures.quarterWith7AiSeatsNormalP95Ms = q7.p95Ms
    return figures
  },
}
