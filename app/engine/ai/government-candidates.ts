/** Candidate orders of governments (policies, licences, lists, subsidies) and of anyone (event choices), with the tension cost they weigh. */
import type { LegalOrder } from '../orders/legal-orders'
import type { GameState } from '../state/game-state'
import { type Temper } from './temper'
import { clamp, dateQuarter, ids, numMax, numMin, round2, type Gen } from './candidate-kit'

/** Generators by order kind. */
export const GOVERNMENT_CANDIDATES: Partial<Record<LegalOrder['kind'], Gen>> = {
  'enact-policy': (g, t, legal) => ids(legal.params.policy).flatMap((id) => {
    const p = g.rules.policies[id]
    if (p === undefined) return []
    let score = policyValue(g, t, id)
    if (t.historical && p.realRule !== undefined) {
      // Follow the record: a rule once its date has passed, unless a later rule that replaced it has too.
      const replaced = Object.values(g.rules.policies).some((q) => q.supersedes.includes(id) && q.realRule !== undefined && dateQuarter(q.realRule.date) <= g.quarter)
      score = dateQuarter(p.realRule.date) <= g.quarter && !replaced ? score + 3 : -10
    }
    return [{ order: { kind: 'enact-policy', policy: id }, score, slot: `policy:${id}` }]
  }),

  'repeal-policy': (g, t, legal) => ids(legal.params.policy).flatMap((id) => {
    const p = g.rules.policies[id]
    if (p === undefined || p.tensionDelta <= 2 || g.tension < 65) return []
    const superseded = Object.keys(g.policies).some((other) => g.rules.policies[other]?.supersedes.includes(id) === true)
    if (t.historical && !superseded) return []
    const score = 0.15 * t.drive.stability * p.tensionDelta * (g.tension / 50) - policyValue(g, t, id, true)
    return [{ order: { kind: 'repeal-policy', policy: id }, score, slot: `policy:${id}` }]
  }),

  'set-licence': (g, t, legal) => ids(legal.params.policy).flatMap((id) => {
    const live = g.policies[id]
    const p = g.rules.policies[id]
    if (live === undefined || p === undefined || (live.licence ?? p.params.licence ?? 'deny') !== 'deny') return []
    const dealmaking = t.drive.stability * (g.tension / 50) - t.aggressiveness * 1.2
    if (t.historical || dealmaking <= 0) return []
    return [{ order: { kind: 'set-licence', policy: id, mode: 'revenue-share', revenueShare: 0.15 }, score: 0.5 + dealmaking, slot: `licence:${id}` }]
  }),

  'list-entity': (g, t, legal) => {
    if (t.historical || t.aggressiveness < 0.6) return []
    const rivals = ids(legal.params.entity).filter((id) => {
      const region = g.rules.factions[id]?.region ?? g.rules.actors[id]?.region
      const alignment = region === undefined ? undefined : g.rules.regions[region]?.alignment
      return alignment !== undefined && alignment !== 'neutral' && alignment !== t.bloc && g.rules.factions[id] !== undefined
    })
    const target = rivals[0]
    if (target === undefined) return []
    return [{ order: { kind: 'list-entity', entity: target }, score: t.aggressiveness * (0.5 + 0.5 * t.drive['compute-lead']) - tensionCost(g, t, g.rules.constants.bustTension), slot: `list:${target}` }]
  },

  'assess-chip': (g, t, legal) => {
    const rivals = ids(legal.params.chip).filter((id) => {
      const maker = g.chips[id]?.maker ?? ''
      const region = g.rules.factions[maker]?.region ?? g.rules.actors[maker]?.region ?? ''
      return g.rules.regions[region]?.alignment !== t.bloc
    })
    const known = g.intel[t.seat] ?? []
    const fresh = rivals.find((id) => !known.includes(id))
    if (fresh !== undefined) return [{ order: { kind: 'assess-chip', chip: fresh, publish: false }, score: 0.35, slot: 'assess' }]
    // Publish what intelligence found about a rival's overclaim (public, costs political capital).
    const f = g.factions[t.seat]
    const bluff = rivals.find((id) => {
      const chip = g.chips[id]
      return known.includes(id) && chip !== undefined && chip.claimed.bf16Tflops > chip.true.bf16Tflops * 1.1
    })
    if (bluff === undefined || f === undefined || f.politicalCapital < g.rules.constants.publishAssessmentCapital + 20) return []
    return [{ order: { kind: 'assess-chip', chip: bluff, publish: true }, score: 0.3 + 0.3 * t.aggressiveness, slot: 'assess' }]
  },

  'set-enforcement': (g, t, legal) => {
    if (g.quarter !== g.startQuarter || Object.keys(g.policies).every((id) => g.rules.policies[id]?.owner !== t.seat || g.rules.policies[id]?.instrument !== 'chip-control')) return []
    return [{ order: { kind: 'set-enforcement', seizureChance: round2(clamp(0.05 + 0.3 * t.aggressiveness, 0, numMax(legal.params.seizureChance, 0.6))) }, score: 0.4, slot: 'enforcement' }]
  },

  'grant-subsidy': (g, t, legal) => {
    const f = g.factions[t.seat]
    if (f === undefined) return []
    const firms = ids(legal.params.faction)
    if (firms.length === 0) return []
    // Domestic champions first: the firm whose chips or fabs serve the seat's objectives.
    const pick = firms.map((id) => {
      const kinds = g.rules.factions[id]?.kinds ?? []
      const fit = (kinds.includes('designer') ? 1 : 0) * (t.drive['domestic-chip-share'] + 0.3 * t.drive['compute-lead']) + (kinds.includes('foundry') ? 1 : 0) * (0.8 * t.drive['domestic-chip-share']) + (kinds.includes('cloud') ? 0.5 : 0) * t.drive['compute-lead']
      return { id, fit }
    }).sort((a, b) => b.fit - a.fit)[0]
    if (pick === undefined || pick.fit <= 0) return []
    const amount = round2(clamp(f.cashBn * 0.3, numMin(legal.params.amountBn, 0.1), numMax(legal.params.amountBn, 20)))
    if (f.cashBn < 1) return []
    return [{ order: { kind: 'grant-subsidy', faction: pick.id, amountBn: amount }, score: 0.4 + 0.5 * pick.fit, slot: 'subsidy' }]
  },

  'choose-event-option': (g, t) => {
    // The choice whose effects the seat likes best: tension it adds or removes, policies it enacts.
    const mine = g.decisions.filter((d) => d.seat === t.seat)
    return mine.map((d) => {
      const event = g.rules.events[d.event]
      let best = d.choices[0]
      let top = -Infinity
      for (const id of d.choices) {
        let v = 0
        for (const op of event?.choices.find((c) => c.id === id)?.effects ?? []) {
          if (op.op === 'adjust-tension') v -= tensionCost(g, t, op.delta)
          else if (op.op === 'enact-policy') {
            const p = g.rules.policies[op.policy]
            v += p?.owner === t.seat ? policyValue(g, t, op.policy) : -tensionCost(g, t, p?.tensionDelta ?? 0)
            if (t.historical && p?.realRule !== undefined && dateQuarter(p.realRule.date) <= g.quarter) v += 3
          } else if (op.op === 'adjust-political-capital') v += 0.02 * op.delta
        }
        if (v > top) {
          top = v
          best = id
        }
      }
      return { order: { kind: 'choose-event-option', decision: d.id, choice: best }, score: 0.8, slot: `decision:${d.id}` }
    })
  },
}

