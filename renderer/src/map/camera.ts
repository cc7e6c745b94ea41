/**
 * Camera math for the world map, kept free of Pixi so it can be unit-tested: a camera is
 * the world point at the screen's centre and a zoom relative to "the whole world fits".
 */

/** Virtual world height; its width is `aspect` times this. */
export const WORLD_HEIGHT = 1000
export const MIN_ZOOM = 1
export const MAX_ZOOM = 8

export interface Camera {
  /** World point shown at the centre of the screen. */
  cx: number
  cy: number
  /** 1 = the whole world fits the screen. */
  zoom: number
}

export interface Size {
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}

/** The world's size in world units for a model aspect (width / height). */
export function worldSize(aspect: number): Size {
  return { width: WORLD_HEIGHT * aspect, height: WORLD_HEIGHT }
}

/** Screen pixels per world unit at zoom 1 (the world is contained in the screen). */
export function fitScale(screen: Size, world: Size): number {
  return Math.max(1e-6, Math.min(screen.width / world.width, screen.height / world.height))
}

/** Screen pixels per world unit. */
export function cameraScale(camera: Camera, screen: Size, world: Size): number {
  return fitScale(screen, world) * camera.zoom
}

/** The camera that shows the whole world. */
export function homeCamera(world: Size): Camera {
  return { cx: world.width / 2, cy: world.height / 2, zoom: 1 }
}

/** Keeps the zoom in range and the world on screen (centred along an axis where it is smaller). */
export function clampCamera(camera: Camera, screen: Size, world: Size): Camera {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.zoom))
  const scale = fitScale(screen, world) * zoom
  const clampAxis = (c: number, view: number, extent: number): number => {
    const half = view / (2 * scale)
    return extent <= 2 * half ? extent / 2 : Math.min(extent - half, Math.max(half, c))
  }
  return {
    zoom,
    cx: clampAxis(camera.cx, screen.width, world.width),
    cy: clampAxis(camera.cy, screen.height, world.height),
  }
}

export function worldToScreen(p: Point, camera: Camera, screen: Size, world: Size): Point {
  const s = cameraScale(camera, screen, world)
  return { x: (p.x - camera.cx) * s + screen.width / 2, y: (p.y - camera.cy) * s + screen.height / 2 }
}

export function screenToWorld(p: Point, camera: Camera, screen: Size, world: Size): Point {
  const s = cameraScale(camera, screen, world)
  return { x: (p.x - screen.width / 2) / s + camera.cx, y: (p.y - screen.height / 2) / s + camera.cy }
}

/** Zooms by `factor` keeping the world point under `anchor` (a screen point) where it is. */
export function zoomAt(camera: Camera, factor: number, anchor: Point, screen: Size, world: Size): Camera {
  const before = screenToWorld(anchor, camera, screen, world)
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.zoom * factor))
  const s = fitScale(screen, world) * zoom
  const next = {
    zoom,
    cx: before.x - (anchor.x - screen.width / 2) / s,
    cy: before.y - (anchor.y - screen.height / 2) / s,
  }
  return clampCamera(next, screen, world)
}

/** Moves the view by a screen-pixel drag (dx, dy): the world follows the pointer. */
export function panBy(camera: Camera, dx: number, dy: number, screen: Size, world: Size): Camera {
  const s = cameraScale(camera, screen, world)
  return clampCamera({ ...camera, cx: camera.cx - dx / s, cy: camera.cy - dy / s }, screen, world)
}

/** Where to draw a cached image of the map (scale and top-left) for the current camera. */
export interface ImagePlacement {
  scale: number
  x: number
  y: number
}

/**
 * Places an image rendered for camera `from` (scale `fromScale`, with `margin` pixels of
 * extra map on every side) so it lines up with camera `to` (scale `toScale`): the image
 * follows a pan or zoom exactly until it is rendered afresh.
 */
export function placeCachedImage(from: Camera, fromScale: number, to: Camera, toScale: number, screen: Size, margin: number): ImagePlacement {
  const k = toScale / fromScale
  return {
    scale: k,
    x: (-margin - screen.width / 2) * k + (from.cx - to.cx) * toScale + screen.width / 2,
    y: (-margin - screen.height / 2) * k + (from.cy - to.cy) * toScale + screen.height / 2,
  }
}

/** Whether an image of `size` (screen + 2 × margin) placed so still covers the screen. */
export function imageCoversScreen(place: ImagePlacement, size: Size, screen: Size): boolean {
  return place.x <= 0.5 && place.y <= 0.5 && place.x + size.width * place.scale >= screen.width - 0.5 && place.y + size.height * place.scale >= screen.height - 0.5
}
