/** Applies data-driven operations (policy and event effects). A closed set: see data/operation.ts. */
import { quarterIndex } from '../data/common'
import type { Operation } from '../data/operation'
import { moveTension, transfer, type PhaseContext } from '../resolve/context'
import { chipFromCatalogue } from '../state/chip-state'
import { enactPolicy, repealPolicy } from '../resolve/policies'
import { revealChip } from '../resolve/reveal'

/** "For good": modifiers that never expire. */
export const FOREVER = 1_000_000

/** Applies each operation; `target` is the faction an operation without one applies to. */
export function applyOperations(ctx: PhaseContext, ops: readonly Operation[], target: string | null, cause: string): void {
  for (const op of ops) applyOperation(ctx, op, target, cause)
}

/** Applies one operation. */
export function applyOperation(ctx: PhaseContext, op: Operation, target: string | null, cause: string): void {
  const { state } = ctx
  const c = state.rules.constants
  const factionId = ('faction' in op ? op.faction : undefined) ?? target
  const f = factionId === null ? undefined : state.factions[factionId]
  switch (op.op) {
    case 'adjust-cash':
      if (f === undefined) return
      if (op.amountBn >= 0) transfer(ctx, `outside:${cause}`, f.id, op.amountBn, cause)
      else transfer(ctx, f.id, `outside:${cause}`, -op.amountBn, cause)
      return
    case 'adjust-reputation':
      if (f !== undefined) f.reputation = Math.max(0, Math.min(100, f.reputation + op.delta))
      return
    case 'adjust-political-capital':
      if (f !== undefined) f.politicalCapital = Math.max(0, Math.min(c.politicalCapitalMax, f.politicalCapital + op.delta))
      return
    case 'adjust-ecosystem':
      if (f !== undefined) f.ecosystem = Math.max(0.05, Math.min(c.ecosystemMax, f.ecosystem + op.delta))
      return
    case 'adjust-vp':
      if (f === undefined) return
      f.vp += op.delta
      ;(ctx.report.vp[f.id] ??= []).push({ objective: cause, points: op.delta })
      return
    case 'adjust-tension':
      moveTension(ctx, op.delta, cause)
      return
    case 'adjust-capacity':
      if (op.quarters === undefined) {
        const node = state.nodes[op.target]
        if (node !== undefined) node.capacityWafers *= op.factor
        const line = state.packaging[op.target] ?? state.hbm[op.target]
        if (line !== undefined) line.capacity *= op.factor
      } else state.modifiers.push({ target: op.target, kind: 'capacity', factor: op.factor, until: state.quarter + op.quarters })
      return
    case 'adjust-demand':
      state.modifiers.push({ target: op.pool, kind: 'demand', factor: op.factor, until: op.quarters === undefined ? FOREVER : state.quarter + op.quarters })
      return
    case 'adjust-yield': {
      const node = state.nodes[op.node]
      const rec = state.rules.nodes[op.node]
      if (node === undefined || rec === undefined) return
      node.yieldBonus = Math.max(0.05 - rec.yieldMature, Math.min(0.98 - rec.yieldMature, node.yieldBonus + op.delta))
      return
    }
    case 'adjust-power':
      state.gridMw[op.region] = Math.max(0, (state.gridMw[op.region] ?? 0) + op.mw)
      return
    case 'adjust-stock':
      if (f !== undefined) f.inventory[op.item] = Math.max(0, (f.inventory[op.item] ?? 0) + op.units)
      return
    case 'enact-policy':
      enactPolicy(ctx, op.policy, cause)
      return
    case 'repeal-policy':
      repealPolicy(ctx, op.policy, cause)
      return
    case 'reveal-chip':
      if (state.chips[op.chip]?.designed === true) revealChip(ctx, op.chip, 'leak')
      return
    case 'launch-chip': {
      const rec = state.rules.chips[op.chip]
      if (rec === undefined || state.chips[op.chip] !== undefined) return
      state.chips[op.chip] = chipFromCatalogue(rec, state.quarter)
      const maker = state.factions[rec.maker]
      if (maker !== undefined) maker.chipPrices[rec.id] = rec.priceUsd
      return
    }
    case 'end-game':
      state.ending = op.reason
      return
    case 'set-flag':
      state.flags[op.flag] = op.until === undefined ? FOREVER : quarterIndex(op.until)
      return
  }
}
