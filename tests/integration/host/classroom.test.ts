/**
 * The classroom over the host: one hot-seat window shared by several people with codes, the
 * turn timer (a fake clock), the facilitator's controls and the presenter's public view.
 */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGameHost, dispatchCall, type Connection } from '../../../app/host'
import type { Clock } from '../../../app/host/classroom/turn-timer'
import type { DebriefExport, EventName, EventPayloads, GameInfo } from '../../../app/protocol'

const BASE = path.resolve(__dirname, '../../../game-data/base')

/** A clock the test moves by hand. */
function fakeClock(): Clock & { advance(ms: number): void } {
  let now = 1_000_000
  let next = 1
  const timers = new Map<number, { at: number; fn: () => void }>()
  return {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.set(next, { at: now + ms, fn })
      return next++
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    advance(ms) {
      now += ms
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue
        timers.delete(id)
        t.fn()
      }
    },
  }
}

type Event = { event: EventName; payload: unknown }

function setup(options: { turnSeconds?: number; clock?: Clock; savesDir?: string } = {}) {
  const host = createGameHost({ dataDir: BASE, ...(options.clock === undefined ? {} : { clock: options.clock }), ...(options.savesDir === undefined ? {} : { savesDir: options.savesDir }) })
  const events: Event[] = []
  const window = host.connect(<E extends EventName>(event: E, payload: EventPayloads[E]) => void events.push({ event, payload }))
  const call = (name: string, payload: unknown = {}, connection: Connection = window) => dispatchCall(host, name, payload, connection)
  const value = async <T,>(name: string, payload: unknown = {}, connection: Connection = window): Promise<T> => {
    const result = await call(name, payload, connection)
    if (!result.ok) throw new Error(`${name}: ${result.code}: ${result.message}`)
    return result.value as T
  }
  const start = () =>
    value<GameInfo>('newGame', {
      scenarioId: 'classroom',
      seed: 5,
      facilitatorCode: '9999',
      ...(options.turnSeconds === undefined ? {} : { turnSeconds: options.turnSeconds }),
      seats: [
        { faction: 'usa', controller: 'human', name: 'Alice', code: '1111' },
        { faction: 'prc', controller: 'human', name: 'Bob', code: '2222' },
        { faction: 'alibaba', controller: 'human', name: 'Chen' },
        { faction: 'nvidia', controller: 'ai', name: 'AI' },
        { faction: 'huawei', controller: 'ai', name: 'AI' },
      ],
    })
  return { host, window, events, call, value, start }
}

