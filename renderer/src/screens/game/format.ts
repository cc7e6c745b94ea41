/** Small pure formatters for the game screen (no engine code: the renderer may not import it). */
import { i18n } from '../../i18n/i18n'

/**
 * A quarter index (`year × 4 + quarter − 1`, as the host sends quarters) in the interface's
 * language: `2023 Q1` in English (`common.quarter`). The one quarter formatter of the game.
 */
export function quarterLabel(index: number): string {
  return i18n.t('common.quarter', { year: Math.floor(index / 4), q: (index % 4) + 1 })
}

/** A quarter index from a quarter as the data and saves write it (`2023Q4`, `2023 Q4`); null when it is not one. */
export function quarterIndexOf(id: string): number | null {
  const match = /^(\d{4})\s?Q([1-4])$/.exec(id.trim())
  return match === null ? null : Number(match[1]) * 4 + Number(match[2]) - 1
}

/** A quarter as the data or a save writes it (`2023Q4`), labelled like every quarter; other text as given. */
export function quarterText(id: string): string {
  const index = quarterIndexOf(id)
  return index === null ? id : quarterLabel(index)
}

/** US$ bn with a sign when asked: `$12.3 bn`, `−$0.4 bn`. */
export function formatBn(value: number, signed = false): string {
  const abs = Math.abs(value)
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2
  const text = `$${abs.toFixed(digits)} bn`
  if (value < 0) return `−${text}`
  return signed && value > 0 ? `+${text}` : text
}

/** A whole or one-decimal number with a sign when asked. */
export function formatNumber(value: number, signed = false, digits = 1): string {
  const rounded = Number(value.toFixed(digits))
  const text = Math.abs(rounded).toLocaleString('en', { maximumFractionDigits: digits })
  if (rounded < 0) return `−${text}`
  return signed && rounded > 0 ? `+${text}` : text
}
