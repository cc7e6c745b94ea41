/**
 * Which view the URL fragment asks for. The fragment also carries the web host's token
 * (`#token=…`), so views are extra parameters: `#token=…&view=map-demo&flows=500`.
 * `map-demo` and `panels-demo` are developer/test harnesses (docs/renderer.md), not player-facing screens:
 * App reads the fragment only in builds with the test hooks, so a production build has no route but the title.
 */

export type Route = { view: 'title' } | { view: 'map-demo'; flows: number } | { view: 'panels-demo'; quarters: number }

export const DEFAULT_DEMO_FLOWS = 16
export const MAX_DEMO_FLOWS = 5000
/** `panels-demo`: quarters to play before showing the panels (`quarters=end` plays the game out). */
export const DEFAULT_DEMO_QUARTERS = 2
export const MAX_DEMO_QUARTERS = 99

/** Parses `location.hash`. Unknown views fall back to the title screen. */
export function routeFromHash(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  if (params.get('view') === 'map-demo') {
    const asked = Number(params.get('flows') ?? DEFAULT_DEMO_FLOWS)
    const flows = Number.isFinite(asked) ? Math.min(MAX_DEMO_FLOWS, Math.max(0, Math.floor(asked))) : DEFAULT_DEMO_FLOWS
    return { view: 'map-demo', flows }
  }
  if (params.get('view') === 'panels-demo') {
    const raw = params.get('quarters')
    const asked = raw === 'end' ? MAX_DEMO_QUARTERS : Number(raw ?? DEFAULT_DEMO_QUARTERS)
    const quarters = Number.isFinite(asked) ? Math.min(MAX_DEMO_QUARTERS, Math.max(0, Math.floor(asked))) : DEFAULT_DEMO_QUARTERS
    return { view: 'panels-demo', quarters }
  }
  return { view: 'title' }
}
