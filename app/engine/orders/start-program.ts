/** Designers: start a chip program (node, die, target specs, quarterly budget). */
import { z } from 'zod'
import { ChipSpecsSchema, WorkloadsSchema } from '../data/chip'
import { IdSchema } from '../data/common'
import { chipFromCatalogue } from '../state/chip-state'
import type { GameState } from '../state/game-state'
import { newId } from '../model/lookups'
import { boundRatio, designBound, designRates, fullPaceBnPerQuarter, type DesignBound } from '../model/design'
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
  /** Logic dies joined on advanced packaging (chiplets); 1 is a monolithic die. */
  dies: z.number().int().min(1).max(8).default(1),
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

/** The power ceiling of one module (W): 1,000–1,200 W with Blackwell (chip-race-facts.md §2), with margin. */
const MAX_POWER_W = 1500

/** The design bound for an order, and a refusal naming the feasible range when the target is beyond it. */
export function orderBound(state: GameState, seat: string, order: Pick<StartProgram, 'node' | 'dieMm2' | 'dies' | 'hbm' | 'hbmStacks' | 'target'>): DesignBound {
  return designBound(state, { node: order.node, dieMm2: order.dieMm2, dies: order.dies, hbm: order.hbm, hbmStacks: order.hbmStacks, powerW: order.target.powerW, inexperience: programQuarters(state, seat, order.node).inexperience })
}

function beyondBound(state: GameState, seat: string, order: StartProgram): ReturnType<typeof refuse> | null {
  const b = orderBound(state, seat, order)
  const where = `${order.node}, ${order.dies} × ${order.dieMm2} mm², ${order.target.powerW} W`
  if (order.target.bf16Tflops > b.bf16Tflops) {
    const why = b.byPower < b.byArea ? 'power per operation' : 'logic density and die area'
    return refuse('beyond_design_bound', `${Math.round(order.target.bf16Tflops)} TFLOPS is beyond what ${where} allows (${why}): feasible 0–${b.bf16Tflops} TFLOPS`, ['target', 'bf16Tflops'])
  }
  if (order.target.memoryBandwidthTBs > b.memoryBandwidthTBs) return refuse('beyond_design_bound', `${order.target.memoryBandwidthTBs} TB/s is beyond what ${order.hbmStacks} stacks of ${order.hbm ?? 'board memory'} give: feasible 0–${b.memoryBandwidthTBs} TB/s`, ['target', 'memoryBandwidthTBs'])
  if (order.target.memoryGb > b.memoryGb) return refuse('beyond_design_bound', `${order.target.memoryGb} GB is beyond what ${order.hbmStacks} stacks of ${order.hbm ?? 'board memory'} hold: feasible 0–${b.memoryGb} GB`, ['target', 'memoryGb'])
  return null
}

