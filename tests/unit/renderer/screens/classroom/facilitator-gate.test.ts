/**
 * The renderer's facilitator gate: a session-level call the host refuses with
 * `classroom/facilitator_required` asks for the facilitator's code, claims the facilitator's role
 * with it and calls again; a classroom save (`classroom/save_code_required`) is loaded again with
 * the code; a wrong code asks again saying why; cancelling stops. No dead button.
 */
import { describe, expect, it } from 'vitest'
import type { CallResult } from '../../../../../app/protocol/result'
import { needsFacilitator, runAsFacilitator } from '../../../../../renderer/src/screens/classroom/facilitator-gate'

const ok = <T,>(value: T): CallResult<T> => ({ ok: true, value })
const refused = (code: string, path?: (string | number)[]): CallResult<never> => ({ ok: false, code: code as never, message: `refused: ${code}`, ...(path === undefined ? {} : { path }) })
const TEXTS = { wrongCode: 'wrong code' }

/** A fake host: the facilitator's code of the running game and of the save, and a log of what was called. */
function fakeHost(options: { running: string | null; save: string | null }) {
  const log: string[] = []
  let facilitator = false
  const api = {
    claimSeat: async (request: { seat: string; code?: string | undefined }) => {
      log.push(`claim ${request.seat} ${request.code ?? '-'}`)
      if (options.running !== null && request.code !== options.running) return refused('seat/wrong_code', ['code'])
      facilitator = true
      return ok({ seat: request.seat, role: 'facilitator' as const, name: 'Facilitator' })
    },
  }
  const load = async (code: string | undefined): Promise<CallResult<string>> => {
    log.push(`load ${code ?? '-'}`)
    if (options.running !== null && !facilitator) return refused('classroom/facilitator_required')
    if (options.save !== null && code === undefined) return refused('classroom/save_code_required', ['facilitatorCode'])
    if (options.save !== null && code !== options.save) return refused('seat/wrong_code', ['facilitatorCode'])
    return ok('loaded')
  }
  return { api, load, log }
}

/** Answers the prompts in turn (null cancels), recording the problem each was shown. */
function typist(answers: (string | null)[]) {
  const shown: (string | null)[] = []
  return { shown, ask: async (problem: string | null) => (shown.push(problem), answers.shift() ?? null) }
}

describe('the facilitator gate', () => {
  it('passes a call straight through when the host does not ask for the facilitator', async () => {
    const host = fakeHost({ running: null, save: null })
    const who = typist([])
    await expect(runAsFacilitator(host.api, host.load, who.ask, TEXTS)).resolves.toEqual({ result: ok('loaded'), claimed: false })
    expect(who.shown).toEqual([])
  })

  it('asks for the code, claims the facilitator and calls again (one code for the running game and its save)', async () => {
    const host = fakeHost({ running: '9999', save: '9999' })
    const who = typist(['9999'])
    await expect(runAsFacilitator(host.api, host.load, who.ask, TEXTS)).resolves.toEqual({ result: ok('loaded'), claimed: true })
    expect(host.log).toEqual(['load -', 'claim facilitator 9999', 'load 9999'])
  })

  it('asks again after a wrong code, saying so, and stops when cancelled', async () => {
    const host = fakeHost({ running: '9999', save: null })
    const who = typist(['1234', null])
    await expect(runAsFacilitator(host.api, host.load, who.ask, TEXTS)).resolves.toEqual({ result: null, claimed: false })
    expect(who.shown).toEqual([null, 'wrong code'])
  })

  it('loads a classroom save with no game running by passing the code, asking again when it is wrong', async () => {
    const host = fakeHost({ running: null, save: '4321' })
    const who = typist(['1111', '4321'])
    await expect(runAsFacilitator(host.api, host.load, who.ask, TEXTS)).resolves.toEqual({ result: ok('loaded'), claimed: false })
    expect(who.shown).toEqual([null, 'wrong code'])
    expect(host.log).toEqual(['load -', 'load 1111', 'load 4321'])
  })

  it('keeps the facilitator’s role it claimed when the save’s own code differs', async () => {
    const host = fakeHost({ running: '9999', save: '4321' })
    const who = typist(['9999', '4321'])
    await expect(runAsFacilitator(host.api, host.load, who.ask, TEXTS)).resolves.toEqual({ result: ok('loaded'), claimed: true })
    expect(host.log).toEqual(['load -', 'claim facilitator 9999', 'load 9999', 'load 4321'])
  })

  it('leaves other refusals to the caller', async () => {
    const host = fakeHost({ running: null, save: null })
    const who = typist([])
    const result = await runAsFacilitator(host.api, async () => refused('save/schema'), who.ask, TEXTS)
    expect(result.result).toMatchObject({ ok: false, code: 'save/schema' })
    expect(who.shown).toEqual([])
    expect(needsFacilitator(refused('classroom/facilitator_required'))).toBe(true)
    expect(needsFacilitator(refused('seat/not_facilitator'))).toBe(false)
  })
})
