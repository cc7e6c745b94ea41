/** Phase 1: policies take effect (orders applied before this), licences are decided, tension moves. */
import { controlCatches } from '../model/legality'
import { moveTension, transfer, type PhaseContext } from './context'

/** Runs phase 1 after the phase's orders. */
export function phasePolicies(ctx: PhaseContext): void {
  const { state } = ctx
  const c = state.rules.constants
  state.modifiers = state.modifiers.filter((m) => m.until >= state.quarter)
  for (const [id, live] of Object.entries(state.policies)) {
    const p = state.rules.policies[id]
    if (p === undefined) continue
    if (p.instrument === 'chip-control' && live.licence === 'case-by-case') {
      // Case-by-case licences: each caught chip is approved this quarter with the policy's chance.
      live.approved = []
      for (const chip of Object.values(state.chips)) {
        if (chip.launched < 0 || !controlCatches(p, chip)) continue
        if (ctx.rng.float() < (p.params.approvalChance ?? 0.5)) live.approved.push(chip.id)
      }
    }
    if (p.instrument === 'subsidy' && p.params.amountBnPerQuarter !== undefined && p.params.entities !== undefined) {
      const recipients = p.params.entities.filter((e) => state.factions[e] !== undefined)
      for (const e of recipients) transfer(ctx, p.owner, e, p.params.amountBnPerQuarter / recipients.length, `policy:${id}`)
    }
    if (p.instrument === 'state-compute' && p.params.pool !== undefined && p.params.amountBnPerQuarter !== undefined) {
      const paid = transfer(ctx, p.owner, `outside:pool:${p.params.pool}`, p.params.amountBnPerQuarter, `policy:${id}`)
      ctx.scratch.poolBoost[p.params.pool] = (ctx.scratch.poolBoost[p.params.pool] ?? 0) + paid
    }
    if (p.instrument === 'talent' && p.params.ecosystemPerQuarter !== undefined) {
      for (const e of p.params.entities ?? []) {
        const f = state.factions[e]
        if (f !== undefined) f.ecosystem = Math.max(0.05, Math.min(c.ecosystemMax, f.ecosystem + p.params.ecosystemPerQuarter))
      }
    }
  }
  moveTension(ctx, -c.tensionDecay, 'restraint')
  for (const f of Object.values(state.factions)) {
    if (f.kinds.includes('government')) f.politicalCapital = Math.min(c.politicalCapitalMax, f.politicalCapital + c.politicalCapitalRecovery)
  }
}
