import { describe, expect, it } from 'vitest'
import { createGame, randomOrders, reportFor, resolveQuarter, viewFor, type GameState, type OrdersBySeat, type Rules } from '../../../app/engine'
import { edit, fixtureRules } from '../../fixtures/rules/test-game'

// Sentinels: long digit strings that no computed figure will contain by chance.
const SECRET_PROGRAM_TFLOPS = 31337.4242
const CATALOGUE_TRUE_TFLOPS = 4242.424242
const HBM_STOCK = 8675309
const BOOKING = 1919191
const ORDER_AMOUNT = 0.91919191
const ORDER_STACKS = 1717171
const CASH = 777.777123
const SENTINELS = ['31337.4242', '4242.424242', '8675309', '1919191', '0.91919191', '1717171', '777.777123', 'huawei-secret']

/** Rules whose catalogue truth of Huawei's chip is a sentinel (the rules travel in the state). */
function plantedRules(): Rules {
  const rules = fixtureRules()
  const chip = rules.chips['ascend-910b']
  if (chip === undefined) throw new Error('fixture changed')
  return { ...rules, chips: { ...rules.chips, 'ascend-910b': { ...chip, true: { ...chip.true, bf16Tflops: CATALOGUE_TRUE_TFLOPS } } } }
}

/** A game where Huawei's secrets hold sentinel values. */
function plantedGame(seed: number): GameState {
  const created = createGame(plantedRules(), { scenarioId: 'fixture-long', seed })
  if (!created.ok) throw new Error(created.message)
  return edit(created.state, (d) => {
    const f = d.factions.huawei
    const base = d.chips['ascend-910b']
    if (f === undefined || base === undefined) return
    f.cashBn = CASH
    f.inventory['cxmt-hbm2'] = HBM_STOCK
    f.bookings['ascend-910b'] = BOOKING
    d.chips['huawei-secret'] = { ...base, id: 'huawei-secret', name: 'designed.huawei-secret', public: false, designed: false, launched: -1, tapedOut: -1, true: { ...base.true, bf16Tflops: SECRET_PROGRAM_TFLOPS }, claimed: { ...base.claimed, bf16Tflops: SECRET_PROGRAM_TFLOPS } }
    d.programs.push({ id: 'program-99', owner: 'huawei', chip: 'huawei-secret', quartersLeft: 30, budgetBnPerQuarter: 0.1, inexperience: 0 })
  })
}

function leaks(text: string, truthKnown = false): string[] {
  // Once the truth about Huawei's catalogue chip is out (benchmark, leak, or this seat's intelligence), it may be seen.
  return SENTINELS.filter((s) => text.includes(s) && !(truthKnown && s === '4242.424242'))
}

function seatView(state: GameState, seat: string): [string, boolean] {
  const view = viewFor(state, seat)
  return [JSON.stringify(view), (view.chips['ascend-910b']?.known ?? null) !== null]
}

describe('hidden information', () => {
  it('never shows one seat’s secrets to another seat, in any phase’s view or in the report', () => {
    for (const seed of [1, 2, 3]) {
      let state = plantedGame(seed)
      for (let quarter = 0; quarter < 3; quarter++) {
        const orders: OrdersBySeat = {}
        for (const seat of state.seats) orders[seat] = seat === 'huawei' ? [] : randomOrders(state, seat)
        orders.huawei = [
          { kind: 'invest-ecosystem', amountBn: ORDER_AMOUNT },
          { kind: 'stockpile-hbm', hbm: 'cxmt-hbm2', stacks: ORDER_STACKS },
        ]
        const others = state.seats.filter((s) => s !== 'huawei')
        const phases: number[] = []
        for (const seat of others) expect(leaks(...seatView(state, seat)), `${seat} before the quarter`).toEqual([])
        const { state: next, report } = resolveQuarter(state, orders, {
          onPhase: (phase, snapshot, partial) => {
            phases.push(phase)
            for (const seat of others) {
              const [text, known] = seatView(snapshot, seat)
              expect(leaks(text, known), `${seat}'s view after phase ${phase}`).toEqual([])
              expect(leaks(JSON.stringify(reportFor(partial, seat)), known), `${seat}'s report after phase ${phase}`).toEqual([])
            }
          },
        })
        expect(phases).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
        for (const seat of others) expect(leaks(JSON.stringify(reportFor(report, seat)), seatView(next, seat)[1]), `${seat}'s report`).toEqual([])
        // The test can see a leak: the facilitator and Huawei itself do see the secrets.
        expect(leaks(JSON.stringify(viewFor(state, 'facilitator')))).toContain('huawei-secret')
        expect(leaks(JSON.stringify(viewFor(state, 'huawei')))).toContain('31337.4242')
        expect(leaks(JSON.stringify(reportFor(report, 'huawei')))).toContain('0.91919191')
        state = next
      }
    }
  })

  it('shows others’ claims, not the truth, until a benchmark, a leak or intelligence', () => {
    const state = plantedGame(1)
    const chip = viewFor(state, 'usa').chips['ascend-910b']
    expect(chip?.claimed.bf16Tflops).toBe(376)
    expect(chip?.known).toBeNull()
    expect(viewFor(state, 'usa').rules.chips['ascend-910b']?.true.bf16Tflops).toBe(376)
    expect(viewFor(state, 'huawei').chips['ascend-910b']?.known?.how).toBe('own')
  })

  it('publishes financials one quarter late', () => {
    let state = plantedGame(1)
    state = resolveQuarter(state, {}).state
    const afterOne = viewFor(state, 'usa')
    expect(afterOne.factions.huawei?.private).toBeNull()
    state = resolveQuarter(state, {}).state
    const afterTwo = viewFor(state, 'usa').factions.huawei?.public.financials
    expect(afterTwo?.quarter).toBe(state.quarter - 2)
  })
})
