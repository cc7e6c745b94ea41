/** Phase 2: R&D progresses, programs complete with true results drawn from the PRNG; fabs, nodes and lines come up. */
import { quarterIndex } from '../data/common'
import { scheduledStep } from '../model/capacity-path'
import { toolBlock } from '../model/legality'
import { chipFromCatalogue } from '../state/chip-state'
import { note, transfer, type PhaseContext } from './context'
import { paySubsidies } from './subsidies'

/** Progresses design programs (before this phase's orders, so a new program runs full quarters). */
export function progressPrograms(ctx: PhaseContext): void {
  const { state } = ctx
  const c = state.rules.constants
  const done: string[] = []
  for (const program of state.programs) {
    const owner = state.factions[program.owner]
    const chip = state.chips[program.chip]
    if (owner === undefined || chip === undefined) {
      done.push(program.id)
      continue
    }
    const paid = transfer(ctx, program.owner, 'outside:rnd', program.budgetBnPerQuarter, 'finance:program')
    paySubsidies(ctx, program.owner, paid, null)
    if (paid + 1e-9 < program.budgetBnPerQuarter) {
      note(ctx, program.owner, 'program/stalled', { chip: chip.id })
      continue
    }
    program.quartersLeft -= 1
    if (program.quartersLeft > 0) continue
    // MODEL.md: true F = target × exp(N(−0.05 − 0.1·inexperience, 0.12)); TPP scales with F.
    const factor = Math.exp(c.trueDrawMean + c.trueDrawInexperience * program.inexperience + c.trueDrawSigma * ctx.rng.normal())
    chip.true.bf16Tflops *= factor
    chip.true.tpp *= factor
    chip.designed = true
    done.push(program.id)
    note(ctx, program.owner, 'program/complete', { chip: chip.id, trueTflops: Math.round(chip.true.bf16Tflops) })
  }
  if (done.length > 0) state.programs = state.programs.filter((p) => !done.includes(p.id))
}

/** Runs the rest of phase 2 after the phase's orders. */
export function phaseResearch(ctx: PhaseContext): void {
  const { state } = ctx
  const c = state.rules.constants
  for (const chip of Object.values(state.chips)) {
    if (chip.tapedOut >= 0 && chip.readiness === 'paper' && chip.designed && state.quarter >= chip.tapedOut + c.samplingAfterQuarters) {
      chip.readiness = 'sampling'
      note(ctx, chip.maker, 'chip/sampling', { chip: chip.id })
    }
  }
  for (const [id, node] of Object.entries(state.nodes)) {
    const rec = state.rules.nodes[id]
    const due = rec !== undefined && !node.online && state.quarter >= quarterIndex(rec.availableFrom) && toolBlock(state, id) === null
    if ((node.advancing >= 0 && state.quarter >= node.advancing) || due) {
      node.online = true
      node.since = state.quarter
      node.advancing = -1
      note(ctx, null, 'node/online', { node: id })
    }
    if (rec !== undefined) node.capacityWafers = Math.max(0, node.capacityWafers + scheduledStep(rec.capacityPath, rec.capacityWafersPerQuarter, state.quarter))
    if (node.building.length > 0) {
      const ready = node.building.filter((b) => b.ready <= state.quarter)
      for (const b of ready) node.capacityWafers += b.wafers
      if (ready.length > 0) node.building = node.building.filter((b) => b.ready > state.quarter)
    }
  }
  for (const [id, line] of [...Object.entries(state.packaging), ...Object.entries(state.hbm)]) {
    const rec = state.rules.packaging[id] ?? state.rules.hbm[id]
    if (rec === undefined) continue
    if (state.quarter > quarterIndex(rec.availableFrom)) line.capacity *= 1 + rec.growthPerQuarter
    const flat = 'capacityChipsPerQuarter' in rec ? rec.capacityChipsPerQuarter : rec.capacityStacksPerQuarter
    line.capacity = Math.max(0, line.capacity + scheduledStep(rec.capacityPath, flat, state.quarter))
  }
  const scenario = state.rules.scenarios[state.scenarioId]
  if (scenario?.chips === undefined) {
    // Non-player makers' chips enter the market on their first quarter.
    for (const chip of Object.values(state.rules.chips)) {
      if (state.chips[chip.id] === undefined && state.rules.actors[chip.maker] !== undefined && quarterIndex(chip.firstQuarter) === state.quarter) {
        state.chips[chip.id] = chipFromCatalogue(chip, state.quarter)
      }
    }
  }
}
