/**
 * How much a flow is drawn with: line width and particles by volume, within a particle
 * budget for the whole map. Pure, so it is unit-tested without Pixi.
 */

/** Trail particles behind each head, when the budget allows. */
export const TRAIL = 2
/**
 * Most particles the layer animates. Past it, trails go first, then heads are thinned,
 * so a busy quarter (hundreds of flows) keeps its frame rate; it is cluttered by then anyway.
 */
export const PARTICLE_BUDGET = 2400

/** Line width in screen pixels for a flow's volume (0–100). */
export function flowWidthPx(volume: number): number {
  return 0.8 + (Math.max(0, Math.min(100, volume)) / 100) * 3.4
}

/** How many particles (heads) a flow carries for its volume. */
export function particlesFor(volume: number): number {
  return 1 + Math.round(Math.max(0, Math.min(100, volume)) / 34)
}

/** Heads per flow and trail length that fit `budget` particles (every flow keeps one head). */
export function fitParticleBudget(volumes: readonly number[], budget = PARTICLE_BUDGET): { heads: number[]; trail: number } {
  const wanted = volumes.map(particlesFor)
  const total = wanted.reduce((sum, n) => sum + n, 0)
  for (let trail = TRAIL; trail >= 0; trail--) {
    if (total * (trail + 1) <= budget) return { heads: wanted, trail }
  }
  const share = budget / Math.max(1, total)
  return { heads: wanted.map((n) => Math.max(1, Math.floor(n * share))), trail: 0 }
}

