/**
 * Softmax budget split with supply caps and re-splitting of leftovers (MODEL.md "iterative fill").
 */

/** An offer: its utility, unit price (US$ bn) and units available. */
export interface Offer {
  utility: number
  price: number
  stock: number
}

/** Splits `budget` over offers; answers units bought per offer (same order). */
export function softmaxFill(budget: number, offers: readonly Offer[], rounds: number): number[] {
  const bought = offers.map(() => 0)
  let remaining = budget
  for (let round = 0; round < Math.max(1, rounds) && remaining > 1e-12; round++) {
    const open: number[] = []
    for (let i = 0; i < offers.length; i++) {
      const o = offers[i]
      if (o !== undefined && o.price > 0 && o.stock - (bought[i] ?? 0) >= 1) open.push(i)
    }
    if (open.length === 0) break
    let max = -Infinity
    for (const i of open) max = Math.max(max, offers[i]?.utility ?? -Infinity)
    const weights = open.map((i) => Math.exp((offers[i]?.utility ?? 0) - max))
    const total = weights.reduce((s, w) => s + w, 0)
    let spent = 0
    open.forEach((i, k) => {
      const o = offers[i]
      if (o === undefined) return
      const share = (remaining * (weights[k] ?? 0)) / total
      const units = Math.min(Math.floor(share / o.price), o.stock - (bought[i] ?? 0))
      if (units > 0) {
        bought[i] = (bought[i] ?? 0) + units
        spent += units * o.price
      }
    })
    if (spent <= 0) break
    remaining -= spent
  }
  return bought
}
