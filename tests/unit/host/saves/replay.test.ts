import { describe, expect, it } from 'vitest'
import { replayEntry, verifyReplay, type ReplayEntry } from '../../../../app/host/saves/replay'
import { decodeSave, encodeSave } from '../../../../app/host/saves/save-codec'
import { sampleInput, testHashState } from '../../../fixtures/saves/sample'

/** A toy deterministic game: each quarter adds every seat's order amount to its score. */
interface Toy {
  quarter: number
  scores: Record<string, number>
}
type ToyOrders = Record<string, { amount: number }>
/** verifyReplay passes each log entry; the toy game only needs its orders. */
function byEntry(f: (s: Toy, orders: unknown) => Toy): (s: Toy, entry: { orders: unknown }) => Toy {
  return (s, entry) => f(s, entry.orders)
}

function step(state: Toy, orders: unknown): Toy {
  const scores = { ...state.scores }
  for (const [seat, order] of Object.entries(orders as ToyOrders)) scores[seat] = (scores[seat] ?? 0) + order.amount * (state.quarter + 1)
  return { quarter: state.quarter + 1, scores }
}
const start: Toy = { quarter: 0, scores: { nvidia: 0, beijing: 0 } }

/** Plays `quarters` quarters, logging each like the host will. */
function play(quarters: number): { state: Toy; log: ReplayEntry[] } {
  let state = start
  const log: ReplayEntry[] = []
  for (let q = 0; q < quarters; q++) {
    const orders: ToyOrders = { nvidia: { amount: q % 3 }, beijing: { amount: (q * 7) % 5 } }
    state = step(state, orders)
    log.push(replayEntry(`Q${q + 1}`, orders, state, testHashState))
  }
  return { state, log }
}

describe('verifyReplay', () => {
  it('re-simulates a saved game to the same state hash every quarter', () => {
    const { state, log } = play(40)
    const bytes = encodeSave({ ...sampleInput(state), orderLog: log }, { hashState: testHashState })
    const decoded = decodeSave(bytes, { hashState: testHashState })
    if (!decoded.ok) throw new Error(decoded.message)
    const seen: string[] = []
    const result = verifyReplay(decoded.save, { initialState: start, step: byEntry(step), hashState: testHashState, onQuarter: (_i, entry) => seen.push(entry.quarter) })
    expect(result).toMatchObject({ ok: true, quarters: 40 })
    expect(seen).toHaveLength(40)
    if (result.ok) expect(result.state).toEqual(state)
  })

  it('names the first quarter where a changed rule makes the game diverge', () => {
    const { state, log } = play(12)
    const changed = (s: Toy, orders: unknown): Toy => (s.quarter === 6 ? { ...step(s, orders), scores: { ...step(s, orders).scores, nvidia: -1 } } : step(s, orders))
    const result = verifyReplay({ orderLog: log, stateHash: testHashState(state) }, { initialState: start, step: byEntry(changed), hashState: testHashState })
    expect(result).toMatchObject({ ok: false, code: 'replay/diverged', quarterIndex: 6 })
    if (!result.ok) expect(result.message).toMatch(/diverged at Q7/)
  })

  it('refuses a log that is not a replay, and a final state that does not match', () => {
    expect(verifyReplay({ orderLog: [{ quarter: 'Q1' }], stateHash: 'x' }, { initialState: start, step: byEntry(step), hashState: testHashState })).toMatchObject({ ok: false, code: 'replay/bad_log' })
    const { log } = play(3)
    expect(verifyReplay({ orderLog: log, stateHash: 'not-it' }, { initialState: start, step: byEntry(step), hashState: testHashState })).toMatchObject({ ok: false, code: 'replay/final_state' })
  })

  it('reports a step that throws as a value', () => {
    const { state, log } = play(3)
    const broken = (): Toy => {
      throw new Error('unknown order kind')
    }
    expect(verifyReplay({ orderLog: log, stateHash: testHashState(state) }, { initialState: start, step: byEntry(broken), hashState: testHashState })).toMatchObject({ ok: false, code: 'replay/step_failed', quarterIndex: 0 })
  })
})
