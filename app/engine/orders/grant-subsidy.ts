/** Governments: a direct grant to a firm you govern (Big-Fund-style). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { homeRegion } from '../model/lookups'
import { transfer } from '../resolve/context'
import { limitOf, type OrderHandler } from './handler'
import { refuse } from './refusal'

/** Grant money to a domestic company. */
export const GrantSubsidySchema = z.strictObject({ kind: z.literal('grant-subsidy'), faction: IdSchema, amountBn: z.number().positive() })
/** A grant-subsidy order. */
export type GrantSubsidy = z.infer<typeof GrantSubsidySchema>

/** Handler for grant-subsidy. */
export const grantSubsidy: OrderHandler<GrantSubsidy> = {
  kind: 'grant-subsidy',
  phase: 7,
  defaultKinds: ['government'],
  codes: ['unknown_faction', 'not_domestic', 'over_limit'],
  reserve: (_s, _seat, order) => order.amountBn,
  validate(state, seat, order) {
    if (state.factions[order.faction] === undefined) return refuse('unknown_faction', `there is no faction "${order.faction}" in this game`, ['faction'])
    const region = homeRegion(state, order.faction)
    if (order.faction === seat || region === undefined || !(state.rules.factions[seat]?.governs ?? []).includes(region)) return refuse('not_domestic', `${order.faction} is not a firm you govern`, ['faction'])
    const max = limitOf(state, 'grant-subsidy', 'amountBn', 20)
    return order.amountBn > max ? refuse('over_limit', `at most US$${max}bn`, ['amountBn']) : null
  },
  apply: (ctx, seat, order) => void transfer(ctx, seat, order.faction, order.amountBn, 'order:grant-subsidy'),
  legal(state, seat) {
    const governs = state.rules.factions[seat]?.governs ?? []
    const options = state.factionIds.filter((id) => id !== seat && governs.includes(homeRegion(state, id) ?? ''))
    return options.length === 0 ? null : { faction: { type: 'id', options }, amountBn: { type: 'number', min: 0.1, max: limitOf(state, 'grant-subsidy', 'amountBn', 20), integer: false } }
  },
}
