/**
 * Which view the URL fragment asks for. The fragment also carries the web host's token
 * (`#token=…`), so views are extra parameters: `#token=…&view=map-demo&flows=500`.
 * `map-demo` is a developer/test harness (docs/renderer.md), not a player-facing screen.
 */

export type Route = { view: 'title' } | { view: 'map-demo'; flows: number }

export const DEFAULT_DEMO_FLOWS = 16
export const MAX_DEMO_FLOWS = 5000

/** Parses `location.hash`. Unknown views fall back to the title screen. */
export function routeFromHash(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  if (params.get('view') === 'map-demo') {
    const asked = Number(params.get('flows') ?? DEFAULT_DEMO_FLOWS)
    const flows = Number.isFinite(asked) ? Math.min(MAX_DEMO_FLOWS, Math.max(0, Math.floor(asked))) : DEFAULT_DEMO_FLOWS
    return { view: 'map-demo', flows }
  }
  return { view: 'title' }
}
