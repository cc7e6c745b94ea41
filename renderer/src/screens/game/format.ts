/** Small pure formatters for the game screen (no engine code: the renderer may not import it). */

/** A quarter index as the host labels it (GameInfo.quarterLabel): `2023 Q1`. */
export function quarterLabel(index: number): string {
  return `${Math.floor(index / 4)} Q${(index % 4) + 1}`
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