/** Handler for start-program. */
export const startProgram: OrderHandler<StartProgram> = {
  kind: 'start-program',
  phase: 2,
  defaultKinds: ['designer'],
  codes: ['unknown_node', 'unknown_hbm', 'over_limit', 'unknown_template', 'not_your_template', 'template_in_play', 'beyond_design_bound'],
  validate(state, seat, order) {
    if (state.rules.nodes[order.node] === undefined) return refuse('unknown_node', `there is no node "${order.node}"`, ['node'])
    if (order.hbm !== undefined && state.rules.hbm[order.hbm] === undefined) return refuse('unknown_hbm', `there is no HBM line "${order.hbm}"`, ['hbm'])
    if (order.dieMm2 > limitOf(state, 'start-program', 'dieMm2', 900)) return refuse('over_limit', 'the die is larger than the reticle allows', ['dieMm2'])
    if (order.dieMm2 > state.rules.constants.reticleMm2) return refuse('over_limit', `a die is at most the reticle's ${state.rules.constants.reticleMm2} mm²; join dies on advanced packaging instead`, ['dieMm2'])
    if (order.dies > 1 && Math.min(order.dieMm2, state.rules.constants.reticleMm2) * order.dies > state.rules.constants.reticleMm2 * state.rules.constants.maxChiplets) return refuse('over_limit', `a package holds at most ${state.rules.constants.maxChiplets} reticles of logic (${state.rules.constants.reticleMm2 * state.rules.constants.maxChiplets} mm²): ${order.dies} × ${order.dieMm2} mm² is more`, ['dies'])
    if (order.budgetBnPerQuarter > limitOf(state, 'start-program', 'budgetBnPerQuarter', 5)) return refuse('over_limit', 'the quarterly budget is above the limit', ['budgetBnPerQuarter'])
    if (order.template !== undefined) {
      const t = state.rules.chips[order.template]
      if (t === undefined) return refuse('unknown_template', `there is no catalogue chip "${order.template}"`, ['template'])
      if (t.maker !== seat) return refuse('not_your_template', `${order.template} is another maker's chip`, ['template'])
      if (state.chips[order.template] !== undefined) return refuse('template_in_play', `${order.template} is already designed or in a program`, ['template'])
      // A catalogue chip was built in history: its specs are the record's, not the order's target.
      return null
    }
    return beyondBound(state, seat, order)
  },
  apply(ctx, seat, order) {
    const { state } = ctx
    const t = order.template === undefined ? undefined : state.rules.chips[order.template]
    const id = t?.id ?? newId(state, `${seat}-chip`)
    const base = t !== undefined ? chipFromCatalogue(t, -1) : undefined
    const specs = base?.true ?? order.target
    state.chips[id] = {
      ...(base ?? chipFromCatalogue({ id, name: `designed.${id}`, maker: seat, node: order.node, dieMm2: order.dieMm2, diesPerChip: order.dies, hbmStacks: order.hbmStacks, advancedPackaging: true, true: order.target, claimed: order.target, workloads: order.workloads, readiness: 'paper', firstQuarter: '2000Q1', priceUsd: 20000, internalOnly: false, sources: [], ...(order.hbm === undefined ? {} : { hbm: order.hbm }) }, -1)),
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
    const node = state.chips[id]?.node ?? order.node
    const { quarters, inexperience } = programQuarters(state as GameState, seat, node)
    const chip = state.chips[id]
    const bound = designBound(state as GameState, { node, dieMm2: chip?.dieMm2 ?? order.dieMm2, dies: chip?.diesPerChip ?? order.dies, hbm: chip?.hbm ?? undefined, hbmStacks: chip?.hbmStacks ?? order.hbmStacks, powerW: specs.powerW, inexperience })
    state.programs.push({ id: newId(state, 'program'), owner: seat, chip: id, quartersLeft: quarters, budgetBnPerQuarter: order.budgetBnPerQuarter, inexperience, fullPaceBn: fullPaceBnPerQuarter(state as GameState, node), boundRatio: Math.round(Math.min(2, boundRatio(specs, bound)) * 1000) / 1000, respins: 0 })
    const f = state.factions[seat]
    if (f !== undefined) f.chipPrices[id] = state.chips[id]?.priceUsd ?? 20000
  },
  legal(state, seat) {
    const c = state.rules.constants
    const online = Object.keys(state.nodes).filter((n) => state.nodes[n]?.online === true)
    const maxDie = Math.min(c.reticleMm2, limitOf(state, 'start-program', 'dieMm2', 900))
    const byNode: Record<string, Record<string, number>> = {}
    for (const node of online) {
      // The most a seat can reach on each node: reticle-sized dies, every chiplet, the power ceiling, the widest HBM line.
      const hbm = Object.values(state.rules.hbm).sort((a, b) => b.bandwidthTBsPerStack - a.bandwidthTBsPerStack)[0]
      const b = designBound(state, { node, dieMm2: maxDie, dies: c.maxChiplets, hbm: hbm?.id, hbmStacks: 8, powerW: MAX_POWER_W, inexperience: programQuarters(state, seat, node).inexperience })
      const inexperience = programQuarters(state, seat, node).inexperience
      // Per mm² of logic die and per watt (this seat's experience counted), so a form can bound any die, chiplet count and power.
      const rates = designRates(state, node, inexperience)
      byNode[node] = {
        bf16Tflops: b.bf16Tflops,
        memoryBandwidthTBs: b.memoryBandwidthTBs,
        memoryGb: b.memoryGb,
        perDieBf16Tflops: designBound(state, { node, dieMm2: maxDie, dies: 1, hbmStacks: 0, powerW: MAX_POWER_W, inexperience }).bf16Tflops,
        tflopsPerMm2: Math.round(rates.tflopsPerMm2 * 10_000) / 10_000,
        tflopsPerWatt: Math.round(rates.tflopsPerWatt * 10_000) / 10_000,
        fullPaceBnPerQuarter: Math.round(fullPaceBnPerQuarter(state, node) * 1000) / 1000,
      }
    }
    return {
      node: { type: 'id', options: online },
      dieMm2: { type: 'number', min: 100, max: maxDie, integer: true },
      dies: { type: 'number', min: 1, max: 8, integer: true },
      target: { type: 'specs', max: { bf16Tflops: 3000, memoryGb: 288, memoryBandwidthTBs: 10, interconnectGBs: 1800, tpp: 48000, powerW: MAX_POWER_W }, byNode },
      workloads: { type: 'enum', options: ['training', 'inference', 'both'] },
      hbm: { type: 'id', options: Object.keys(state.rules.hbm) },
      hbmStacks: { type: 'number', min: 0, max: 8, integer: true },
      budgetBnPerQuarter: { type: 'number', min: 0, max: limitOf(state, 'start-program', 'budgetBnPerQuarter', 5), integer: false },
    }
  },
}
