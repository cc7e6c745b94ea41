/** What a host screen (or a test harness) may ask of a live map. */
export interface MapHandle {
  /** The renderer Pixi chose: `webgl`, `webgpu` or `canvas`. */
  renderer: string
  /** A region marker's position in CSS pixels relative to the map, or null. */
  screenPointOf(regionId: string): { x: number; y: number } | null
  /** A site icon's position in CSS pixels relative to the map, or null. */
  screenPointOfSite(regionId: string, siteId: string): { x: number; y: number } | null
  zoom(): number
  particleCount(): number
}

declare global {
  interface Window {
    /** Set by the map harness only (`&view=map-demo`): lets browser tests and the bench find regions on the canvas. */
    __scMap?: MapHandle
  }
}
