/** Measures of the 2022–2025 record for AI games: Nvidia's China revenue share, domestic share of Chinese compute, licensed compliant chips. */
import { aiOrders, createGame, resolveQuarter, type GameState, type OrdersBySeat, type Persona, type QuarterReport, type Rules } from '../../app/engine'

/** Historical personas: the data's `historical` persona for each seat's faction (personas.json). */
export function historicalPersonas(rules: Rules, scenarioId: string): Record<string, Persona> {
  const out: Record<string, Persona> = {}
  for (const f of rules.scenarios[scenarioId]?.factions ?? []) {
    const p = Object.values(rules.personas).find((persona) => persona.historical && persona.faction === f.faction)
    if (p === undefined) throw new Error(`the base data has no historical persona for ${f.faction}`)
    out[f.faction] = p
  }
  return out
}

/** What the record says moved between the start and 2025. */
export interface Trend {
  nvidiaChinaShare: number[]
  chinaDomesticShare: number[]
  /** Nvidia chips sold in China that are under a control's thresholds or licensed (variants such as H800/H20). */
  compliantSoldInChina: string[]
  /** Cards China bought per calendar year (demand pools and players), and how many were domestic (IDC's measure). */
  chinaCardsByYear: Record<number, { units: number; domestic: number }>
}

// Chips that appear during play (the A800 is already on sale at the start of October 2022).
const COMPLIANT = ['h800', 'h20']

function nvidiaSales(state: GameState, report: QuarterReport): { china: number; all: number } {
  let china = 0
  let all = 0
  for (const [poolId, pool] of Object.entries(report.market.pools)) {
    const region = state.rules.demandPools[poolId]?.region
    let nv = 0
    for (const [chip, share] of Object.entries(pool.shares)) if (state.chips[chip]?.maker === 'nvidia') nv += share * pool.spentBn
    all += nv
    if (region === 'china') china += nv
  }
  for (const p of report.market.purchases) {
    if (p.seller !== 'nvidia') continue
    const v = (p.units * (state.chips[p.chip]?.priceUsd ?? 0)) / 1e9
    all += v
    if (state.rules.factions[p.buyer]?.region === 'china') china += v
  }
  return { china, all }
}

/** Plays `quarters` quarters of a scenario with the AI (historical personas) and records the trend. */
export function playHistory(rules: Rules, scenarioId: string, seed: number, quarters: number, difficulty: 'easy' | 'normal' = 'normal'): Trend {
  const personas = historicalPersonas(rules, scenarioId)
  const created = createGame(rules, { scenarioId, seed })
  if (!created.ok) throw new Error(created.message)
  let state = created.state
  const trend: Trend = { nvidiaChinaShare: [], chinaDomesticShare: [], compliantSoldInChina: [], chinaCardsByYear: {} }
  for (let q = 0; q < quarters && state.over === null; q++) {
    const orders: OrdersBySeat = {}
    for (const seat of state.seats) {
      const persona = personas[seat]
      orders[seat] = aiOrders(state, seat, { difficulty, ...(persona === undefined ? {} : { persona }) })
    }
    const { state: next, report } = resolveQuarter(state, orders)
    const sales = nvidiaSales(next, report)
    trend.nvidiaChinaShare.push(sales.all > 0 ? sales.china / sales.all : 0)
    const point = next.history[next.history.length - 1]
    trend.chinaDomesticShare.push(point?.chinaDomesticShare ?? 0)
    if (point?.chinaCards !== undefined) {
      const year = (trend.chinaCardsByYear[Math.floor(point.quarter / 4)] ??= { units: 0, domestic: 0 })
      year.units += point.chinaCards.units
      year.domestic += point.chinaCards.domestic
    }
    for (const [poolId, pool] of Object.entries(report.market.pools)) {
      if (next.rules.demandPools[poolId]?.region !== 'china') continue
      for (const [chip, share] of Object.entries(pool.shares)) {
        const c = next.chips[chip]
        if (c === undefined || c.maker !== 'nvidia' || share <= 0) continue
        // Compliant: a cut of a chip that the controls in force catch (H800, H20 or a variant the AI designed).
        const compliant = COMPLIANT.includes(c.id) || (c.variantOf !== null && c.name.startsWith('designed.'))
        if (compliant && !trend.compliantSoldInChina.includes(chip)) trend.compliantSoldInChina.push(chip)
      }
    }
    state = next
  }
  return trend
}
