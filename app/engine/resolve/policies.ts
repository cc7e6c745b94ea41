/** Enacting and repealing policies (by order or by an event's operation). */
import { applyOperations } from '../ops/apply-operation'
import { moveTension, type PhaseContext } from './context'

/** Puts a policy in force: supersedes older ones, moves tension, applies its effects. */
export function enactPolicy(ctx: PhaseContext, id: string, by: string): void {
  const p = ctx.state.rules.policies[id]
  if (p === undefined || ctx.state.policies[id] !== undefined) return
  for (const old of p.supersedes) if (ctx.state.policies[old] !== undefined) repealPolicy(ctx, old, by, false)
  ctx.state.policies[id] = { since: ctx.state.quarter, licence: p.params.licence ?? null, revenueShare: p.params.revenueShare ?? 0, approved: [] }
  ctx.report.policies.push({ policy: id, change: 'enacted', by })
  moveTension(ctx, p.tensionDelta, `policy:${id}`)
  applyOperations(ctx, p.effects, p.owner, `policy:${id}`)
}

/** Lifts a policy; its repeal effects apply. */
export function repealPolicy(ctx: PhaseContext, id: string, by: string, withEffects = true): void {
  const p = ctx.state.rules.policies[id]
  if (p === undefined || ctx.state.policies[id] === undefined) return
  delete ctx.state.policies[id]
  ctx.report.policies.push({ policy: id, change: 'repealed', by })
  if (withEffects) applyOperations(ctx, p.repealEffects, p.owner, `policy:${id}`)
}
