/** Clouds: build data-centre power (MW) in a region; ready after `datacenterBuildQuarters`. */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { transfer } from '../resolve/context'
import { limitOf, type OrderHandler } from './handler'
import { refuse } from './refusal'

/** Build MW of data-centre capacity. */
export const BuildDatacenterSchema = z.strictObject({ kind: z.literal('build-datacenter'), region: IdSchema, mw: z.number().int().min(1) })
/** A build-datacenter order. */
export type BuildDatacenter = z.infer<typeof BuildDatacenterSchema>

/** The capital cost (US$ bn) of `mw` in a region. */
function costBn(state: { rules: { regions: Record<string, { powerCostBnPerGw: number } | undefined> } }, region: string, mw: number): number {
  return ((state.rules.regions[region]?.powerCostBnPerGw ?? 11) * mw) / 1000
}

/** Handler for build-datacenter. */
export const buildDatacenter: OrderHandler<BuildDatacenter> = {
  kind: 'build-datacenter',
  phase: 6,
  defaultKinds: ['cloud'],
  codes: ['unknown_region', 'over_limit'],
  reserve: (state, _seat, order) => costBn(state, order.region, order.mw),
  validate(state, _seat, order) {
    if (state.rules.regions[order.region] === undefined) return refuse('unknown_region', `there is no region "${order.region}"`, ['region'])
    const max = limitOf(state, 'build-datacenter', 'mw', 5000)
    return order.mw > max ? refuse('over_limit', `at most ${max} MW`, ['mw']) : null
  },
  apply(ctx, seat, order) {
    const f = ctx.state.factions[seat]
    if (f === undefined) return
    const cost = costBn(ctx.state, order.region, order.mw)
    const paid = transfer(ctx, seat, 'outside:construction', cost, 'order:build-datacenter')
    const mw = cost > 0 ? Math.floor((order.mw * paid) / cost + 1e-9) : order.mw
    if (mw > 0) f.building.push({ region: order.region, mw, ready: ctx.state.quarter + ctx.state.rules.constants.datacenterBuildQuarters })
  },
  legal: (state) => ({ region: { type: 'id', options: Object.keys(state.rules.regions) }, mw: { type: 'number', min: 10, max: limitOf(state, 'build-datacenter', 'mw', 5000), integer: true } }),
}
