import { describe, it } from 'vitest'
import { checkHistoryDirection } from './history-direction'

describe('October 2022 with historical personas (b of 4)', () => {
  it('moves like 2022–2025 over seeds 26–50: Nvidia’s China share falls, domestic chips’ share rises, compliant chips sell in China', () => {
    checkHistoryDirection(26, 25)
  }, 240_000)
})
