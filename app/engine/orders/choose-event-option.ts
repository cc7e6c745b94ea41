/** Anyone: answer an event's choice from last quarter. */
import { z } from 'zod'
import { IdSchema } from '../data/common'
import { applyOperations } from '../ops/apply-operation'
import type { OrderHandler } from './handler'
import { refuse } from './refusal'

/** Pick an option of a pending decision. */
export const ChooseEventOptionSchema = z.strictObject({ kind: z.literal('choose-event-option'), decision: z.string().min(1), choice: IdSchema })
/** A choose-event-option order. */
export type ChooseEventOption = z.infer<typeof ChooseEventOptionSchema>

/** Handler for choose-event-option. */
export const chooseEventOption: OrderHandler<ChooseEventOption> = {
  kind: 'choose-event-option',
  phase: 8,
  defaultKinds: [],
  codes: ['unknown_decision', 'not_your_decision', 'unknown_choice'],
  validate(state, seat, order) {
    const d = state.decisions.find((x) => x.id === order.decision)
    if (d === undefined) return refuse('unknown_decision', `no pending decision "${order.decision}"`, ['decision'])
    if (d.seat !== seat) return refuse('not_your_decision', 'this decision belongs to another seat', ['decision'])
    if (!d.choices.includes(order.choice)) return refuse('unknown_choice', `choose one of ${d.choices.join(', ')}`, ['choice'])
    return null
  },
  apply(ctx, seat, order) {
    const i = ctx.state.decisions.findIndex((x) => x.id === order.decision && x.seat === seat)
    const d = ctx.state.decisions[i]
    if (d === undefined) return
    ctx.state.decisions.splice(i, 1)
    const choice = ctx.state.rules.events[d.event]?.choices.find((c) => c.id === order.choice)
    if (choice !== undefined) applyOperations(ctx, choice.effects, seat, `event:${d.event}`)
    ctx.report.notes.push({ seat: null, phase: ctx.phase, code: 'event/chosen', params: { event: d.event, seat, choice: order.choice } })
  },
  legal(state, seat) {
    const mine = state.decisions.filter((d) => d.seat === seat)
    if (mine.length === 0) return null
    return { decision: { type: 'id', options: mine.map((d) => d.id) }, choice: { type: 'enum', options: [...new Set(mine.flatMap((d) => d.choices))] } }
  },
}
