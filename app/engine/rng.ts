/**
 * The seeded PRNG. Its state (four 32-bit numbers) lives in the game state, so a quarter is a
 * pure function of state and orders. pure-rand v8 generators are mutable objects: a phase
 * rebuilds one from the stored numbers, draws, and writes the numbers back.
 */
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus'

/** A generator in use during a phase. */
export interface Rng {
  /** Uniform in [0, 1). */
  float(): number
  /** Standard normal (Box–Muller). */
  normal(): number
  /** Integer in [min, max]. */
  int(min: number, max: number): number
  /** The numbers to store back into the state. */
  save(): number[]
}

/** The initial PRNG state for a seed. */
export function seedRng(seed: number): number[] {
  const gen = xoroshiro128plus(seed | 0)
  // Skip a few outputs: xoroshiro's first draws from small seeds are poorly mixed.
  for (let i = 0; i < 16; i++) gen.next()
  return [...gen.getState()]
}

/** Opens a generator over stored PRNG numbers. */
export function openRng(state: readonly number[]): Rng {
  const gen = xoroshiro128plusFromState(state)
  const float = (): number => (gen.next() >>> 0) / 4294967296
  return {
    float,
    normal: () => {
      const u = Math.max(float(), 1e-12)
      const v = float()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    },
    int: (min, max) => min + Math.floor(float() * (max - min + 1)),
    save: () => [...gen.getState()],
  }
}

/** A 32-bit hash of a string (FNV-1a), to derive per-seat seeds. */
export function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}
