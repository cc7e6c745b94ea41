/** Designers: buy HBM stacks ahead of need (the 910C's stockpile before the Dec 2024 ban). */
import { z } from 'zod'
import { IdSchema, quarterIndex } from '../data/common'
import { lineCapacity } from '../resolve/capacity'
import type { GameState } from '../state/game-state'
import { hbmBlock } from '../model/legality'
import { limitOf, type OrderHandler } from './handler'
import { refuse } from './refusal'
import { transfer } from '../resolve/context'

/** Buy HBM stacks from a line this quarter; they wait in your inventory. */
export const StockpileHbmSchema = z.strictObject({ kind: z.literal('stockpile-hbm'), hbm: IdSchema, stacks: z.number().int().min(1) })
/** A stockpile-hbm order. */
export type StockpileHbm = z.infer<typeof StockpileHbmSchema>

/** Handler for stockpile-hbm. */
export const stockpileHbm: OrderHandler<StockpileHbm> = {
  kind: 'stockpile-hbm',
  phase: 3,
  defaultKinds: ['designer'],
  codes: ['unknown_hbm', 'not_available', 'hbm_blocked', 'over_limit'],
  reserve: (state, _seat, order) => (order.stacks * (state.rules.hbm[order.hbm]?.priceUsd ?? 0)) / 1e9,
  validate(state, seat, order) {
    const line = state.rules.hbm[order.hbm]
    if (line === undefined) return refuse('unknown_hbm', `there is no HBM line "${order.hbm}"`, ['hbm'])
    if (state.quarter < quarterIndex(line.availableFrom)) return refuse('not_available', `${order.hbm} ships from ${line.availableFrom}`, ['hbm'])
    const block = hbmBlock(state, line.region, seat)
    if (block !== null) return refuse('hbm_blocked', `${block} forbids selling ${order.hbm} to you`, ['hbm'])
    const max = limitOf(state, 'stockpile-hbm', 'stacks', 2_000_000)
    if (order.stacks > max) return refuse('over_limit', `at most ${max} stacks`, ['stacks'])
    return null
  },
  apply(ctx, seat, order) {
    const line = ctx.state.rules.hbm[order.hbm]
    const live = ctx.state.hbm[order.hbm]
    const f = ctx.state.factions[seat]
    if (line === undefined || live === undefined || f === undefined) return
    // Capacity this quarter (zero before the line ships, scaled by events), less what was sold already.
    const free = Math.max(0, lineCapacity(ctx.state as GameState, order.hbm) - live.lastUsed)
    let stacks = Math.min(order.stacks, free)
    const paid = transfer(ctx, seat, line.owner in ctx.state.factions ? line.owner : `outside:${line.owner}`, (stacks * line.priceUsd) / 1e9, 'order:stockpile-hbm')
    stacks = line.priceUsd > 0 ? Math.min(stacks, Math.floor((paid * 1e9) / line.priceUsd + 1e-6)) : stacks
    live.lastUsed += stacks
    f.inventory[order.hbm] = (f.inventory[order.hbm] ?? 0) + stacks
  },
  legal(state, seat) {
    const lines = Object.values(state.rules.hbm).filter((l) => state.quarter >= quarterIndex(l.availableFrom) && hbmBlock(state, l.region, seat) === null).map((l) => l.id)
    if (lines.length === 0) return null
    return { hbm: { type: 'id', options: lines }, stacks: { type: 'number', min: 1, max: limitOf(state, 'stockpile-hbm', 'stacks', 2_000_000), integer: true } }
  },
}