describe('a hot-seat classroom over the host', () => {
  it('opens a seat only with its code, and a hand-off leaves the window acting for nobody', async () => {
    const t = setup()
    const game = await t.start()
    expect(game.seats.find((s) => s.faction === 'usa')).toMatchObject({ hasCode: true, deadline: null })
    expect(game.seats.find((s) => s.faction === 'alibaba')?.hasCode).toBe(false)
    expect(JSON.stringify(game)).not.toContain('1111')
    await expect(t.call('claimSeat', { seat: 'usa', code: '1112' })).resolves.toMatchObject({ ok: false, code: 'seat/wrong_code', path: ['code'] })
    await expect(t.call('claimSeat', { seat: 'usa' })).resolves.toMatchObject({ ok: false, code: 'seat/wrong_code' })
    await expect(t.value('claimSeat', { seat: 'usa', code: '1111' })).resolves.toEqual({ seat: 'usa', role: 'seat', name: 'Alice' })
    await t.value('endTurn', { seat: 'usa', handOff: true })
    // The window passed on: it cannot read Alice's view any more.
    await expect(t.call('getView', { seat: 'usa' })).resolves.toMatchObject({ ok: false, code: 'seat/not_yours' })
    await t.value('claimSeat', { seat: 'prc', code: '2222' })
    await t.value('endTurn', { seat: 'prc', handOff: true })
    const from = t.events.length
    await t.value('claimSeat', { seat: 'alibaba' })
    const info = await t.value<GameInfo>('endTurn', { seat: 'alibaba', handOff: true })
    expect(info.quarter).toBe(game.quarter + 1)
    // The last person handed on before the quarter resolved: no seat's update reached the window.
    expect(t.events.slice(from).filter((e) => e.event === 'quarterResolved')).toEqual([])
    await t.value('claimSeat', { seat: 'usa', code: '1111' })
    await expect(t.value('getReport', { seat: 'usa' })).resolves.toMatchObject({ quarter: game.quarter })
  })

  it('locks a seat for 30 s after five wrong codes in a row, so four digits cannot be guessed', async () => {
    const clock = fakeClock()
    const t = setup({ clock })
    await t.start()
    for (let i = 0; i < 5; i++) await expect(t.call('claimSeat', { seat: 'usa', code: String(2000 + i) })).resolves.toMatchObject({ ok: false, code: 'seat/wrong_code' })
    // Even the right code is refused while the seat is locked; other seats are not.
    await expect(t.call('claimSeat', { seat: 'usa', code: '1111' })).resolves.toMatchObject({ ok: false, code: 'seat/locked' })
    await expect(t.call('claimSeat', { seat: 'prc', code: '2222' })).resolves.toMatchObject({ ok: true })
    clock.advance(30_000)
    await expect(t.call('claimSeat', { seat: 'usa', code: '1111' })).resolves.toMatchObject({ ok: true })
  })

  it('gives the facilitator every seat’s view and the controls, and refuses them to others', async () => {
    const t = setup()
    await t.start()
    await expect(t.call('facilitate', { action: { kind: 'pause' } })).resolves.toMatchObject({ ok: false, code: 'seat/not_facilitator' })
    await expect(t.call('claimSeat', { seat: 'facilitator', code: '0000' })).resolves.toMatchObject({ ok: false, code: 'seat/wrong_code' })
    await expect(t.value('claimSeat', { seat: 'facilitator', code: '9999' })).resolves.toMatchObject({ role: 'facilitator' })
    const usa = await t.value<{ factions: Record<string, { private: unknown }> }>('getView', { seat: 'usa' })
    expect(usa.factions.usa?.private).not.toBeNull()
    const all = await t.value<{ factions: Record<string, { private: unknown }> }>('getView', { seat: 'facilitator' })
    expect(Object.values(all.factions).every((f) => f.private !== null)).toBe(true)
    // Watching is not playing.
    await expect(t.call('submitOrders', { seat: 'usa', orders: [] })).resolves.toMatchObject({ ok: false, code: 'seat/facilitator' })

    const paused = await t.value<GameInfo>('facilitate', { action: { kind: 'pause' } })
    expect(paused.paused).toBe(true)
    const tension = await t.value<GameInfo>('facilitate', { action: { kind: 'adjust-tension', delta: 10 } })
    expect(tension.paused).toBe(true)
    await t.value('facilitate', { action: { kind: 'inject-event', event: 'taiwan-quarantine' } })
    await expect(t.call('facilitate', { action: { kind: 'inject-event', event: 'no-such-event' } })).resolves.toMatchObject({ ok: false, code: 'facilitator/unknown' })
    expect(t.events.filter((e) => e.event === 'gameChanged').map((e) => (e.payload as { reason: string }).reason)).toEqual(['pause', 'adjust-tension', 'inject-event'])
    await t.value('facilitate', { action: { kind: 'resume' } })
    await expect(t.call('facilitate', { action: { kind: 'undo' } })).resolves.toMatchObject({ ok: false, code: 'facilitator/nothing_to_undo' })
    const over = await t.value<GameInfo>('facilitate', { action: { kind: 'end-game' } })
    expect(over.over).toBe(true)
    const back = await t.value<GameInfo>('facilitate', { action: { kind: 'undo' } })
    expect(back.over).toBe(false)
  })

  it('exports the debrief to the facilitator at any time, to others only once the game is over', async () => {
    const t = setup()
    await t.start()
    await t.value('claimSeat', { seat: 'usa', code: '1111' })
    await t.value('endTurn', { seat: 'usa', handOff: true })
    await t.value('claimSeat', { seat: 'prc', code: '2222' })
    await t.value('endTurn', { seat: 'prc', handOff: true })
    await t.value('claimSeat', { seat: 'alibaba' })
    await t.value('endTurn', { seat: 'alibaba', handOff: true })
    await expect(t.call('exportDebrief')).resolves.toMatchObject({ ok: false, code: 'seat/not_facilitator' })
    await t.value('claimSeat', { seat: 'facilitator', code: '9999' })
    const exported = await t.value<DebriefExport>('exportDebrief')
    expect(exported.fileName).toMatch(/^debrief-classroom-.*\.html$/)
    // Data, not a page: the renderer words and draws it.
    expect(exported.debrief).toMatchObject({ format: 'silicon-curtain/debrief', version: 2, scenario: { id: 'classroom' } })
    expect(exported).not.toHaveProperty('html')
    await t.value('facilitate', { action: { kind: 'end-game' } })
    await t.value('releaseSeat')
    await expect(t.call('exportDebrief')).resolves.toMatchObject({ ok: true })
  })

  it('undoes a quarter of a game loaded from a save', async () => {
    const t = setup({ savesDir: mkdtempSync(path.join(os.tmpdir(), 'sc-classroom-saves-')) })
    await t.start()
    for (const [seat, code] of [['usa', '1111'], ['prc', '2222'], ['alibaba', undefined]] as const) {
      await t.value('claimSeat', code === undefined ? { seat } : { seat, code })
      await t.value('endTurn', { seat, handOff: true })
    }
    await t.value('saveGame', { name: 'lesson' })
    // The codes travel with the save (hashed): only the facilitator may load it, and afterwards the desk still needs the code.
    await t.value('claimSeat', { seat: 'facilitator', code: '9999' })
    const loaded = await t.value<{ game: GameInfo }>('loadGame', { name: 'lesson', facilitatorCode: '9999' })
    expect(loaded.game.quarter).toBe(loaded.game.startQuarter + 1)
    expect(loaded.game.facilitatorCode).toBe(true)
    await expect(t.call('claimSeat', { seat: 'facilitator' })).resolves.toMatchObject({ ok: false, code: 'seat/wrong_code' })
    await t.value('claimSeat', { seat: 'facilitator', code: '9999' })
    const back = await t.value<GameInfo>('facilitate', { action: { kind: 'undo' } })
    expect(back.quarter).toBe(back.startQuarter)
  })

  it('shows the presenter a public view with no seat’s secrets', async () => {
    const t = setup()
    await t.start()
    const session = t.host.session()!
    ;(session.state.factions.usa as { cashBn: number }).cashBn = 7_654_321.5
    const view = await t.value<{ factions: Record<string, { private: unknown }>; decisions: unknown[] }>('getView', { seat: 'presenter' })
    expect(Object.values(view.factions).every((f) => f.private === null)).toBe(true)
    expect(JSON.stringify(view)).not.toContain('7654321')
  })

  it('ends a person’s turn when their time runs out, with the plan as it stands, and freezes the clock while paused', async () => {
    const clock = fakeClock()
    const t = setup({ turnSeconds: 60, clock })
    await t.start()
    await t.value('claimSeat', { seat: 'usa', code: '1111' })
    await t.value('submitOrders', { seat: 'usa', orders: [{ kind: 'set-enforcement', seizureChance: 0.2 }] })
    const game = await t.value<GameInfo>('getGame')
    expect(game.seats.find((s) => s.faction === 'usa')?.deadline).toBe(clock.now() + 60_000)
    // Only Alice's clock runs: Bob's starts when he sits down.
    expect(game.seats.find((s) => s.faction === 'prc')?.deadline).toBeNull()

    clock.advance(20_000)
    const facilitator = t.host.connect(() => undefined)
    await t.value('claimSeat', { seat: 'facilitator', code: '9999' }, facilitator)
    await t.value('facilitate', { action: { kind: 'pause' } }, facilitator)
    clock.advance(120_000)
    expect((await t.value<GameInfo>('getGame')).waitingFor).toContain('usa')
    await t.value('facilitate', { action: { kind: 'resume' } }, facilitator)
    expect((await t.value<GameInfo>('getGame')).seats.find((s) => s.faction === 'usa')?.deadline).toBe(clock.now() + 40_000)
    clock.advance(40_000)
    const after = await t.value<GameInfo>('getGame')
    expect(after.waitingFor).not.toContain('usa')
    expect(t.events.some((e) => e.event === 'gameChanged' && (e.payload as { reason: string }).reason === 'timer')).toBe(true)
    // The plan went in as it stood when the quarter resolves.
    await t.value('claimSeat', { seat: 'prc', code: '2222' })
    await t.value('endTurn', { seat: 'prc', handOff: true })
    await t.value('claimSeat', { seat: 'alibaba' })
    await t.value('endTurn', { seat: 'alibaba', handOff: true })
    expect(t.host.session()?.orderLog[0]?.orders).toMatchObject({ usa: [{ kind: 'set-enforcement', seizureChance: 0.2 }] })
  })
})
