import { describe, expect, it } from 'vitest'
import { historyDirection } from '../../../../scripts/lib/history-direction'
import { baseRules } from '../../../unit/engine/ai/base-rules'

// The full run is `npm run calibrate -- --games 100` (docs/testing.md).
describe('October 2022 with historical personas', () => {
  it('moves like 2022–2025 over seeds 1–25: Nvidia’s China share falls, domestic chips’ share rises, compliant chips sell in China', () => {
    const failed = historyDirection(baseRules(), 1, 25).filter((c) => !c.pass)
    expect(failed).toEqual([])
  })
})
