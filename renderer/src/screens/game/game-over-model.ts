/**
 * The end screen's facts, pure so they are unit-tested: who won and why (the outcome, the
 * crisis line, the margin), every faction's standing (VP, par, score = VP − par, rank),
 * its objectives with the points each scored in the final quarter (the report's lines),
 * and its VP quarter by quarter from the history. Nothing is estimated: a figure the view
 * and report do not carry is left out (null), never made up.
 */
import type { QuarterReport, Rules, ViewBody } from './game-types'
import { partyName } from './report-lines'

export interface ObjectiveLine {
  id: string
  name: string
  weight: number
  /** Points scored by it in the final quarter, or null when the final report is not at hand. */
  lastQuarter: number | null
}

export interface Standing {
  id: string
  name: string
  vp: number
  par: number
  /** VP − par, the engine's final score. */
  score: number
  rank: number
  winner: boolean
  you: boolean
  /** A seat in this game (only seats can win). */
  seated: boolean
  objectives: ObjectiveLine[]
  /** The crisis penalty taken in the final quarter (negative), or null. */
  crisisPenalty: number | null
  /** VP gained each quarter (from the history; the first from the start's 0). */
  perQuarter: { quarter: number; gained: number }[]
  best: { quarter: number; gained: number } | null
  worst: { quarter: number; gained: number } | null
}

/** Why the game ended, as the engine says (the scenario's end, the crisis, a facilitator's stop…). */
export type EndReason = NonNullable<ViewBody['over']>['reason']

export interface Finale {
  reason: EndReason
  quarter: number
  winner: string | null
  winnerName: string | null
  /** Tension at the end and the crisis line. */
  tension: number
  crisisTension: number
  crisisPenaltyVp: number
  /** The winner's lead over the next seat's score, or null without a runner-up. */
  margin: number | null
  runnerUp: string | null
  runnerUpName: string | null
  /** The seat's own place (1-based) among all factions, or null for the facilitator. */
  yourRank: number | null
  standings: Standing[]
}

/** The final report, when the report at hand is the one that ended the game. */
function finalReport(view: ViewBody, report: QuarterReport | null): QuarterReport | null {
  if (report === null) return null
  if (report.over !== null) return report
  return view.over !== null && report.quarter === view.over.quarter ? report : null
}

/** The end of the game as the end screen tells it; null while the game runs. */
export function finale(view: ViewBody, report: QuarterReport | null, rules: Rules, texts: Record<string, string>, seat: string): Finale | null {
  const outcome = view.over ?? (report?.over ? { ...report.over, quarter: report.quarter } : null)
  if (outcome === null) return null
  const last = finalReport(view, report)
  const setups = rules.scenarios[view.scenarioId]?.factions ?? []
  const factions = view.factionIds.filter((id) => view.factions[id] !== undefined)

  const standings: Standing[] = factions.map((id) => {
    const pub = view.factions[id]?.public
    const vp = pub?.vp ?? 0
    const par = pub?.par ?? 0
    const score = outcome.scores[id] ?? vp - par
    const lines = last?.vp[id] ?? null
    const objectives = (setups.find((s) => s.faction === id)?.objectives ?? []).map((o) => {
      const rec = rules.objectives[o.objective]
      const name = rec !== undefined && Object.prototype.hasOwnProperty.call(texts, rec.name) ? (texts[rec.name] as string) : o.objective
      const scored = lines === null ? null : lines.filter((l) => l.objective === o.objective).reduce((s, l) => s + l.points, 0)
      return { id: o.objective, name, weight: o.weight, lastQuarter: scored }
    })
    const penalty = lines === null ? null : lines.filter((l) => l.objective === 'crisis').reduce((s, l) => s + l.points, 0)
    const perQuarter: Standing['perQuarter'] = []
    let before = 0
    for (const point of view.history) {
      const now = point.factions[id]?.vp
      if (now === undefined) continue
      perQuarter.push({ quarter: point.quarter, gained: now - before })
      before = now
    }
    const best = perQuarter.reduce<Standing['best']>((b, q) => (b === null || q.gained > b.gained ? q : b), null)
    const worst = perQuarter.reduce<Standing['worst']>((w, q) => (w === null || q.gained < w.gained ? q : w), null)
    return {
      id,
      name: partyName(id, rules, texts),
      vp,
      par,
      score,
      rank: 0,
      winner: id === outcome.winner,
      you: id === seat,
      seated: view.seats.includes(id),
      objectives,
      crisisPenalty: penalty === null || penalty === 0 ? null : penalty,
      perQuarter,
      best,
      worst,
    }
  })
  standings.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
  standings.forEach((s, i) => {
    s.rank = i + 1
  })

  const contenders = standings.filter((s) => s.seated)
  const winnerStanding = standings.find((s) => s.winner) ?? null
  const runner = contenders.find((s) => !s.winner) ?? null
  return {
    reason: outcome.reason,
    quarter: outcome.quarter,
    winner: outcome.winner,
    winnerName: outcome.winner === null ? null : partyName(outcome.winner, rules, texts),
    tension: view.tension,
    crisisTension: rules.constants.crisisTension,
    crisisPenaltyVp: rules.constants.crisisPenaltyVp,
    margin: winnerStanding !== null && runner !== null ? winnerStanding.score - runner.score : null,
    runnerUp: runner?.id ?? null,
    runnerUpName: runner?.name ?? null,
    yourRank: standings.find((s) => s.you)?.rank ?? null,
    standings,
  }
}
