/** What a host screen (or a test harness) may ask of a live map. */
export interface MapHandle {
  /** The renderer Pixi chose: `webgl`, `webgpu` or `canvas`. */
  renderer: string
  /** A region marker's position in CSS pixels relative to the map, or null. */
  screenPointOf(regionId: string): { x: number; y: number } | null
  /** A site icon's position in CSS pixels relative to the map, or null. */
  screenPointOfSite(regionId: string, siteId: string): { x: number; y: number } | null
  /** A point on a flow's drawn line in CSS pixels relative to the map, or null. */
  screenPointOfFlow(flowId: string): { x: number; y: number } | null
  /** The centre of a control's wall in CSS pixels relative to the map, or null. */
  screenPointOfControl(barrierId: string): { x: number; y: number } | null
  zoom(): number
  particleCount(): number
}

declare global {
  interface Window {
    /**
     * A test hook, set by the map harness (`&view=map-demo`) and the game screen: browser
     * tests (tests/e2e) and the bench (`npm run bench`) find regions and site icons on
     * the canvas through it (the canvas has no DOM to query), and read the renderer, the
     * zoom and the number of particles. It exposes nothing of the game state beyond what
     * the canvas already shows: screen positions of drawn markers, icons and lines, and drawing
     * statistics; no view, no rules, no orders, no other seat's secrets. Set only in builds
     * with the test hooks (`__SC_TEST_HOOKS__`: dev and test builds), never in production.
     */
    __scMap?: MapHandle
  }
}
