/**
 * Candidate orders: for every order kind the seat may give (`legalOrders`), a few sensible
 * parameter choices with a prior score (how much the seat's drives like it, in rough VP-like
 * units). Kinds without a rule of thumb get a draw from their `ParamSpec`s, so every kind the
 * faction has is considered. All figures come from the guess state built from the view.
 */
import type { ParamSpec } from '../orders/handler'
import type { LegalOrder } from '../orders/legal-orders'
import type { Rng } from '../rng'
import type { GameState } from '../state/game-state'
import type { Candidate, Gen } from './candidate-kit'
import { CLOUD_CANDIDATES } from './cloud-candidates'
import { DESIGNER_CANDIDATES } from './designer-candidates'
import { FOUNDRY_CANDIDATES } from './foundry-candidates'
import { GOVERNMENT_CANDIDATES } from './government-candidates'
import { biasOf, type Temper } from './temper'

export type { Candidate } from './candidate-kit'

const GENERATORS: Partial<Record<LegalOrder['kind'], Gen>> = { ...DESIGNER_CANDIDATES, ...FOUNDRY_CANDIDATES, ...CLOUD_CANDIDATES, ...GOVERNMENT_CANDIDATES }

/** A draw from a parameter's spec (as the random bot does, skewed to modest amounts). */
export function drawParam(rng: Rng, spec: ParamSpec): unknown {
  switch (spec.type) {
    case 'id':
    case 'enum': return spec.options.length === 0 ? undefined : spec.options[rng.int(0, spec.options.length - 1)]
    case 'ids': return spec.options.filter(() => rng.float() < 0.5)
    case 'boolean': return false
    case 'number': {
      const u = rng.float()
      const v = spec.min + (spec.max - spec.min) * u * u * 0.1
      return spec.integer ? Math.max(spec.min, Math.round(v)) : v
    }
    case 'specs': {
      const out: Record<string, number> = {}
      for (const [k, max] of Object.entries(spec.max)) out[k] = Math.round(max * (0.1 + 0.4 * rng.float()))
      return out
    }
  }
}

function drawn(legal: LegalOrder, rng: Rng, score: number): Candidate {
  const order: Record<string, unknown> = { kind: legal.kind }
  for (const [name, spec] of Object.entries(legal.params)) {
    const v = drawParam(rng, spec)
    if (v !== undefined) order[name] = v
  }
  return { order, score, slot: `${legal.kind}:drawn` }
}

/** Candidate orders for a seat, from its legal order kinds. */
export function candidates(g: GameState, t: Temper, legal: readonly LegalOrder[], rng: Rng): Candidate[] {
  const out: Candidate[] = []
  for (const l of legal) {
    const gen = GENERATORS[l.kind]
    const bias = biasOf(t, l.kind)
    const made = gen === undefined ? [drawn(l, rng, 0.1)] : gen(g, t, l, rng)
    // Every kind is considered: one low-scored draw stands for kinds with no rule of thumb now.
    if (made.length === 0 && l.kind !== 'choose-event-option') made.push(drawn(l, rng, -1))
    for (const c of made) out.push({ ...c, score: c.score * bias })
  }
  return out
}
