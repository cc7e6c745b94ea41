/**
 * Fits scenario pars to played games so that every faction wins about equally often.
 *
 * A game's score is VP − par and the best score wins; pars do not change how the AI plays, so a
 * new par only shifts that faction's scores in every game already played. Start each par at the
 * faction's mean VP (mean score 0), then move it by the gap between the faction's win rate and an
 * equal share, scaled by its spread, until the win rates agree.
 */

/** One played game: each faction's score (VP − par); every faction listed is a seat that could win. */
export interface ScoredGame {
  scores: Record<string, number>
}

/** Win rates per faction when each faction's scores are lowered by `shift[faction]`. */
export function winRates(games: readonly ScoredGame[], shift: Readonly<Record<string, number>> = {}): Record<string, number> {
  const wins: Record<string, number> = {}
  for (const game of games) {
    let best: string | null = null
    let top = -Infinity
    for (const [id, score] of Object.entries(game.scores)) {
      const s = score - (shift[id] ?? 0)
      wins[id] ??= 0
      if (s > top) {
        top = s
        best = id
      }
    }
    if (best !== null) wins[best] = (wins[best] ?? 0) + 1
  }
  return Object.fromEntries(Object.entries(wins).map(([id, n]) => [id, n / Math.max(1, games.length)]))
}

/** Pars (rounded to whole points) under which the games' win rates come closest to equal. */
export function fitPars(games: readonly ScoredGame[], pars: Readonly<Record<string, number>>, rounds = 400): { pars: Record<string, number>; winRates: Record<string, number> } {
  const ids = Object.keys(pars)
  const target = 1 / Math.max(1, ids.length)
  const mean: Record<string, number> = {}
  const sd: Record<string, number> = {}
  for (const id of ids) {
    const xs = games.map((g) => g.scores[id]).filter((x): x is number => x !== undefined)
    const m = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
    mean[id] = m
    sd[id] = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1)) || 1
  }
  const shift: Record<string, number> = { ...mean }
  for (let round = 0; round < rounds; round++) {
    const rates = winRates(games, shift)
    const step = 0.5 * (1 - round / rounds)
    for (const id of ids) shift[id] = (shift[id] ?? 0) + step * ((rates[id] ?? 0) - target) * (sd[id] ?? 1)
  }
  const fitted = Object.fromEntries(ids.map((id) => [id, Math.round((pars[id] ?? 0) + (shift[id] ?? 0))]))
  const applied = Object.fromEntries(ids.map((id) => [id, (fitted[id] ?? 0) - (pars[id] ?? 0)]))
  return { pars: fitted, winRates: winRates(games, applied) }
}
