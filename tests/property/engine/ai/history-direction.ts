/**
 * Acceptance 4 of the AI: with historical personas, October 2022 moves the way 2022–2025 did.
 * Four files (a–d) play 25 seeds each (100 in all) from 2022 Q4 to 2025 Q4 at normal and check,
 * over their seeds: Nvidia's China share of revenue is lower in 2025 than at the start; the share
 * of Chinese compute on domestic chips is higher at the end than at the start; domestic chips'
 * share of the cards China bought is higher in 2025 than in 2023, at least a fifth and over 200k
 * cards a game (IDC: ~10 % in H1 2023, ~41 % of ~4m in 2025); and licensed or compliant Nvidia chips that appear during play
 * (H800, H20 or a designed cut) are sold in China in most games.
 */
import { expect } from 'vitest'
import { playHistory } from '../../../unit/engine/ai/history-measures'
import { baseRules } from '../../../unit/engine/ai/base-rules'

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)

/** Plays 2022 Q4 → 2025 Q4 for `count` seeds from `seed` and checks the direction. */
export function checkHistoryDirection(seed: number, count: number): void {
  const rules = baseRules()
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
  expect(mean(lateShare)).toBeLessThan(mean(startShare))
  expect(mean(endDomestic)).toBeGreaterThan(mean(startDomestic))
  expect(compliant).toBeGreaterThan(count / 2)
  const share = (year: 2023 | 2025): number => cards[year].domestic / Math.max(1, cards[year].units)
  expect(share(2025)).toBeGreaterThan(share(2023))
  expect(share(2025)).toBeGreaterThanOrEqual(0.2)
  // And at a scale: domestic makers sold ~1.65m cards in China in 2025 (Huawei ~812k); before the
  // packaging and HBM fixes of Nov 2026 the game sold about 11k.
  expect(cards[2025].domestic / count).toBeGreaterThanOrEqual(200_000)
}
