import { describe, it } from 'vitest'
import { checkHistoryDirection } from './history-direction'

describe('October 2022 with historical personas (c of 4)', () => {
  it('moves like 2022–2025 over seeds 51–75: Nvidia’s China share falls, domestic chips’ share rises, compliant chips sell in China', () => {
    checkHistoryDirection(51, 25)
  }, 240_000)
})
