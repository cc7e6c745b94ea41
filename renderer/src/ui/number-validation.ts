/** Checks a typed number against min, max and step; pure, so NumberField and tests share it. */

export type NumberProblem =
  | { code: 'not_a_number' }
  | { code: 'below_min'; min: number }
  | { code: 'above_max'; max: number }
  | { code: 'step'; step: number }

export interface NumberRules {
  min?: number
  max?: number
  step?: number
}

/** The number typed in `text`, or why it is refused. */
export function validateNumber(text: string, rules: NumberRules): { ok: true; value: number } | { ok: false; problem: NumberProblem } {
  const trimmed = text.trim()
  const value = Number(trimmed)
  if (trimmed === '' || !Number.isFinite(value)) return { ok: false, problem: { code: 'not_a_number' } }
  if (rules.min !== undefined && value < rules.min) return { ok: false, problem: { code: 'below_min', min: rules.min } }
  if (rules.max !== undefined && value > rules.max) return { ok: false, problem: { code: 'above_max', max: rules.max } }
  if (rules.step !== undefined && rules.step > 0) {
    const base = rules.min ?? 0
    const steps = (value - base) / rules.step
    if (Math.abs(steps - Math.round(steps)) > 1e-6) return { ok: false, problem: { code: 'step', step: rules.step } }
  }
  return { ok: true, value }
}
