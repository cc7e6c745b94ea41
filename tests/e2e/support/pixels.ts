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

/** Share of pixels (sampled every `step`) that differ noticeably between two same-size PNGs. */
export function diffShare(a: Buffer, b: Buffer, step = 3): number {
  const x = PNG.sync.read(a)
  const y = PNG.sync.read(b)
  if (x.width !== y.width || x.height !== y.height) return 1
  let differ = 0
  let sampled = 0
  for (let i = 0; i < x.data.length; i += 4 * step) {
    const d =
      Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)) +
      Math.abs((x.data[i + 1] ?? 0) - (y.data[i + 1] ?? 0)) +
      Math.abs((x.data[i + 2] ?? 0) - (y.data[i + 2] ?? 0))
    if (d > 24) differ++
    sampled++
  }
  return sampled === 0 ? 0 : differ / sampled
}
