/**
 * Keeping the seat's view current: `quarterResolved` brings the view whole or as changes to
 * the last view this window received (without the static rules). Pure, so it is unit-tested
 * against the real host; the session store (session-store.ts) is its one user.
 */
import type { QuarterResolved } from '../../../app/protocol/contract'
import { applyJsonDiff } from '../../../app/protocol/json-diff'
import type { ViewBody } from '../screens/game/game-types'

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