function tensionCost(g: GameState, t: Temper, delta: number): number {
  // Closer to the crisis threshold, each point of tension weighs more.
  // Symmetric: a negative delta (a summit, a licence) is a gain of the same size.
  const c = g.rules.constants.crisisTension
  const near = Math.max(0, g.tension + Math.max(0, delta) - 0.5 * c) / (0.5 * c)
  const fear = Math.max(0.2, 1.02 - t.riskTolerance)
  return delta * (0.055 + 0.25 * near * near) * (0.5 + t.drive.stability) * fear
}

/** How much a seat likes a policy of its own being in force (and, `inForce`, keeping it). */
function policyValue(g: GameState, t: Temper, id: string, inForce = false): number {
  const p = g.rules.policies[id]
  if (p === undefined) return 0
  const d = t.drive
  const a = t.aggressiveness
  let v = 0
  switch (p.instrument) {
    case 'chip-control': v = (p.params.licence === 'revenue-share' ? 0.4 + 0.4 * d.stability : 0.6 + a) * (0.5 + 0.5 * d['compute-lead']); break
    case 'hbm-control':
    case 'tool-control':
    case 'foundry-control':
    case 'ally-pressure': v = (0.5 + a) * (0.5 + 0.5 * d['compute-lead']); break
    case 'entity-list': v = (0.3 + a) * (0.5 + 0.3 * d['compute-lead']); break
    case 'enforcement': v = 0.5 * a; break
    case 'subsidy': v = 1 + 0.5 * d['domestic-chip-share'] + 0.3 * d['compute-lead']; break
    case 'state-compute': v = 0.8 + 0.5 * d['compute-lead'] + 0.3 * d['domestic-chip-share']; break
    case 'procurement': v = (p.params.domesticWeightDelta ?? 0) > 0 ? 0.5 + 0.6 * d['domestic-chip-share'] : 0.3 + 0.5 * a; break
    case 'talent': v = 0.6 + 0.4 * d['domestic-chip-share']; break
    case 'counter-control':
    case 'antitrust': v = 0.2 + 0.8 * a; break
    case 'diplomacy': v = 0.1; break
  }
  return inForce ? v : v - tensionCost(g, t, p.tensionDelta)
}
