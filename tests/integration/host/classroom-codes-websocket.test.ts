/**
 * Classroom codes survive a save (issue 14, finding 1), over the web host's real WebSocket.
 * Before the fix a window holding no seat called saveGame('x') then loadGame('x'): the loaded
 * game had no codes, so it claimed `prc` without its code, read its private view, claimed
 * `facilitator` without its code and moved tension; loading an autosave rewound the lesson;
 * the same window could start a new game, delete saves and quit. Here three seats and the
 * facilitator have codes, and no sequence of save, load, autosave load or new game gets a
 * seatless window past any of them. The codes (and their hashes) never reach a window.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashState } from '../../../app/engine'
import { createGameHost, startWebHost, type GameHost, type WebHost } from '../../../app/host'
import { decodeSave } from '../../../app/host/saves'
import type { CallResult, GameInfo } from '../../../app/protocol'
import { connectClient, type TestClient } from './support/ws-client'

const BASE = path.resolve(__dirname, '../../../game-data/base')
const CODES = { usa: '1111', prc: '2222', alibaba: '3333' } as const
const FACILITATOR = '9999'
const PEOPLE = Object.keys(CODES) as (keyof typeof CODES)[]

const refused = (code: string): Partial<CallResult<unknown>> => ({ ok: false, code } as Partial<CallResult<unknown>>)

describe('classroom codes over the web host: save, load, autosave and new game', () => {
  let savesDir: string
  let host: GameHost
  let web: WebHost
  let teacher: TestClient
  let attacker: TestClient
  let quits = 0

  async function startHost(): Promise<void> {
    host = createGameHost({ dataDir: BASE, savesDir, onQuit: () => void quits++, now: () => new Date('2026-12-01T09:00:00Z') })
    const renderer = mkdtempSync(path.join(os.tmpdir(), 'sc-renderer-'))
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>t</title>')
    web = await startWebHost({ rendererDir: renderer, handlers: host })
    teacher = await connectClient(web.port, web.token)
    attacker = await connectClient(web.port, web.token)
  }
  async function stopHost(): Promise<void> {
    teacher?.close()
    attacker?.close()
    await web?.close()
  }

  /** Every quarter: each person opens their seat with their code and ends their turn (hot-seat on the teacher's window). */
  async function playQuarter(): Promise<void> {
    for (const seat of PEOPLE) {
      await teacher.value('claimSeat', { seat, code: CODES[seat], handOff: true })
      await teacher.value('endTurn', { seat, handOff: true })
    }
  }

  /** The attacker cannot open any guarded seat or the facilitator's desk, and reads nothing private. */
  async function attackerLockedOut(): Promise<void> {
    for (const seat of PEOPLE) {
      await expect(attacker.call('claimSeat', { seat })).resolves.toMatchObject(refused('seat/wrong_code'))
      await expect(attacker.call('getView', { seat })).resolves.toMatchObject(refused('seat/not_yours'))
    }
    await expect(attacker.call('claimSeat', { seat: 'facilitator' })).resolves.toMatchObject(refused('seat/wrong_code'))
    await expect(attacker.call('getView', { seat: 'facilitator' })).resolves.toMatchObject({ ok: false })
    await expect(attacker.call('facilitate', { action: { kind: 'adjust-tension', delta: 40 } })).resolves.toMatchObject(refused('seat/not_facilitator'))
  }

  beforeAll(async () => {
    savesDir = mkdtempSync(path.join(os.tmpdir(), 'sc-codes-saves-'))
    await startHost()
    await teacher.value('newGame', {
      scenarioId: 'classroom',
      seed: 21,
      facilitatorCode: FACILITATOR,
      seats: [
        ...PEOPLE.map((faction) => ({ faction, controller: 'human', name: `Team ${faction}`, code: CODES[faction] })),
        { faction: 'nvidia', controller: 'ai', name: 'AI' },
        { faction: 'huawei', controller: 'ai', name: 'AI' },
      ],
    })
    await playQuarter()
  })
  afterAll(stopHost)

  it('refuses a seatless window every session-level call while the classroom runs, and its save does not bypass a code', async () => {
    const game = await attacker.value<GameInfo>('getGame')
    expect(game.facilitatorCode).toBe(true)
    expect(game.seats.filter((s) => s.hasCode).map((s) => s.faction).sort()).toEqual([...PEOPLE].sort())
    await attackerLockedOut()

    // Saving is allowed, but the save carries the codes (hashed), and loading it is the facilitator's call.
    await attacker.value('saveGame', { name: 'x' })
    await expect(attacker.call('loadGame', { name: 'x' })).resolves.toMatchObject(refused('classroom/facilitator_required'))
    await expect(attacker.call('loadGame', { name: 'x', facilitatorCode: '0000' })).resolves.toMatchObject(refused('classroom/facilitator_required'))
    // The autosave of the quarter just played: rewinding the lesson is the facilitator's call too.
    const autosave = (await attacker.value<{ name: string; autosave: boolean }[]>('listSaves')).find((s) => s.autosave)
    expect(autosave).toBeDefined()
    await expect(attacker.call('loadGame', { name: autosave!.name })).resolves.toMatchObject(refused('classroom/facilitator_required'))
    await expect(attacker.call('newGame', { scenarioId: 'classroom', seats: [{ faction: 'usa', controller: 'human', name: 'Me' }] })).resolves.toMatchObject(refused('classroom/facilitator_required'))
    await expect(attacker.call('deleteSave', { name: 'x' })).resolves.toMatchObject(refused('classroom/facilitator_required'))
    await expect(attacker.call('setMods', { mods: [] })).resolves.toMatchObject(refused('classroom/facilitator_required'))
    await expect(attacker.call('startChapter', { campaign: 'full-stack', chapter: 'scramble' })).resolves.toMatchObject(refused('classroom/facilitator_required'))
    await expect(attacker.call('quit')).resolves.toMatchObject(refused('classroom/facilitator_required'))
    // A person's seat is not the facilitator's role either.
    await attacker.value('claimSeat', { seat: 'usa', code: CODES.usa })
    await expect(attacker.call('loadGame', { name: 'x' })).resolves.toMatchObject(refused('classroom/facilitator_required'))
    await attacker.value('releaseSeat')

    // Nothing moved: the same game and quarter, the codes still hold.
    expect(await attacker.value<GameInfo>('getGame')).toMatchObject({ quarter: game.quarter, seed: game.seed })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(quits).toBe(0)
    await attackerLockedOut()
  })

  it('keeps the codes in the save, hashed, and a loaded game asks for the same codes', async () => {
    const decoded = decodeSave(readFileSync(path.join(savesDir, 'x.scsave')), { hashState: (s) => hashState(s as never) })
    if (!decoded.ok) throw new Error(decoded.message)
    const codes = decoded.save.codes
    expect(codes?.facilitator).toMatch(/^[0-9a-f]{64}$/)
    expect(codes?.seats.map((s) => s.seat).sort()).toEqual([...PEOPLE].sort())
    expect(JSON.stringify(decoded.save)).not.toMatch(/"(1111|2222|3333|9999)"/)

    // The facilitator loads it (their role, then the save's own code).
    await teacher.value('claimSeat', { seat: 'facilitator', code: FACILITATOR })
    await expect(teacher.call('loadGame', { name: 'x' })).resolves.toMatchObject(refused('classroom/save_code_required'))
    await expect(teacher.call('loadGame', { name: 'x', facilitatorCode: '1234' })).resolves.toMatchObject({ ok: false, code: 'seat/wrong_code', path: ['facilitatorCode'] })
    const loaded = await teacher.value<{ game: GameInfo }>('loadGame', { name: 'x', facilitatorCode: FACILITATOR })
    expect(loaded.game.facilitatorCode).toBe(true)
    expect(loaded.game.seats.filter((s) => s.hasCode).map((s) => s.faction).sort()).toEqual([...PEOPLE].sort())
    // Loading forgot every window's seat: the attacker is still locked out, the teacher needs the codes again.
    await attackerLockedOut()
    await expect(teacher.call('claimSeat', { seat: 'prc' })).resolves.toMatchObject(refused('seat/wrong_code'))
    await teacher.value('claimSeat', { seat: 'prc', code: CODES.prc })
    await teacher.value('claimSeat', { seat: 'facilitator', code: FACILITATOR })
    // The facilitator may rewind to the autosave (with the code), and it keeps the codes too.
    const autosave = (await teacher.value<{ name: string; autosave: boolean }[]>('listSaves')).find((s) => s.autosave)
    await teacher.value('loadGame', { name: autosave!.name, facilitatorCode: FACILITATOR })
    await attackerLockedOut()
  })

  it('needs the facilitator’s code to load a classroom save even when no game runs, and a new game does not reset the lockout', async () => {
    await stopHost()
    await startHost()
    expect(await attacker.value('getGame')).toBeNull()
    await expect(attacker.call('loadGame', { name: 'x' })).resolves.toMatchObject(refused('classroom/save_code_required'))
    for (let i = 0; i < 5; i++) await expect(attacker.call('loadGame', { name: 'x', facilitatorCode: String(5000 + i) })).resolves.toMatchObject(refused('seat/wrong_code'))
    await expect(attacker.call('loadGame', { name: 'x', facilitatorCode: FACILITATOR })).resolves.toMatchObject(refused('seat/locked'))
    // Starting its own game (no codes: allowed) does not give it five more tries.
    await attacker.value('newGame', { scenarioId: 'classroom', seats: [{ faction: 'usa', controller: 'human', name: 'Me' }] })
    await expect(attacker.call('loadGame', { name: 'x', facilitatorCode: '1234' })).resolves.toMatchObject(refused('seat/locked'))
    expect((await attacker.value<GameInfo>('getGame')).facilitatorCode).toBe(false)
  })

  it('never sends a code or a code hash to any window', () => {
    const hashes: string[] = []
    for (const file of readdirSync(savesDir).filter((f) => f.endsWith('.scsave'))) {
      const decoded = decodeSave(readFileSync(path.join(savesDir, file)))
      if (decoded.ok && decoded.save.codes !== null) hashes.push(decoded.save.codes.salt, ...(decoded.save.codes.facilitator === null ? [] : [decoded.save.codes.facilitator]), ...decoded.save.codes.seats.map((s) => s.hash))
    }
    expect(hashes.length).toBeGreaterThan(4)
    const heard = [...teacher.received, ...attacker.received].join('\n')
    for (const secret of hashes) expect(heard).not.toContain(secret)
    for (const code of [...Object.values(CODES), FACILITATOR]) expect(heard).not.toContain(`"${code}"`)
  })
})
