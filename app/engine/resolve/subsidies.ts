/** Subsidies tied to capital spending (CHIPS-Act grants for fabs, Big Fund shares of programs). */
import { homeRegion } from '../model/lookups'
import { transfer, type PhaseContext } from './context'

/** Pays the seat each subsidy policy's share of `capexBn` from the enacting government's cash. */
export function paySubsidies(ctx: PhaseContext, seat: string, capexBn: number, fabRegion: string | null): void {
  if (capexBn <= 0) return
  for (const id of Object.keys(ctx.state.policies)) {
    const p = ctx.state.rules.policies[id]
    if (p === undefined || p.instrument !== 'subsidy' || p.params.subsidyShare === undefined) continue
    const gov = ctx.state.rules.factions[p.owner]
    const home = homeRegion(ctx.state, seat)
    const eligible = p.params.entities !== undefined ? p.params.entities.includes(seat) : home !== undefined && (gov?.governs ?? []).includes(home)
    if (!eligible) continue
    if (p.params.fabRegions !== undefined && (fabRegion === null || !p.params.fabRegions.includes(fabRegion))) continue
    transfer(ctx, p.owner, seat, capexBn * p.params.subsidyShare, `policy:${id}`)
  }
}
