import { describe, expect, it } from 'vitest'
import { aiOrders, checkOrderForTest, chooseOrders, createGame, legalOrders, resolveQuarter, viewFor, type GameState, type OrdersBySeat } from './engine-api'
import { baseRules } from './base-rules'

function game(scenarioId: string, seed: number, quarters: number): GameState {
  const created = createGame(baseRules(), { scenarioId, seed })
  if (!created.ok) throw new Error(created.message)
  let state = created.state
  for (let q = 0; q < quarters && state.over === null; q++) {
    const orders: OrdersBySeat = {}
    for (const seat of state.seats) orders[seat] = aiOrders(state, seat, { difficulty: 'normal' })
    state = resolveQuarter(state, orders).state
  }
  return state
}

describe('chooseOrders', () => {
  const mid = game('october-2022', 7, 6)

  it('gives the same orders for the same view, legal orders and seed', () => {
    for (const difficulty of ['easy', 'normal', 'hard'] as const) {
      for (const seat of mid.seats) {
        const a = chooseOrders(viewFor(mid, seat), legalOrders(mid, seat), { difficulty, seed: 11 })
        const b = chooseOrders(viewFor(mid, seat), legalOrders(mid, seat), { difficulty, seed: 11 })
        expect(b).toEqual(a)
      }
    }
  })

  it('returns a set of orders the engine accepts as a whole, checked against the cumulative budget', () => {
    for (const difficulty of ['easy', 'normal', 'hard'] as const) {
      for (const seat of mid.seats) {
        const orders = chooseOrders(viewFor(mid, seat), legalOrders(mid, seat), { difficulty, seed: 3 })
        expect(checkOrderForTest(mid, seat, orders)).toEqual([])
      }
    }
  })

  it('gives no orders when the game is over or the seat has nothing legal', () => {
    const over = { ...mid, over: { reason: 'end' as const, quarter: mid.quarter, winner: null, scores: {} } }
    expect(chooseOrders(viewFor(over, 'usa'), legalOrders(over, 'usa'), { difficulty: 'normal', seed: 1 })).toEqual([])
    expect(chooseOrders(viewFor(mid, 'usa'), [], { difficulty: 'hard', seed: 1 })).toEqual([])
  })

  it('plays seats of every faction kind with orders of several kinds over a game', () => {
    let state = game('october-2022', 3, 0)
    const kinds: Record<string, Set<string>> = {}
    for (let q = 0; q < 8 && state.over === null; q++) {
      const orders: OrdersBySeat = {}
      for (const seat of state.seats) {
        orders[seat] = aiOrders(state, seat, { difficulty: 'normal' })
        for (const o of orders[seat]) (kinds[seat] ??= new Set()).add((o as { kind: string }).kind)
      }
      state = resolveQuarter(state, orders).state
    }
    for (const seat of state.seats) expect(kinds[seat]?.size ?? 0).toBeGreaterThanOrEqual(2)
  })
})

describe('chooseOrders and secrets', () => {
  /** The real state with a rival's secrets changed: true specs of its unrevealed chips, cash, stockpiles, bookings. */
  function withOtherSecrets(state: GameState, seat: string): GameState {
    const next: GameState = JSON.parse(JSON.stringify(state)) as GameState
    for (const chip of Object.values(next.chips)) {
      if (chip.maker === seat || chip.revealed !== null) continue
      chip.true = { ...chip.true, bf16Tflops: chip.true.bf16Tflops * 0.37 + 11, memoryBandwidthTBs: chip.true.memoryBandwidthTBs * 2.3 }
      chip.readiness = chip.readiness === 'volume' ? 'paper' : 'volume'
    }
    for (const [id, f] of Object.entries(next.factions)) {
      if (id === seat) continue
      f.cashBn = f.cashBn * 3 + 17
      f.inventory = { ...f.inventory, 'secret-stack': 123_456 }
      f.bookings = Object.fromEntries(Object.keys(f.bookings).map((k) => [k, 999]))
      f.politicalCapital = 1
      f.trainingShare = 0.99
    }
    next.rng = [1, 2, 3, 4]
    next.enforcement = { usa: 0.59 }
    next.flags = { secret: 1 }
    return next
  }

  it('books a product line for a market its flagships may not enter: Nvidia makes the H20 for China beside its flagships', () => {
    const created = createGame(baseRules(), { scenarioId: 'october-2022', seed: 7 })
    if (!created.ok) throw new Error(created.message)
    let state = created.state
    const booked = new Set<string>()
    for (let q = 0; q < 13 && state.over === null; q++) {
      const orders: OrdersBySeat = {}
      for (const seat of state.seats) orders[seat] = aiOrders(state, seat, { difficulty: 'normal' })
      state = resolveQuarter(state, orders).state
      for (const [chip, wafers] of Object.entries(state.factions.nvidia?.bookings ?? {})) if (wafers > 0) booked.add(chip)
    }
    expect(booked.has('h20')).toBe(true)
    expect([...booked].some((chip) => ['h100', 'h200', 'b200', 'gb200'].includes(chip))).toBe(true)
  })

  it('chooses identical orders when rivals’ secrets in the real state change', () => {
    const state = game('october-2022', 5, 5)
    for (const difficulty of ['easy', 'normal', 'hard'] as const) {
      for (const seat of state.seats) {
        const changed = withOtherSecrets(state, seat)
        const a = aiOrders(state, seat, { difficulty, seed: 9 })
        const b = aiOrders(changed, seat, { difficulty, seed: 9 })
        expect(b).toEqual(a)
      }
    }
  })
})
