/** Reads a PNG screenshot's pixels to tell a drawn canvas from a blank one. */
import { PNG } from 'pngjs'

/** What a region of pixels looks like. */
export interface PixelStats {
  /** Distinct colours among the sampled pixels (quantised to 4 bits per channel). */
  distinctColours: number
  /** Share of sampled pixels that differ from the most common colour. */
  nonDominantShare: number
  sampled: number
}

/** Samples a grid of pixels across a PNG image. */
export function samplePixels(png: Buffer, step = 7): PixelStats {
  const image = PNG.sync.read(png)
  const counts = new Map<number, number>()
  let sampled = 0
  for (let y = 0; y < image.height; y += step) {
    for (let x = 0; x < image.width; x += step) {
      const i = (y * image.width + x) * 4
      const key =
        ((image.data[i] ?? 0) >> 4) * 4096 + ((image.data[i + 1] ?? 0) >> 4) * 256 + ((image.data[i + 2] ?? 0) >> 4) * 16
      counts.set(key, (counts.get(key) ?? 0) + 1)
      sampled++
    }
  }
  const dominant = Math.max(...counts.values())
  return { distinctColours: counts.size, nonDominantShare: 1 - dominant / sampled, sampled }
}
