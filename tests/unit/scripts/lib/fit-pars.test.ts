import { describe, expect, it } from 'vitest'
import { fitPars, winRates, type ScoredGame } from '../../../../scripts/lib/fit-pars'

/** Games in which `a` always scores 10 more than `b` plus a spread, so `a` wins them all at equal pars. */
function lopsided(n: number): ScoredGame[] {
  return Array.from({ length: n }, (_, i) => ({ scores: { a: 10 + (i % 7), b: (i * 3) % 11 } }))
}

describe('winRates', () => {
  it('gives each faction the share of games it scores best in, after lowering its scores by a shift', () => {
    const games = lopsided(100)
    expect(winRates(games)).toEqual({ a: 1, b: 0 })
    expect(winRates(games, { a: 100 })).toEqual({ a: 0, b: 1 })
  })
})

describe('fitPars', () => {
  it('raises the par of the faction that wins too often until both win about half the games', () => {
    const games = lopsided(700)
    const fitted = fitPars(games, { a: 50, b: 50 })
    expect(fitted.pars.a).toBeGreaterThan(fitted.pars.b ?? 0)
    expect(fitted.winRates.a).toBeGreaterThan(0.35)
    expect(fitted.winRates.a).toBeLessThan(0.65)
    // The win rates it reports are those of the rounded pars it proposes.
    expect(fitted.winRates).toEqual(winRates(games, { a: (fitted.pars.a ?? 0) - 50, b: (fitted.pars.b ?? 0) - 50 }))
  })

  it('keeps even games even, only moving each par to its faction’s mean VP', () => {
    const games: ScoredGame[] = Array.from({ length: 400 }, (_, i) => ({ scores: i % 2 === 0 ? { a: 2, b: 0 } : { a: 0, b: 2 } }))
    const fitted = fitPars(games, { a: 20, b: 30 })
    expect(fitted.pars).toEqual({ a: 21, b: 31 })
    expect(fitted.winRates).toEqual({ a: 0.5, b: 0.5 })
  })
})
