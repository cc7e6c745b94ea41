/**
 * The map's stylised projection: equirectangular over the window of the world the race is
 * played in (from the US west coast to Japan, Scandinavia to Australia), stretched
 * vertically so the world is twice as wide as it is tall, as strategy maps often are.
 */
import type { UnitPoint } from './map-model'

export const WEST = -128
export const EAST = 162
export const NORTH = 70
export const SOUTH = -46
/** The whole globe's width in unit widths of the window: 360° over the window's span (≈1.24). */
export const PROJECTION_WRAP = 360 / (EAST - WEST)
/** World width / height of maps drawn with this projection. */
export const PROJECTION_ASPECT = 1.8

/** Longitude and latitude (degrees) to unit coordinates. */
export function projectLonLat(lon: number, lat: number): UnitPoint {
  return [(lon - WEST) / (EAST - WEST), (NORTH - lat) / (NORTH - SOUTH)]
}

/** Projects a flat list of lon, lat pairs. */
export function projectPath(lonLat: readonly number[]): UnitPoint[] {
  const points: UnitPoint[] = []
  for (let i = 0; i + 1 < lonLat.length; i += 2) points.push(projectLonLat(lonLat[i] as number, lonLat[i + 1] as number))
  return points
}
