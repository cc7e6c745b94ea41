/**
 * A small line chart drawn as inline SVG (no script, no font, nothing loaded): axes with
 * round-number ticks, grid lines, optional reference lines and shaded bands, one polyline
 * per series with point markers, and an HTML legend. Every text is escaped; colours are
 * used only when they are `#rrggbb`.
 */

/** HTML-escapes text for element content and attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
}

/** A colour safe to put in markup, or grey. */
export function safeColor(color: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#777777'
}

export interface ChartLine {
  name: string
  color: string
  values: readonly (number | null)[]
  dashed?: boolean
}

export interface LineChartSpec {
  title: string
  /** One line under the title: what is measured, in which unit. */
  subtitle: string
  xLabels: readonly string[]
  series: readonly ChartLine[]
  format: (value: number) => string
  /** Fixed axis ends (else from the data, with 0 included). */
  yMin?: number
  yMax?: number
  /** Horizontal reference lines (a threshold, a target). */
  rules?: readonly { value: number; label: string; color: string }[]
  /** Shaded horizontal bands (a danger zone). */
  bands?: readonly { from: number; to: number; color: string; label: string }[]
  /** Hide the legend (a single series named by the title). */
  noLegend?: boolean
  /** The drawing's size in SVG units (default 560 × 280); text is 13 units high. */
  width?: number
  height?: number
}

const M = { left: 58, right: 34, top: 14, bottom: 36 }

/** Round tick values covering [lo, hi] with about `count` steps. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) hi = lo + 1
  const raw = (hi - lo) / count
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag)
  const at = (k: number): number => Number.parseFloat((k * step).toPrecision(12))
  const ticks: number[] = []
  let k = Math.floor(lo / step + 1e-9)
  for (; at(k) <= hi + step * 1e-9; k++) ticks.push(at(k))
  if ((ticks.at(-1) ?? -Infinity) < hi) ticks.push(at(k))
  return ticks
}

/** The chart as an HTML figure with an inline SVG. */
export function lineChart(spec: LineChartSpec): string {
  const W = spec.width ?? 560
  const H = spec.height ?? 280
  const values = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)))
  const ruleValues = (spec.rules ?? []).map((r) => r.value)
  const dataLo = Math.min(0, ...values, ...ruleValues)
  const dataHi = Math.max(...values, ...ruleValues, dataLo + 1e-9)
  const ticks = niceTicks(spec.yMin ?? dataLo, spec.yMax ?? dataHi)
  const lo = spec.yMin ?? ticks[0] ?? 0
  const hi = spec.yMax ?? ticks.at(-1) ?? 1
  const n = spec.xLabels.length
  const plotW = W - M.left - M.right
  const plotH = H - M.top - M.bottom
  const x = (i: number): number => M.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1))
  const y = (v: number): number => M.top + plotH - ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo || 1)) * plotH
  const f = (v: number): string => v.toFixed(1)
  const parts: string[] = []

  for (const band of spec.bands ?? []) {
    const top = y(Math.min(hi, band.to))
    const bottom = y(Math.max(lo, band.from))
    if (bottom - top <= 0) continue
    parts.push(`<rect x="${M.left}" y="${f(top)}" width="${plotW}" height="${f(bottom - top)}" fill="${safeColor(band.color)}" fill-opacity="0.12"><title>${esc(band.label)}</title></rect>`)
  }
  for (const t of ticks) {
    if (t < lo || t > hi) continue
    parts.push(`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${f(y(t))}" y2="${f(y(t))}"/>`)
    parts.push(`<text class="tick" x="${M.left - 8}" y="${f(y(t) + 4)}" text-anchor="end">${esc(spec.format(t))}</text>`)
  }
  const every = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(plotW / 70))))
  spec.xLabels.forEach((label, i) => {
    // Every `every`-th quarter and the last, but not a regular one so close to the last that the two would overlap.
    if (i !== n - 1 && (i % every !== 0 || (i > 0 && n - 1 - i < every))) return
    parts.push(`<line class="axis" x1="${f(x(i))}" x2="${f(x(i))}" y1="${M.top + plotH}" y2="${M.top + plotH + 5}"/>`)
    parts.push(`<text class="tick" x="${f(x(i))}" y="${M.top + plotH + 21}" text-anchor="middle">${esc(label)}</text>`)
  })
  parts.push(`<line class="axis" x1="${M.left}" x2="${W - M.right}" y1="${M.top + plotH}" y2="${M.top + plotH}"/>`)
  parts.push(`<line class="axis" x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${M.top + plotH}"/>`)
  if (lo < 0 && hi > 0) parts.push(`<line class="zero" x1="${M.left}" x2="${W - M.right}" y1="${f(y(0))}" y2="${f(y(0))}"/>`)
  for (const rule of spec.rules ?? []) {
    if (rule.value < lo || rule.value > hi) continue
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${f(y(rule.value))}" y2="${f(y(rule.value))}" stroke="${safeColor(rule.color)}" stroke-width="1.5" stroke-dasharray="6 4"/>`)
    parts.push(`<text class="rule" x="${W - M.right - 4}" y="${f(y(rule.value) - 5)}" text-anchor="end" fill="${safeColor(rule.color)}">${esc(rule.label)}</text>`)
  }
  for (const s of spec.series) {
    const color = safeColor(s.color)
    let path = ''
    let pen = false
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        pen = false
        return
      }
      path += `${pen ? 'L' : 'M'}${f(x(i))} ${f(y(v))}`
      pen = true
    })
    if (path === '') continue
    parts.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"${s.dashed === true ? ' stroke-dasharray="6 4"' : ''}/>`)
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) return
      parts.push(`<circle cx="${f(x(i))}" cy="${f(y(v))}" r="3" fill="${color}"><title>${esc(`${s.name}, ${spec.xLabels[i] ?? ''}: ${spec.format(v)}`)}</title></circle>`)
    })
  }
  const legend =
    spec.noLegend === true
      ? ''
      : `<ul class="legend">${spec.series.map((s) => `<li><span class="swatch${s.dashed === true ? ' dashed' : ''}" style="background:${safeColor(s.color)}"></span>${esc(s.name)}</li>`).join('')}</ul>`
  const label = `${spec.title}. ${spec.subtitle}`
  return `<figure class="chart"><figcaption><strong>${esc(spec.title)}</strong><span>${esc(spec.subtitle)}</span></figcaption><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(label)}">${parts.join('')}</svg>${legend}</figure>`
}
