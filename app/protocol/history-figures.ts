/**
 * Figures derived from the public history that both the renderer's charts and the debrief show,
 * computed one way for both.
 */
import type { HistoryPoint } from '../engine'

/**
 * Chinese-made chips' share (0–1) of the accelerator cards China bought in the four quarters up
 * to `index` (IDC counts a year's shipments; one quarter alone swings with a single delivery).
 * Null when none were bought then, or the history did not keep card figures.
 */
export function chinaCardShareOverYear(history: readonly Pick<HistoryPoint, 'chinaCards'>[], index: number): number | null {
  let units = 0
  let domestic = 0
  for (let i = Math.max(0, index - 3); i <= index; i++) {
    const cards = history[i]?.chinaCards
    if (cards === undefined) continue
    units += cards.units
    domestic += cards.domestic
  }
  return units > 0 ? domestic / units : null
}
