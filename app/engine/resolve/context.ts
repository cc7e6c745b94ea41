/**
 * What a phase works with: the draft state, the PRNG, the report being written. Every cash
 * change goes through `transfer`, so the report's flows explain every balance.
 */
import type { Draft } from 'immer'
import type { Rng } from '../rng'
import type { GameState } from '../state/game-state'
import type { QuarterReport } from './report'
import type { NoteCode, NoteParams } from './note-codes'

/** Figures one phase hands to a later one within the quarter (never stored in the state). */
export interface Scratch {
  /** Extra budget for demand pools this quarter (state compute programmes), US$ bn. */
  poolBoost: Record<string, number>
  /** What phase 3 allocated to each chip for phase 4. */
  allocation: Record<string, { maker: string; wafers: number; slots: number; stacks: number }>
  /** Wafers run per node (foundry costs in phase 7). */
  wafersRun: Record<string, number>
  /** Cloud revenue per region and faction (cloud-share objective). */
  cloudRevenue: Record<string, Record<string, number>>
}

/** A phase's working context. */
export interface PhaseContext {
  /** The draft this step writes to. */
  state: Draft<GameState>
  /**
   * The plain state as this step began: fast to read (no proxies), but it does not show the
   * step's own writes. Steps are split so that what a step reads here it does not write.
   */
  base: GameState
  rng: Rng
  report: QuarterReport
  phase: number
  scratch: Scratch
}

function isFaction(state: Draft<GameState>, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(state.factions, id)
}

/** Causes that buy capital (depreciated over `depreciationQuarters`, not expensed at once). */
const CAPEX = new Set(['order:build-fab', 'order:build-datacenter', 'order:advance-node'])

/**
 * Moves money from `from` to `to` (faction ids or `outside:…`). Never draws a faction below
 * zero: it moves what there is and answers the amount moved.
 */
export function transfer(ctx: PhaseContext, from: string, to: string, amountBn: number, cause: string): number {
  if (!(amountBn > 0) || !Number.isFinite(amountBn) || from === to) return 0
  let amount = amountBn
  const payer = isFaction(ctx.state, from) ? ctx.state.factions[from] : undefined
  if (payer !== undefined) amount = Math.min(amount, Math.max(0, payer.cashBn))
  if (amount <= 0) return 0
  if (payer !== undefined) payer.cashBn -= amount
  const payee = isFaction(ctx.state, to) ? ctx.state.factions[to] : undefined
  if (payee !== undefined) payee.cashBn += amount
  ctx.report.flows.push({ from, to, amountBn: amount, cause })
  const fin = payee?.financials
  // Revenue is what markets pay (chips, wafers, packaging, HBM, cloud hours), whoever the buyer.
  if (fin !== undefined && cause.startsWith('market:')) fin.revenueBn += amount
  const out = payer?.financials
  if (out !== undefined) out.costBn += amount
  if (payer !== undefined && out !== undefined && CAPEX.has(cause)) {
    out.capexBn = (out.capexBn ?? 0) + amount
    payer.assetsBn = (payer.assetsBn ?? 0) + amount
  }
  return amount
}

/** Adds a note to the report. */
export function note<C extends NoteCode>(ctx: PhaseContext, seat: string | null, code: C, params: NoteParams<C>): void {
  ctx.report.notes.push({ seat, phase: ctx.phase, code, params })
}

/** Moves tension (clamped 0–100) with a cause. */
export function moveTension(ctx: PhaseContext, delta: number, cause: string): void {
  if (delta === 0 || !Number.isFinite(delta)) return
  const before = ctx.state.tension
  ctx.state.tension = Math.max(0, Math.min(100, before + delta))
  const moved = ctx.state.tension - before
  if (moved !== 0) ctx.report.tension.causes.push({ cause, delta: moved })
  // Reaching the top of the track at any moment is the crisis, whatever later moves do.
  if (ctx.state.tension >= ctx.state.rules.constants.crisisTension) ctx.state.ending = 'crisis'
}
