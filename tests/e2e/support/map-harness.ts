/** Opens the renderer's map harness (`&view=map-demo`, docs/renderer.md) and finds things on it. */
import type { Page } from 'playwright-core'
import type { WebHost } from '../../../app/host'
import { SETTINGS_KEY } from '../../../renderer/src/settings/settings-store'
import { settle, waitReady } from './browser'

export interface HarnessOptions {
  flows?: number
  /**
   * Starts with the flows' animation off (the settings' animation speed 0). A still map
   * renders only when something changes, which keeps software-WebGL pages responsive.
   */
  still?: boolean
}

/** Opens the harness and waits until the map is drawn. */
export async function openMapHarness(page: Page, host: WebHost, { flows, still = false }: HarnessOptions = {}): Promise<void> {
  if (still) {
    await page.addInitScript(([key]) => localStorage.setItem(key as string, JSON.stringify({ animationSpeed: 0 })), [SETTINGS_KEY])
  }
  await page.goto(`${host.url}&view=map-demo${flows === undefined ? '' : `&flows=${flows}`}`)
  await waitReady(page, 'map')
  // Let the static layers cache and a frame draw.
  await settle(page)
}

/** A region marker's position in page pixels. */
export async function regionPoint(page: Page, regionId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((id) => window.__scMap?.screenPointOf(id) ?? null, regionId)
  if (point === null) throw new Error(`region ${regionId} is not on the map`)
  const box = await page.getByTestId('map-viewport').boundingBox()
  return { x: (box?.x ?? 0) + point.x, y: (box?.y ?? 0) + point.y }
}

/** A site icon's position in page pixels. */
export async function sitePoint(page: Page, regionId: string, siteId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([r, s]) => window.__scMap?.screenPointOfSite(r as string, s as string) ?? null, [regionId, siteId])
  if (point === null) throw new Error(`site ${regionId}/${siteId} is not on the map`)
  const box = await page.getByTestId('map-viewport').boundingBox()
  return { x: (box?.x ?? 0) + point.x, y: (box?.y ?? 0) + point.y }
}
