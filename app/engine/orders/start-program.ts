/** Designers: start a chip program (node, die, target specs, quarterly budget). */
import { z } from 'zod'
import { ChipSpecsSchema, WorkloadsSchema } from '../data/chip'
import { IdSchema } from '../data/common'
import { chipFromCatalogue } from '../state/chip-state'
import type { GameState } from '../state/game-state'
import { newId } from '../model/lookups'
import { ownChipIds } from './common'
import { limitOf, type OrderHandler } from './handler'
import { refuse } from './refusal'

/** Start a program; `template` names a catalogue chip of yours to build (its specs become the target). */
export const StartProgramSchema = z.strictObject({
  kind: z.literal('start-program'),
  node: IdSchema,
  dieMm2: z.number().positive(),
  target: ChipSpecsSchema,
  workloads: WorkloadsSchema,
  hbm: IdSchema.optional(),
  hbmStacks: z.number().int().min(0).max(16).default(0),
  budgetBnPerQuarter: z.number().min(0),
  template: IdSchema.optional(),
})
/** A start-program order. */
export type StartProgram = z.infer<typeof StartProgramSchema>

/** Quarters a program takes: shorter on a node the maker knows, longer on a finer one. */
export function programQuarters(state: GameState, seat: string, nodeId: string): { quarters: number; inexperience: number } {
  const c = state.rules.constants
  const node = state.rules.nodes[nodeId]
  const mine = ownChipIds(state, seat, (chip) => chip.designed).map((id) => state.chips[id]?.node)
  if (mine.includes(nodeId)) return { quarters: c.programQuartersKnownNode, inexperience: 0 }
  const finest = Math.min(...mine.map((n) => (n === undefined ? Infinity : (state.rules.nodes[n]?.featureNm ?? Infinity))))
  if (node !== undefined && node.featureNm < finest) return { quarters: c.programQuartersNewNode, inexperience: 1 }
  return { quarters: c.programQuarters, inexperience: 0.5 }
}

/** Handler for start-program. */
export const startProgram: OrderHandler<StartProgram> = {
  kind: 'start-program',
  phase: 2,
  defaultKinds: ['designer'],
  codes: ['unknown_node', 'unknown_hbm', 'over_limit', 'unknown_template', 'not_your_template', 'template_in_play'],
  validate(state, seat, order) {
    if (state.rules.nodes[order.node] === undefined) return refuse('unknown_node', `there is no node "${order.node}"`, ['node'])
    if (order.hbm !== undefined && state.rules.hbm[order.hbm] === undefined) return refuse('unknown_hbm', `there is no HBM line "${order.hbm}"`, ['hbm'])
    if (order.dieMm2 > limitOf(state, 'start-program', 'dieMm2', 900)) return refuse('over_limit', 'the die is larger than the reticle allows', ['dieMm2'])
    if (order.budgetBnPerQuarter > limitOf(state, 'start-program', 'budgetBnPerQuarter', 5)) return refuse('over_limit', 'the quarterly budget is above the limit', ['budgetBnPerQuarter'])
    if (order.template !== undefined) {
      const t = state.rules.chips[order.template]
      if (t === undefined) return refuse('unknown_template', `there is no catalogue chip "${order.template}"`, ['template'])
      if (t.maker !== seat) return refuse('not_your_template', `${order.template} is another maker's chip`, ['template'])
      if (state.chips[order.template] !== undefined) return refuse('template_in_play', `${order.template} is already designed or in a program`, ['template'])
    }
    return null
  },
  apply(ctx, seat, order) {
    const { state } = ctx
    const t = order.template === undefined ? undefined : state.rules.chips[order.template]
    const id = t?.id ?? newId(state, `${seat}-chip`)
    const base = t !== undefined ? chipFromCatalogue(t, -1) : undefined
    const specs = base?.true ?? order.target
    state.chips[id] = {
      ...(base ?? chipFromCatalogue({ id, name: `designed.${id}`, maker: seat, node: order.node, dieMm2: order.dieMm2, diesPerChip: 1, hbmStacks: order.hbmStacks, advancedPackaging: true, true: order.target, claimed: order.target, workloads: order.workloads, readiness: 'paper', firstQuarter: '2000Q1', priceUsd: 20000, internalOnly: false, sources: [], ...(order.hbm === undefined ? {} : { hbm: order.hbm }) }, -1)),
      // Until completion the "true" specs are the target; the draw replaces them.
      true: { ...specs },
      claimed: { ...specs },
      public: false,
      designed: false,
      launched: -1,
      tapedOut: -1,
      readiness: 'paper',
      claimedReadiness: 'paper',
      producedQuarters: 0,
    }
    const { quarters, inexperience } = programQuarters(state as GameState, seat, state.chips[id]?.node ?? order.node)
    state.programs.push({ id: newId(state, 'program'), owner: seat, chip: id, quartersLeft: quarters, budgetBnPerQuarter: order.budgetBnPerQuarter, inexperience })
    const f = state.factions[seat]
    if (f !== undefined) f.chipPrices[id] = state.chips[id]?.priceUsd ?? 20000
  },
  legal(state) {
    const online = Object.keys(state.nodes).filter((n) => state.nodes[n]?.online === true)
    return {
      node: { type: 'id', options: online },
      dieMm2: { type: 'number', min: 100, max: limitOf(state, 'start-program', 'dieMm2', 900), integer: true },
      target: { type: 'specs', max: { bf16Tflops: 3000, memoryGb: 288, memoryBandwidthTBs: 10, interconnectGBs: 1800, tpp: 48000, powerW: 1500 } },
      workloads: { type: 'enum', options: ['training', 'inference', 'both'] },
      hbm: { type: 'id', options: Object.keys(state.rules.hbm) },
      hbmStacks: { type: 'number', min: 0, max: 8, integer: true },
      budgetBnPerQuarter: { type: 'number', min: 0, max: limitOf(state, 'start-program', 'budgetBnPerQuarter', 5), integer: false },
    }
  },
}
