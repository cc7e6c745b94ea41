/**
 * Where a region's banner parts sit on screen. Markers, names and site icons keep their
 * size in screen pixels at every zoom (like a Civilization city banner), so they are laid
 * out in pixels around the marker's screen position. Shared by drawing and hit-testing.
 */
import type { Point } from './camera'

/** Smallest marker radius on screen, so small regions (Taiwan) stay easy to hit. */
export const MIN_MARKER_PX = 9
export const MAX_MARKER_PX = 22
/** Gap between the marker and the name plate's top. */
export const LABEL_GAP_PX = 6
export const LABEL_HEIGHT_PX = 18
export const SITE_SPACING_PX = 20
export const SITE_RADIUS_PX = 8.5
/** A site icon reacts to the pointer within this distance. */
export const SITE_HIT_PX = 10

/*
 * Every function takes `ui`, the interface scale setting (1 = normal): banners grow with
 * the rest of the interface.
 */

/** The marker's radius on screen for a region radius (share of world height). */
export function markerRadiusPx(radius: number, pxPerWorldHeight: number, ui = 1): number {
  return Math.min(MAX_MARKER_PX * ui, Math.max(MIN_MARKER_PX * ui, radius * pxPerWorldHeight))
}

/** The name plate's centre, relative to the marker's centre. */
export function labelOffset(markerPx: number, ui = 1): Point {
  return { x: 0, y: markerPx + (LABEL_GAP_PX + LABEL_HEIGHT_PX / 2) * ui }
}

/** Site icon `index` of `count`, centred in a row under the name plate. */
export function siteOffset(index: number, count: number, markerPx: number, ui = 1): Point {
  const rowY = markerPx + (LABEL_GAP_PX + LABEL_HEIGHT_PX + 4 + SITE_RADIUS_PX) * ui
  return { x: (index - (count - 1) / 2) * SITE_SPACING_PX * ui, y: rowY }
}
