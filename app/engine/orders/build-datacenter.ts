/** Clouds: build data-centre power (MW) in a region; ready after `datacenterBuildQuarters`. */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { note, transfer } from '../resolve/context'
import type { GameState } from '../state/game-state'
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

/** Grid power in a region not yet taken by data centres (built or being built). */
export function freeGridMw(state: GameState, region: string): number {
  let used = 0
  for (const f of Object.values(state.factions)) {
    used += f.datacenterMw[region] ?? 0
    for (const b of f.building) if (b.region === region) used += b.mw
  }
  return (state.gridMw[region] ?? 0) - used
}

/**
 * Grid power free as `seat` can know it: less everyone's finished data centres (public) and its
 * own under construction, but not others' construction (private). Orders are checked against it,
 * so a refusal never reveals a rival's build; the build itself gets what is really left.
 */
export function knownFreeGridMw(state: GameState, region: string, seat: string): number {
  let used = 0
  for (const f of Object.values(state.factions)) used += f.datacenterMw[region] ?? 0
  for (const b of state.factions[seat]?.building ?? []) if (b.region === region) used += b.mw
  return (state.gridMw[region] ?? 0) - used
}

/** Handler for build-datacenter. */
export const buildDatacenter: OrderHandler<BuildDatacenter> = {
  kind: 'build-datacenter',
  phase: 6,
  defaultKinds: ['cloud'],
  codes: ['unknown_region', 'over_limit', 'no_grid'],
  reserve: (state, _seat, order) => costBn(state, order.region, order.mw),
  validate(state, seat, order) {
    if (state.rules.regions[order.region] === undefined) return refuse('unknown_region', `there is no region "${order.region}"`, ['region'])
    const max = limitOf(state, 'build-datacenter', 'mw', 5000)
    if (order.mw > max) return refuse('over_limit', `at most ${max} MW`, ['mw'])
    const free = knownFreeGridMw(state, order.region, seat)
    return order.mw > free ? refuse('no_grid', `${order.region}'s grid has ${Math.floor(Math.max(0, free))} MW free for data centres (less any that others are building)`, ['mw']) : null
  },
  apply(ctx, seat, order) {
    const f = ctx.state.factions[seat]
    if (f === undefined) return
    // Others' construction, unseen when the order was given, may have taken part of the grid.
    const room = Math.max(0, Math.floor(freeGridMw(ctx.state as GameState, order.region)))
    const want = Math.min(order.mw, room)
    if (want < order.mw) note(ctx, seat, 'deploy/grid-short', { region: order.region, asked: order.mw, built: want })
    if (want <= 0) return
    const cost = costBn(ctx.state, order.region, want)
    const paid = transfer(ctx, seat, 'outside:construction', cost, 'order:build-datacenter')
    const mw = cost > 0 ? Math.floor((want * paid) / cost + 1e-9) : want
    if (mw > 0) f.building.push({ region: order.region, mw, ready: ctx.state.quarter + ctx.state.rules.constants.datacenterBuildQuarters })
  },
  legal: (state) => ({ region: { type: 'id', options: Object.keys(state.rules.regions) }, mw: { type: 'number', min: 10, max: limitOf(state, 'build-datacenter', 'mw', 5000), integer: true } }),
}
