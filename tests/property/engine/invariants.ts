/** Invariants every quarter must keep (shared by the property tests). Checks collect messages; one assertion per quarter keeps 10,000 quarters fast. */
import { expect } from 'vitest'
import type { GameState, QuarterReport } from '../../../app/engine'

const EPS = 1e-6

/** Lists every broken invariant of one resolved quarter. */
export function quarterViolations(before: GameState, after: GameState, report: QuarterReport, submitted: Record<string, number>): string[] {
  const bad: string[] = []
  const nonNeg = (what: string, v: number): void => {
    if (!(v >= 0)) bad.push(`${what} is ${v}`)
  }
  // No negative stock anywhere.
  for (const f of Object.values(after.factions)) {
    if (!(f.cashBn >= -EPS)) bad.push(`${f.id} cash ${f.cashBn}`)
    for (const [k, v] of Object.entries(f.inventory)) nonNeg(`${f.id} inventory ${k}`, v)
    for (const [r, region] of Object.entries(f.installed)) for (const [k, v] of Object.entries(region)) nonNeg(`${f.id} installed ${r}/${k}`, v)
    for (const [k, v] of Object.entries(f.datacenterMw)) nonNeg(`${f.id} MW ${k}`, v)
  }
  for (const [id, p] of Object.entries(after.pools)) for (const [k, v] of Object.entries(p.installed)) nonNeg(`pool ${id} ${k}`, v)
  for (const [k, v] of Object.entries(after.actorInventory)) nonNeg(`actor stock ${k}`, v)
  // Capacity never exceeded (nodes, packaging, HBM), nor data-centre power for what was deployed in play.
  for (const c of report.capacity) if (c.used > c.capacity + EPS) bad.push(`${c.id} used ${c.used} of ${c.capacity}`)
  for (const f of Object.values(after.factions)) {
    for (const [region, chips] of Object.entries(f.installed)) {
      const started = before.factions[f.id]?.installed[region] ?? {}
      if (!Object.entries(chips).some(([chip, units]) => units > (started[chip] ?? 0))) continue
      let mw = 0
      for (const [chip, units] of Object.entries(chips)) mw += (units * (after.chips[chip]?.true.powerW ?? 0) * after.rules.constants.allInPowerFactor) / 1e6
      if (mw > (f.datacenterMw[region] ?? 0) + EPS) bad.push(`${f.id} draws ${mw} MW in ${region} of ${f.datacenterMw[region] ?? 0}`)
    }
  }
  // Money conserved: every change of cash is a named flow.
  const net: Record<string, number> = {}
  for (const flow of report.flows) {
    if (!(flow.amountBn > 0)) bad.push(`flow ${flow.cause} of ${flow.amountBn}`)
    if (!/^(order|policy|event|market|finance|draw):/.test(flow.cause)) bad.push(`flow cause ${flow.cause}`)
    net[flow.from] = (net[flow.from] ?? 0) - flow.amountBn
    net[flow.to] = (net[flow.to] ?? 0) + flow.amountBn
  }
  for (const [id, f] of Object.entries(after.factions)) {
    const delta = f.cashBn - (before.factions[id]?.cashBn ?? 0)
    if (Math.abs(delta - (net[id] ?? 0)) > 1e-6 * Math.max(1, Math.abs(f.cashBn))) bad.push(`${id} cash moved ${delta} but flows say ${net[id] ?? 0}`)
  }
  // Market shares sum to at most 1; nobody spends beyond the budget.
  for (const [id, pool] of [...Object.entries(report.market.pools), ...Object.entries(report.market.cloud)]) {
    const sum = Object.values(pool.shares).reduce((s, v) => s + v, 0)
    if (sum > 1 + EPS) bad.push(`${id} shares sum to ${sum}`)
    if (pool.spentBn > pool.budgetBn + EPS) bad.push(`${id} spent ${pool.spentBn} of ${pool.budgetBn}`)
  }
  // No order refused without a reason, none dropped silently.
  for (const [seat, n] of Object.entries(submitted)) {
    const refused = report.refusals[seat] ?? []
    for (const r of refused) {
      if (!/^order\/[a-z_]+$/.test(r.refusal.code) || r.refusal.message.length === 0 || !Array.isArray(r.refusal.path)) bad.push(`refusal without a reason: ${JSON.stringify(r)}`)
    }
    if ((report.accepted[seat]?.length ?? 0) + refused.length !== n) bad.push(`${seat}: ${n} orders, ${report.accepted[seat]?.length ?? 0} accepted, ${refused.length} refused`)
  }
  return bad
}

/** Asserts a quarter broke no invariant. */
export function checkQuarter(before: GameState, after: GameState, report: QuarterReport, submitted: Record<string, number>): void {
  const bad = quarterViolations(before, after, report, submitted)
  if (bad.length > 0) expect(bad).toEqual([])
}
