/**
 * Whether October 2022 with historical personas moves the way 2022–2025 did, over `count`
 * seeds from 2022 Q4 to 2025 Q4 at normal: Nvidia's China share of revenue falls; the share of
 * Chinese compute on domestic chips rises; domestic chips' share of the cards China bought is
 * higher in 2025 than in 2023, at least a fifth and over 200k cards a game (IDC: ~10 % in H1
 * 2023, ~41 % of ~4m in 2025); and licensed or compliant Nvidia chips that appear during play
 * (H800, H20 or a designed cut) are sold in China in most games. `npm run calibrate` prints it
 * over 100 seeds; the suite checks it over 25 (tests/property/engine/ai/history-direction.test.ts).
 */
import type { Rules } from '../../app/engine'
import { playHistory } from './history-measures'

/** One check of the direction: the game's figure, what it must be, and whether it is. */
export interface DirectionCheck {
  id: string
  measure: string
  game: number
  expect: string
  pass: boolean
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)

/** Plays 2022 Q4 → 2025 Q4 for `count` seeds from `seed` and answers the checks. */
export function historyDirection(rules: Rules, seed: number, count: number): DirectionCheck[] {
  const startShare: number[] = []
  const lateShare: number[] = []
  const startDomestic: number[] = []
  const endDomestic: number[] = []
  let compliant = 0
  const cards = { 2023: { units: 0, domestic: 0 }, 2025: { units: 0, domestic: 0 } }
  for (let i = 0; i < count; i++) {
    const t = playHistory(rules, 'october-2022', seed + i, 13)
    startShare.push(t.nvidiaChinaShare[0] ?? 0)
    lateShare.push(mean(t.nvidiaChinaShare.slice(-4)))
    startDomestic.push(t.chinaDomesticShare[0] ?? 0)
    endDomestic.push(t.chinaDomesticShare[t.chinaDomesticShare.length - 1] ?? 0)
    if (t.compliantSoldInChina.length > 0) compliant += 1
    for (const year of [2023, 2025] as const) {
      cards[year].units += t.chinaCardsByYear[year]?.units ?? 0
      cards[year].domestic += t.chinaCardsByYear[year]?.domestic ?? 0
    }
  }
  const share = (year: 2023 | 2025): number => cards[year].domestic / Math.max(1, cards[year].units)
  const check = (id: string, measure: string, game: number, expect: string, pass: boolean): DirectionCheck => ({ id, measure, game, expect, pass })
  return [
    check('nvidia-china-share-start', "Nvidia's China share of revenue, first quarter (mean over games)", mean(startShare), 'above the 2025 figure', mean(lateShare) < mean(startShare)),
    check('nvidia-china-share-2025', "Nvidia's China share of revenue, last four quarters", mean(lateShare), 'below the first quarter', mean(lateShare) < mean(startShare)),
    check('domestic-compute-end', 'Domestic share of Chinese installed compute, 2025 Q4', mean(endDomestic), `above the start (${mean(startDomestic).toFixed(3)})`, mean(endDomestic) > mean(startDomestic)),
    check('compliant-sold', 'Games in which a compliant or licensed Nvidia chip sold in China', compliant / Math.max(1, count), 'over half', compliant > count / 2),
    check('domestic-cards-2025', 'Domestic share of the cards China bought, 2025', share(2025), `above 2023 (${share(2023).toFixed(3)}) and at least 0.2`, share(2025) > share(2023) && share(2025) >= 0.2),
    // Domestic makers sold ~1.65m cards in China in 2025 (Huawei ~812k); before the packaging and HBM fixes of Nov 2026 the game sold about 11k.
    check('domestic-cards-2025-volume', 'Domestic cards China bought in 2025, per game', cards[2025].domestic / Math.max(1, count), 'at least 200,000', cards[2025].domestic / Math.max(1, count) >= 200_000),
  ]
}
