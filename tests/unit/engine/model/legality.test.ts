import { describe, expect, it } from 'vitest'
import { saleVerdict, serviceBlock, hbmBlock, toolBlock } from '../../../../app/engine/model/legality'
import { edit, testGame } from '../../../fixtures/rules/test-game'

describe('legality', () => {
  const state = testGame()
  const chip = (id: string) => {
    const c = state.chips[id]
    if (c === undefined) throw new Error(id)
    return c
  }
  it('controls an H100 for China under the 2022 rule but not for the US', () => {
    expect(saleVerdict(state, chip('h100'), 'china', null)).toEqual({ kind: 'controlled', policy: 'oct-2022-chip-rule' })
    expect(saleVerdict(state, chip('h100'), 'us', null)).toEqual({ kind: 'legal' })
  })
  it('lets the 2022 rule’s interconnect test pass an H800-style cut, and the 2023 density tier catch it', () => {
    const cut = { ...chip('h100'), claimed: { ...chip('h100').claimed, interconnectGBs: 400 } }
    expect(saleVerdict(state, cut, 'china', null).kind).toBe('legal')
    const in2023 = edit(state, (d) => {
      delete d.policies['oct-2022-chip-rule']
      d.policies['oct-2023-chip-rule'] = { since: d.quarter, licence: 'deny', revenueShare: 0, approved: [] }
    })
    expect(saleVerdict(in2023, cut, 'china', null).kind).toBe('controlled')
  })
  it('never controls a destination’s own makers at home', () => expect(saleVerdict(state, chip('ascend-910b'), 'china', null).kind).toBe('legal'))
  it('bars foreign foundries from listed entities but not domestic ones', () => {
    expect(serviceBlock(state, 'taiwan', 'huawei')).toBe('entity-list-huawei')
    expect(serviceBlock(state, 'china', 'huawei')).toBeNull()
  })
  it('blocks HBM and tools only while their controls are in force', () => {
    expect(hbmBlock(state, 'korea', 'huawei')).toBeNull()
    expect(toolBlock(state, 'smic-n-plus-3')).toBeNull()
    const controlled = edit(state, (d) => {
      d.policies['hbm-control'] = { since: d.quarter, licence: 'deny', revenueShare: 0, approved: [] }
      d.policies['euv-tool-control'] = { since: d.quarter, licence: null, revenueShare: 0, approved: [] }
    })
    expect(hbmBlock(controlled, 'korea', 'huawei')).toBe('hbm-control')
    expect(toolBlock(controlled, 'smic-n-plus-3')).toBe('euv-tool-control')
    expect(toolBlock(controlled, 'tsmc-n3')).toBeNull()
  })
})
