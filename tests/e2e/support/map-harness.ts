/** Opens the renderer's map harness (`&view=map-demo`, docs/renderer.md) and finds things on it. */
import type { Page } from 'playwright-core'
import type { WebHost } from '../../../app/host'

/** Opens the harness with `flows` flows and waits until the map is drawn. */
export async function openMapHarness(page: Page, host: WebHost, flows?: number): Promise<void> {
  await page.goto(`${host.url}&view=map-demo${flows === undefined ? '' : `&flows=${flows}`}`)
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'map', null, { timeout: 20_000 })
  // Let the static layers cache and a few frames of flows draw.
  await page.waitForTimeout(300)
}

/** A region marker's position in page pixels. */
export async function regionPoint(page: Page, regionId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((id) => window.__scMap?.screenPointOf(id) ?? null, regionId)
  if (point === null) throw new Error(`region ${regionId} is not on the map`)
  const box = await page.getByTestId('map-viewport').boundingBox()
  return { x: (box?.x ?? 0) + point.x, y: (box?.y ?? 0) + point.y }
}
