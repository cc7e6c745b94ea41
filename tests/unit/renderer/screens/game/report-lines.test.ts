import { describe, expect, it } from 'vitest'
import { NOTE_CODES, REFUSAL_CODES, resolveQuarter, viewFor } from '../../../../../app/engine'
import { NOTE_WORDS, REFUSAL_WORDS, refusalReason, reportLines } from '../../../../../renderer/src/screens/game/report-lines'
import { baseGame, baseTexts } from '../../../../fixtures/base-game'

describe('reportLines', () => {
  it('words every note code of the engine, except those shown another way', () => {
    // NOTE_WORDS is a Record over the engine's note codes: a new code fails to compile until it is listed.
    expect(Object.keys(NOTE_WORDS).sort()).toEqual([...NOTE_CODES].sort())
    expect(Object.entries(NOTE_WORDS).filter(([, key]) => key === null).map(([code]) => code)).toEqual(['event/chosen', 'finance/summary'])
  })

  it('gives every refusal code of the engine a few words', () => {
    expect(Object.keys(REFUSAL_WORDS).sort()).toEqual([...REFUSAL_CODES].sort())
    expect(refusalReason('order/over_limit')).toBe('over the limit')
  })

  it('says why a purchase came up short, with the chip named and the figures', () => {
    const start = structuredClone(baseGame())
    const huawei = start.factions.huawei
    if (huawei !== undefined) huawei.inventory['ascend-910b'] = 500
    const { report } = resolveQuarter(start, { alibaba: [{ kind: 'buy-chips', chip: 'ascend-910b', units: 1_000_000, maxPriceUsd: 30_000 }] })
    const { rules, ...view } = viewFor(start, 'alibaba')
    const lines = reportLines(report, 'alibaba', view, rules, baseTexts())
    const short = lines.notes.find((n) => n.includes('of the 1,000,000 Ascend 910B ordered'))
    expect(short, lines.notes.join(' | ')).toBe('500 of the 1,000,000 Ascend 910B ordered: the maker had no more in stock.')
  })
})
