/**
 * Keeping the seat's view current: `quarterResolved` brings the view whole or as changes to
 * the last view this window received (without the static rules). Pure, so it is unit-tested
 * against the real host.
 */
import type { GameApi, QuarterResolved } from '../../../../app/protocol/contract'
import { applyJsonDiff } from '../../../../app/protocol/json-diff'
import type { CallResult } from '../../../../app/protocol/result'
import type { Rules, SeatView, ViewBody } from './game-types'

/**
 * The seat's view with the ruleset beside it: `getView` every time, `getRules` only when
 * `known` is null (the ruleset never changes during a game, so a screen reads it once).
 */
export async function fetchView(api: Pick<GameApi, 'getView' | 'getRules'>, seat: string, known: Rules | null): Promise<CallResult<SeatView>> {
  const [view, rules] = await Promise.all([api.getView({ seat }), known === null ? api.getRules({ seat }) : Promise.resolve({ ok: true as const, value: known })])
  if (!view.ok) return view
  if (!rules.ok) return rules
  return { ok: true, value: { ...view.value, rules: rules.value } }
}

/** A view as kept by the screen: the body that changes each quarter, and the rules that never do. */
export function splitView(view: SeatView): { rules: SeatView['rules']; body: ViewBody } {
  const { rules, ...body } = view
  return { rules, body }
}

/** The view after a resolution, or null when the patch does not fit (then call `getView`). */
export function viewAfter(last: ViewBody | null, payload: QuarterResolved): ViewBody | null {
  if (payload.view !== undefined) return payload.view
  if (last === null) return null
  try {
    return applyJsonDiff(last, payload.viewPatch)
  } catch {
    return null
  }
}
