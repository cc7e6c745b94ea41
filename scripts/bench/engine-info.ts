/** Bench section: the foundation's round trip (engine info), a baseline for the others. */
import { engineInfo } from '../../app/engine'
import type { BenchSection } from './section'
import { time } from './measure'

export const engineInfoSection: BenchSection = {
  name: 'engine info',
  run: () => ({
    engineVersion: engineInfo().version,
    engineInfoMedianMs: time(() => void engineInfo(), 10_000).medianMs,
  }),
}
