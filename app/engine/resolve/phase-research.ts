/** Phase 2: R&D progresses, programs complete with true results drawn from the PRNG; fabs, nodes and lines come up. */
import { quarterIndex } from '../data/common'
import { scheduledStep } from '../model/capacity-path'
import { toolBlock } from '../model/legality'
import { chipFromCatalogue } from '../state/chip-state'
import { nodeDesign, programPace, respinChance } from '../model/design'
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
    const variant = chip.variantOf !== undefined && chip.variantOf !== null
    if (!variant && program.budgetBnPerQuarter <= 0) {
      // No budget, no progress (issue 16): a program is engineers and masks, paid every quarter.
      note(ctx, program.owner, 'program/unfunded', { chip: chip.id })
      continue
    }
    const paid = transfer(ctx, program.owner, 'outside:rnd', program.budgetBnPerQuarter, 'finance:program')
    paySubsidies(ctx, program.owner, paid, null)
    // A variant (a cut of a finished chip) and an old save's program keep the old pace: a quarter a quarter when paid in full.
    const pace = variant ? 1 : program.fullPaceBn === undefined ? (paid + 1e-9 < program.budgetBnPerQuarter ? 0 : 1) : programPace(paid, program.fullPaceBn)
    if (paid + 1e-9 < program.budgetBnPerQuarter) note(ctx, program.owner, 'program/stalled', { chip: chip.id })
    if (pace <= 0) continue
    program.quartersLeft = Math.max(0, Math.round((program.quartersLeft - pace) * 1000) / 1000)
    if (program.quartersLeft > 1e-9) continue
    if (!variant && (program.respins ?? 0) === 0 && program.boundRatio !== undefined && ctx.rng.float() < respinChance(state, program.boundRatio)) {
      // A weak first silicon: new masks and another quarter (docs/model.md "Respins").
      const cost = nodeDesign(state.rules.nodes[chip.node]).designCostBn * c.respinCostShare
      transfer(ctx, program.owner, 'outside:rnd', cost, 'finance:program')
      program.respins = (program.respins ?? 0) + 1
      program.quartersLeft = c.respinQuarters
      note(ctx, program.owner, 'program/respin', { chip: chip.id, quarters: c.respinQuarters, costBn: Math.round(cost * 1000) / 1000 })
      continue
    }
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

/** Runs the rest of phase 2 after the phase's orders. Reads the step's base (this phase's own writes do not matter to these checks) and writes only what changes. */
export function phaseResearch(ctx: PhaseContext): void {
  const { state, base } = ctx
  const c = base.rules.constants
  const q = base.quarter
  for (const chip of Object.values(base.chips)) {
    if (chip.tapedOut >= 0 && chip.readiness === 'paper' && chip.designed && q >= chip.tapedOut + c.samplingAfterQuarters) {
      const live = state.chips[chip.id]
      if (live !== undefined) live.readiness = 'sampling'
      note(ctx, chip.maker, 'chip/sampling', { chip: chip.id })
    }
  }
  for (const [id, node] of Object.entries(base.nodes)) {
    const rec = base.rules.nodes[id]
    const due = rec !== undefined && !node.online && q >= quarterIndex(rec.availableFrom) && toolBlock(base, id) === null
    const online = (node.advancing >= 0 && q >= node.advancing) || due
    const step = rec === undefined ? 0 : scheduledStep(rec.capacityPath, rec.capacityWafersPerQuarter, q)
    const ready = node.building.filter((b) => b.ready <= q)
    if (!online && step === 0 && ready.length === 0) continue
    const live = state.nodes[id]
    if (live === undefined) continue
    if (online) {
      live.online = true
      live.since = q
      live.advancing = -1
      note(ctx, null, 'node/online', { node: id })
    }
    live.capacityWafers = Math.max(0, live.capacityWafers + step)
    if (ready.length > 0) {
      for (const b of ready) live.capacityWafers += b.wafers
      live.building = node.building.filter((b) => b.ready > q)
    }
  }
  for (const [id, line] of [...Object.entries(state.packaging), ...Object.entries(state.hbm)]) {
    const rec = base.rules.packaging[id] ?? base.rules.hbm[id]
    if (rec === undefined) continue
    if (q > quarterIndex(rec.availableFrom)) line.capacity *= 1 + rec.growthPerQuarter
    const flat = 'capacityChipsPerQuarter' in rec ? rec.capacityChipsPerQuarter : rec.capacityStacksPerQuarter
    line.capacity = Math.max(0, line.capacity + scheduledStep(rec.capacityPath, flat, q))
  }
  const scenario = base.rules.scenarios[base.scenarioId]
  if (scenario?.chips === undefined) {
    // Non-player makers' chips enter the market on their first quarter.
    for (const chip of Object.values(base.rules.chips)) {
      if (base.chips[chip.id] === undefined && base.rules.actors[chip.maker] !== undefined && quarterIndex(chip.firstQuarter) === q) {
        state.chips[chip.id] = chipFromCatalogue(chip, q)
      }
    }
  }
}
