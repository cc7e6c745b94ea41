/** Governments: add a firm to your Entity List (no foundry service abroad, no purchases of your bloc's chips). */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { homeRegion } from '../model/lookups'
import { moveTension } from '../resolve/context'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** List a faction or actor. */
export const ListEntitySchema = z.strictObject({ kind: z.literal('list-entity'), entity: IdSchema })
/** A list-entity order. */
export type ListEntity = z.infer<typeof ListEntitySchema>

/** Handler for list-entity. */
export const listEntity: OrderHandler<ListEntity> = {
  kind: 'list-entity',
  phase: 1,
  defaultKinds: ['government'],
  codes: ['unknown_entity', 'own_entity', 'already_listed'],
  validate(state, seat, order) {
    if (state.rules.factions[order.entity] === undefined && state.rules.actors[order.entity] === undefined) return refuse('unknown_entity', `there is no faction or actor "${order.entity}"`, ['entity'])
    const region = homeRegion(state, order.entity)
    if (order.entity === seat || (region !== undefined && (state.rules.factions[seat]?.governs ?? []).includes(region))) return refuse('own_entity', 'you cannot list a firm you govern', ['entity'])
    if ((state.entities[seat] ?? []).includes(order.entity)) return refuse('already_listed', `${order.entity} is already on your list`, ['entity'])
    return null
  },
  apply(ctx, seat, order) {
    const list = (ctx.state.entities[seat] ??= [])
    if (!list.includes(order.entity)) list.push(order.entity)
    moveTension(ctx, ctx.state.rules.constants.bustTension, 'order:list-entity')
  },
  legal(state, seat) {
    const governs = state.rules.factions[seat]?.governs ?? []
    const options = [...Object.keys(state.rules.factions), ...Object.keys(state.rules.actors)].filter((id) => {
      const r = homeRegion(state, id)
      return id !== seat && !(r !== undefined && governs.includes(r)) && !(state.entities[seat] ?? []).includes(id)
    })
    return options.length === 0 ? null : { entity: { type: 'id', options } }
  },
}
