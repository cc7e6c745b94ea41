/**
 * The renderer's session store against the real host (in-process, each window a connection of
 * its own): following a seat reads its view, rules, legal orders, report and plan; a plan
 * change is submitted and checked; a resolved quarter patches the view to what getView
 * answers; the ruleset is read once per game; unfollowing (a hot-seat hand-off) keeps nothing
 * of the seat, not even an answer still on its way; a watching window (the presenter) reads
 * again when the quarter moves; the facilitator's changes are read back.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGameHost, dispatchCall, randomAi, type GameHost } from '../../../../app/host'
import { CALL_NAMES } from '../../../../app/protocol/call-names'
import type { EventName, GameApi } from '../../../../app/protocol'
import { createSessionStore, isLocked, type SessionState, type SessionStore } from '../../../../renderer/src/session/session-store'

const BASE = path.resolve(__dirname, '../../../../game-data/base')
const FACTIONS = ['usa', 'prc', 'nvidia', 'tsmc', 'huawei', 'alibaba', 'google', 'smic']
const SEAT = 'alibaba'

/** A window on the host: a GameApi over an in-process connection, counting the calls it makes. */
function window(host: GameHost): { api: GameApi; calls: Map<string, number> } {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  const connection = host.connect((event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload)
  })
  const calls = new Map<string, number>()
  const api: Record<string, unknown> = {}
  for (const name of CALL_NAMES) {
    api[name] = (payload: unknown) => {
      calls.set(name, (calls.get(name) ?? 0) + 1)
      return dispatchCall(host, name, payload, connection)
    }
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set()
    listeners.set(event, set)
    set.add(listener)
    return () => void set.delete(listener)
  }
  return { api: api as unknown as GameApi, calls }
}

/** Resolves once the store's state satisfies `done`. */
function until(session: SessionStore, done: (state: SessionState) => boolean): Promise<SessionState> {
  return new Promise((resolve) => {
    if (done(session.state.getState())) return resolve(session.state.getState())
    const off = session.state.subscribe((state) => {
      if (!done(state)) return
      off()
      resolve(state)
    })
  })
}

async function classroomGame(session: SessionStore, people: string[] = [SEAT]): Promise<void> {
  const seats = FACTIONS.map((faction) => ({ faction, controller: people.includes(faction) ? ('human' as const) : ('ai' as const), name: faction }))
  const created = await session.newGame({ scenarioId: 'classroom', seed: 7, seats })
  expect(created.ok).toBe(true)
}

