/** Phase 7: finances: government budgets, data-centre running costs, foundry wafer costs, depreciation. */
import type { GameState } from '../state/game-state'
import { note, transfer, type PhaseContext } from './context'

/** Runs phase 7 after the phase's orders. */
export function phaseFinance(ctx: PhaseContext): void {
  const state = ctx.state as GameState
  const c = state.rules.constants
  for (const id of state.factionIds) {
    const f = state.factions[id]
    if (f === undefined) continue
    if (f.budgetBnPerQuarter > 0) transfer(ctx, 'outside:treasury', id, f.budgetBnPerQuarter, 'finance:budget')
    let mw = 0
    for (const v of Object.values(f.datacenterMw)) mw += v
    if (mw > 0) transfer(ctx, id, 'outside:utilities', mw * c.datacenterOpexBnPerMwQuarter, 'finance:datacenter-opex')
  }
  for (const [nodeId, wafers] of Object.entries(ctx.scratch.wafersRun)) {
    const rec = state.rules.nodes[nodeId]
    const owner = rec === undefined ? undefined : state.rules.foundries[rec.foundry]?.owner
    if (rec === undefined || owner === undefined || state.factions[owner] === undefined || wafers <= 0) continue
    transfer(ctx, owner, 'outside:suppliers', (wafers * rec.waferCostUsd) / 1e9, 'finance:wafer-cost')
  }
  for (const id of state.factionIds) {
    const f = ctx.state.factions[id]
    if (f === undefined) continue
    f.financials.cashBn = f.cashBn
    // Depreciation is reported, not paid: capital was paid in cash when spent.
    const depreciation = c.depreciationQuarters > 0 ? (f.assetsBn ?? 0) / c.depreciationQuarters : 0
    if (depreciation > 0) {
      f.assetsBn = (f.assetsBn ?? 0) - depreciation
      f.financials.depreciationBn = depreciation
    }
    if (f.financials.costBn > 0 || depreciation > 0) {
      const operating = f.financials.costBn - (f.financials.capexBn ?? 0)
      note(ctx, id, 'finance/summary', { revenueBn: round(f.financials.revenueBn), costBn: round(f.financials.costBn), capexBn: round(f.financials.capexBn ?? 0), depreciationBn: round(depreciation), profitBn: round(f.financials.revenueBn - operating - depreciation) })
    }
  }
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000
}
