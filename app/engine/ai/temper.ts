/**
 * What drives an AI seat: its scenario objectives weighted by its persona, grouped by the metric
 * they score, and the persona's temperament (aggressiveness, risk tolerance, honesty, historical).
 */
import type { Persona } from '../data/persona'
import type { ObjectiveMetricSchema } from '../data/objective'
import type { Rng } from '../rng'
import type { SeatView } from '../view/view-for'
import type { z } from 'zod'

type Metric = z.infer<typeof ObjectiveMetricSchema>

/** A seat's drives. */
export interface Temper {
  seat: string
  persona: Persona | null
  /** Objective id → scenario weight × persona weight. */
  objectives: Record<string, number>
  /** Metric → summed weight (how much the seat cares). */
  drive: Record<Metric, number>
  aggressiveness: number
  riskTolerance: number
  honesty: number
  historical: boolean
  /** The seat's bloc from its home region's alignment. */
  bloc: 'us' | 'china' | 'neutral'
  home: string
  kinds: string[]
}

const METRICS: Metric[] = ['compute-lead', 'domestic-chip-share', 'chip-revenue', 'foundry-utilisation', 'neutrality', 'cloud-share', 'model-capability', 'own-chip-share', 'cash', 'reputation', 'stability']

/** The persona a seat follows: the one given, else the scenario's for that faction, else none. */
export function personaFor(view: SeatView, given?: Persona): Persona | null {
  if (given !== undefined) return given
  const setup = view.rules.scenarios[view.scenarioId]?.factions.find((f) => f.faction === view.seat)
  return setup?.persona === undefined ? null : (view.rules.personas[setup.persona] ?? null)
}

/**
 * A seat's drives from its view and persona. `drift` (a generator seeded per game and seat)
 * moves the weights by about ±15 % and the temperament by about ±0.08, so the same persona does
 * not play every game identically; it is the same all game long.
 */
export function temperOf(view: SeatView, given?: Persona, drift: Rng | null = null): Temper {
  const persona = personaFor(view, given)
  const setup = view.rules.scenarios[view.scenarioId]?.factions.find((f) => f.faction === view.seat)
  const objectives: Record<string, number> = {}
  const drive = Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<Metric, number>
  for (const o of setup?.objectives ?? []) {
    const w = o.weight * (persona?.weights[o.objective] ?? 1) * (drift === null ? 1 : Math.exp(0.15 * drift.normal()))
    objectives[o.objective] = w
    const rec = view.rules.objectives[o.objective]
    if (rec !== undefined) drive[rec.metric] += w
  }
  const faction = view.rules.factions[view.seat]
  const home = faction?.region ?? ''
  const alignment = view.rules.regions[home]?.alignment
  return {
    seat: view.seat,
    persona,
    objectives,
    drive,
    aggressiveness: nudge(persona?.aggressiveness ?? 0.5, drift),
    riskTolerance: nudge(persona?.riskTolerance ?? 0.5, drift),
    honesty: persona?.honesty ?? 0.7,
    historical: persona?.historical ?? false,
    bloc: alignment === 'us' || alignment === 'china' ? alignment : 'neutral',
    home,
    kinds: faction?.kinds ?? [],
  }
}

function nudge(value: number, drift: Rng | null): number {
  return drift === null ? value : Math.max(0, Math.min(1, value + 0.08 * drift.normal()))
}

/** The persona's liking for an order kind (1 unless the persona says otherwise). */
export function biasOf(t: Temper, kind: string): number {
  return t.persona?.orderBias[kind] ?? 1
}