describe('the session store', () => {
  it('follows a played seat, submits and checks its plan, and keeps its view current through a resolved quarter', async () => {
    const host = createGameHost({ dataDir: BASE, ai: randomAi })
    const { api, calls } = window(host)
    const session = createSessionStore(api)
    const stop = session.start()
    await classroomGame(session)
    expect((await session.claimSeat({ seat: SEAT })).ok).toBe(true)
    await session.follow(SEAT, { plays: true })

    const followed = session.state.getState()
    expect(followed.game?.scenarioId).toBe('classroom')
    expect(followed.seat).toMatchObject({ id: SEAT, plays: true, failure: null })
    expect(followed.seat?.view?.quarter).toBe(followed.game?.quarter)
    expect(followed.seat?.rules?.factions[SEAT]).toBeDefined()
    expect(followed.seat?.legal.length).toBeGreaterThan(0)
    expect(Object.keys(followed.texts).length).toBeGreaterThan(0)
    expect(followed.plan).toMatchObject({ orders: [], checks: [], error: null, quarter: followed.seat?.view?.quarter })
    expect(isLocked(followed)).toBe(false)

    // A plan change goes to the host and comes back checked.
    const order = { kind: 'invest-ecosystem', amountBn: 0.5 }
    session.setPlan([order])
    const checked = await until(session, (s) => s.plan.checks?.length === 1)
    expect(checked.plan.orders).toEqual([order])
    expect(checked.plan.checks?.[0]?.ok).toBe(true)
    expect(await api.getPlan({ seat: SEAT })).toEqual({ ok: true, value: [order] })

    // The quarter resolves: the view is patched to what getView answers, the report opens, the new quarter's plan is read.
    const before = followed.seat?.view?.quarter ?? -1
    const ended = await session.endTurn()
    expect(ended.ok).toBe(true)
    const after = await until(session, (s) => s.seat?.resolved === 1 && s.plan.quarter === before + 1 && s.plan.checks !== null)
    expect(after.phase).toBe('planning')
    expect(after.seat?.report).not.toBeNull()
    const fresh = await api.getView({ seat: SEAT })
    expect(fresh.ok && after.seat?.view).toEqual(fresh.ok && fresh.value)
    expect(after.plan.orders).toEqual([])

    // Read once per game: the ruleset and the texts.
    await session.follow(SEAT, { plays: true })
    expect(calls.get('getRules')).toBe(1)
    expect(calls.get('getTexts')).toBe(1)
    await classroomGame(session)
    await session.claimSeat({ seat: SEAT })
    await session.follow(SEAT, { plays: true })
    expect(calls.get('getRules')).toBe(2)
    expect(calls.get('getTexts')).toBe(2)
    stop()
  })

  it('keeps nothing of a seat once unfollowed, not even an answer that was on its way', async () => {
    const host = createGameHost({ dataDir: BASE, ai: randomAi })
    const { api } = window(host)
    // The seat's view is held back until the window has moved on to the presenter's.
    let release = (): void => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    const slow: GameApi = { ...api, getView: async (request) => (request.seat === SEAT ? held.then(() => api.getView(request)) : api.getView(request)) }
    const session = createSessionStore(slow)
    const stop = session.start()
    await classroomGame(session, [SEAT, 'huawei'])
    await session.claimSeat({ seat: SEAT, handOff: true })
    const reading = session.follow(SEAT, { plays: true })
    session.unfollow()
    expect(session.state.getState().seat).toBeNull()
    await session.follow('presenter', { plays: false })
    release()
    await reading
    const shown = session.state.getState().seat
    expect(shown?.id).toBe('presenter')
    expect(shown?.view?.factions[SEAT]?.private).toBeNull()
    expect(session.state.getState().plan).toMatchObject({ orders: [], checks: null, quarter: null })

    session.unfollow()
    expect(session.state.getState()).toMatchObject({ seat: null, plan: { orders: [], checks: null, budget: null } })
    // Ending the turn needs a seat followed: nothing is sent for a seat no longer shown.
    expect(await session.endTurn()).toMatchObject({ ok: false, code: 'seat/not_yours' })
    stop()
  })

  it("reads a watched seat again when the quarter moves, and the facilitator's changes", async () => {
    const host = createGameHost({ dataDir: BASE, ai: randomAi })
    const player = createSessionStore(window(host).api)
    const desk = createSessionStore(window(host).api)
    const stops = [player.start(), desk.start()]
    await classroomGame(player)
    await player.claimSeat({ seat: SEAT })
    await player.follow(SEAT, { plays: true })
    await desk.refreshGame()
    await desk.follow('presenter', { plays: false })
    const quarter = desk.state.getState().seat?.view?.quarter ?? -1
    expect(desk.state.getState().seat?.legal).toEqual([])

    await player.endTurn()
    const moved = await until(desk, (s) => s.seat?.view?.quarter === quarter + 1)
    expect(moved.game?.quarter).toBe(quarter + 1)

    expect((await desk.claimSeat({ seat: 'facilitator' })).ok).toBe(true)
    await desk.follow('facilitator', { plays: false })
    const tension = desk.state.getState().seat?.view?.tension ?? 0
    const changed = await desk.facilitate({ kind: 'adjust-tension', delta: 5 })
    expect(changed.ok).toBe(true)
    expect(desk.state.getState().seat?.view?.tension).toBe(Math.min(100, tension + 5))
    // The player's window hears the change and reads its own view again.
    await until(player, (s) => s.seat?.view?.tension === Math.min(100, tension + 5))
    for (const stop of stops) stop()
  })
})
