/**
 * Where a region's banner parts sit on screen. Markers, names and site icons keep their
 * size in screen pixels at every zoom (like a Civilization city banner), so they are laid
 * out in pixels around the marker's screen position. Shared by drawing and hit-testing.
 */
import type { Point } from './camera'
import type { LabelSide } from './map-model'

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

/**
 * Where the name plate sits, relative to the marker's centre: `x`, `y` is the point the
 * plate is anchored at and `align` which of its edges is there (0: its centre, as below
 * and above the marker; -1: its left edge, to the right of the marker; 1: its right edge).
 */
export function labelOffset(markerPx: number, ui = 1, side: LabelSide = 'below'): Point & { align: -1 | 0 | 1 } {
  const along = markerPx + (LABEL_GAP_PX + LABEL_HEIGHT_PX / 2) * ui
  switch (side) {
    case 'above':
      return { x: 0, y: -along, align: 0 }
    case 'right':
      return { x: markerPx + LABEL_GAP_PX * ui, y: 0, align: -1 }
    case 'left':
      return { x: -markerPx - LABEL_GAP_PX * ui, y: 0, align: 1 }
    default:
      return { x: 0, y: along, align: 0 }
  }
}

/**
 * Site icon `index` of `count`: in a row under the name plate (centred below the marker,
 * over the plate when it sits above, from the plate's outer edge when it sits to a side).
 */
export function siteOffset(index: number, count: number, markerPx: number, ui = 1, side: LabelSide = 'below'): Point {
  const stacked = markerPx + (LABEL_GAP_PX + LABEL_HEIGHT_PX + 4 + SITE_RADIUS_PX) * ui
  const centred = (index - (count - 1) / 2) * SITE_SPACING_PX * ui
  const beside = (LABEL_HEIGHT_PX / 2 + 4 + SITE_RADIUS_PX) * ui
  const fromEdge = markerPx + (LABEL_GAP_PX + SITE_RADIUS_PX) * ui
  switch (side) {
    case 'above':
      return { x: centred, y: -stacked }
    case 'right':
      return { x: fromEdge + index * SITE_SPACING_PX * ui, y: beside }
    case 'left':
      return { x: -fromEdge - index * SITE_SPACING_PX * ui, y: beside }
    default:
      return { x: centred, y: stacked }
  }
}
