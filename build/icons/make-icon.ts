/**
 * Draws build/icons/icon.png (512×512), the same shapes as icon.svg, with pngjs so no
 * image tool is needed: `node --import tsx build/icons/make-icon.ts`. electron-builder
 * derives the Windows .ico and macOS .icns from it.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'

const SIZE = 512
type Rgb = [number, number, number]
const NAVY: Rgb = [0x0b, 0x10, 0x20]
const BLUE: Rgb = [0x1f, 0x6f, 0xeb]
const GOLD: Rgb = [0xc9, 0xa2, 0x27]

/** Whether (x, y) is inside a rectangle with rounded corners of radius r. */
function inRoundRect(x: number, y: number, left: number, top: number, width: number, height: number, r: number): boolean {
  if (x < left || y < top || x >= left + width || y >= top + height) return false
  const cx = Math.min(Math.max(x, left + r), left + width - r)
  const cy = Math.min(Math.max(y, top + r), top + height - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}

export function drawIcon(): Buffer {
  const png = new PNG({ width: SIZE, height: SIZE })
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let colour: Rgb | null = null
      if (inRoundRect(x, y, 0, 0, SIZE, SIZE, 96)) colour = NAVY
      if (inRoundRect(x, y, 136, 136, 240, 240, 24)) colour = BLUE
      if (inRoundRect(x, y, 196, 196, 120, 120, 12)) colour = NAVY
      for (const left of [64, 124, 360, 420]) if (inRoundRect(x, y, left, 48, 28, 416, 0)) colour = GOLD
      const i = (y * SIZE + x) * 4
      png.data[i] = colour?.[0] ?? 0
      png.data[i + 1] = colour?.[1] ?? 0
      png.data[i + 2] = colour?.[2] ?? 0
      png.data[i + 3] = colour === null ? 0 : 255
    }
  }
  return PNG.sync.write(png)
}

writeFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'icon.png'), drawIcon())
