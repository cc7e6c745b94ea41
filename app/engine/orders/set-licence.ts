/** Governments: change how a control in force is licensed (deny, case-by-case, revenue share, allow). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { LicenceModeSchema } from '../data/policy'
import { moveTension } from '../resolve/context'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Set a control's licence mode (the H20's 15 % deal is `revenue-share` with 0.15). */
export const SetLicenceSchema = z.strictObject({ kind: z.literal('set-licence'), policy: IdSchema, mode: LicenceModeSchema, revenueShare: z.number().min(0).max(1).default(0) })
/** A set-licence order. */
export type SetLicence = z.infer<typeof SetLicenceSchema>

const ORDER = { deny: 0, 'case-by-case': 1, 'revenue-share': 2, allow: 3 } as const

/** Handler for set-licence. */
export const setLicence: OrderHandler<SetLicence> = {
  kind: 'set-licence',
  phase: 1,
  defaultKinds: ['government'],
  codes: ['unknown_policy', 'not_your_policy', 'not_active', 'not_a_control'],
  validate(state, seat, order) {
    const p = state.rules.policies[order.policy]
    if (p === undefined) return refuse('unknown_policy', `there is no policy "${order.policy}"`, ['policy'])
    if (p.owner !== seat) return refuse('not_your_policy', `${order.policy} is another government's`, ['policy'])
    if (state.policies[order.policy] === undefined) return refuse('not_active', `${order.policy} is not in force`, ['policy'])
    if (p.instrument !== 'chip-control' && p.instrument !== 'hbm-control') return refuse('not_a_control', `${order.policy} is not an export control`, ['policy'])
    return null
  },
  apply(ctx, _seat, order) {
    const live = ctx.state.policies[order.policy]
    if (live === undefined) return
    const before = ORDER[live.licence ?? 'deny']
    live.licence = order.mode
    live.revenueShare = order.revenueShare
    const c = ctx.state.rules.constants
    // Loosening a control eases tension (MODEL.md: licences −2); tightening raises it as much.
    const after = ORDER[order.mode]
    if (after !== before) moveTension(ctx, after > before ? c.licenceTension : -c.licenceTension, `order:set-licence`)
  },
  legal(state, seat) {
    const options = Object.keys(state.policies).filter((id) => {
      const p = state.rules.policies[id]
      return p?.owner === seat && (p.instrument === 'chip-control' || p.instrument === 'hbm-control')
    })
    return options.length === 0 ? null : { policy: { type: 'id', options }, mode: { type: 'enum', options: ['deny', 'case-by-case', 'revenue-share', 'allow'] }, revenueShare: { type: 'number', min: 0, max: 0.5, integer: false } }
  },
}
