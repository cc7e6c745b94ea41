import { describe, expect, it } from 'vitest'
import { legalOrders, validateOrder } from '../../../../app/engine'
import { edit, play, testGame, verdict } from '../../../fixtures/rules/test-game'

describe('validateOrder', () => {
  it('answers ok for a legal order', () => expect(verdict(testGame(), 'usa', { kind: 'enact-policy', policy: 'hbm-control' })).toBe('ok'))
  it('refuses every order once the game is over', () => {
    const state = edit(testGame(), (d) => {
      d.over = { reason: 'end', quarter: d.quarter, winner: null, scores: {} }
    })
    expect(verdict(state, 'usa', { kind: 'enact-policy', policy: 'hbm-control' })).toBe('order/game_over')
  })
  it('refuses a faction that is not a seat', () => expect(verdict(testGame({ scenario: 'fixture-short' }), 'tsmc', { kind: 'set-compliance', level: 'lax' })).toBe('order/not_a_seat'))
  it('refuses a malformed order with the path of the problem', () => {
    const result = validateOrder(testGame(), 'usa', { kind: 'enact-policy', policy: 42 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.refusal).toMatchObject({ code: 'order/malformed', path: ['policy'] })
  })
  it('refuses an order for another kind of faction', () => expect(verdict(testGame(), 'nvidia', { kind: 'enact-policy', policy: 'hbm-control' })).toBe('order/wrong_faction_kind'))
  it('refuses when action points run out within a quarter', () => {
    const orders = ['hbm-control', 'euv-tool-control', 'foundry-rule', 'smuggling-enforcement'].map((policy) => ({ kind: 'enact-policy', policy }))
    const { report } = play(testGame(), { usa: orders })
    expect(report.accepted.usa).toHaveLength(3)
    expect(report.refusals.usa?.[0]).toMatchObject({ index: 3, refusal: { code: 'order/no_action_points' } })
  })
  it('checks the kind’s own limits before the money', () => expect(verdict(testGame(), 'smic', { kind: 'improve-yield', node: 'smic-n-plus-2', amountBn: 10.5 })).toBe('order/over_limit'))
  it('refuses an order beyond the cash', () => {
    const state = edit(testGame(), (d) => {
      const f = d.factions.smic
      if (f !== undefined) f.cashBn = 1
    })
    expect(verdict(state, 'smic', { kind: 'improve-yield', node: 'smic-n-plus-2', amountBn: 2 })).toBe('order/insufficient_cash')
  })
  it('refuses a policy beyond the political capital', () => {
    const state = edit(testGame(), (d) => {
      const f = d.factions.usa
      if (f !== undefined) f.politicalCapital = 1
    })
    expect(verdict(state, 'usa', { kind: 'enact-policy', policy: 'hbm-control' })).toBe('order/insufficient_political_capital')
  })
  it('reports orders from a non-seat as refused, not dropped', () => {
    const { report } = play(testGame({ scenario: 'fixture-short' }), { tsmc: [{ kind: 'set-compliance', level: 'lax' }] })
    expect(report.refusals.tsmc?.[0]?.refusal.code).toBe('order/not_a_seat')
  })
})

describe('legalOrders', () => {
  it('lists what a seat may do with parameter ranges', () => {
    const kinds = legalOrders(testGame(), 'nvidia').map((o) => o.kind)
    expect(kinds).toContain('start-program')
    expect(kinds).toContain('book-production')
    expect(kinds).not.toContain('enact-policy')
    const book = legalOrders(testGame(), 'nvidia').find((o) => o.kind === 'book-production')
    expect(book?.params.wafersPerQuarter).toMatchObject({ type: 'number', min: 0, max: 200_000 })
  })
  it('offers a government only its own policies not yet in force', () => {
    const enact = legalOrders(testGame(), 'usa').find((o) => o.kind === 'enact-policy')
    expect(enact?.params.policy).toMatchObject({ type: 'id' })
    const options = enact?.params.policy?.type === 'id' ? enact.params.policy.options : []
    expect(options).toContain('hbm-control')
    expect(options).not.toContain('oct-2022-chip-rule')
    expect(options).not.toContain('big-fund')
  })
  it('lists nothing for a non-seat', () => expect(legalOrders(testGame({ scenario: 'fixture-short' }), 'tsmc')).toEqual([]))
})

describe('legalOrders and money', () => {
  it('caps money amounts at the cash left and drops what cannot be afforded', () => {
    const poor = edit(testGame(), (d) => {
      const f = d.factions.smic
      if (f !== undefined) f.cashBn = 3
    })
    const yieldOrder = legalOrders(poor, 'smic').find((o) => o.kind === 'improve-yield')
    expect(yieldOrder?.params.amountBn).toMatchObject({ max: 3 })
    const broke = edit(testGame(), (d) => {
      const f = d.factions.smic
      if (f !== undefined) f.cashBn = 0
    })
    expect(legalOrders(broke, 'smic').map((o) => o.kind)).not.toContain('improve-yield')
  })
})
