import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGameHost, startWebHost, type GameHost, type WebHost } from '../../../app/host'
import { applyJsonDiff, type GameInfo, type PlanResult, type QuarterResolved } from '../../../app/protocol'
import type { LegalOrder, SeatView } from '../../../app/engine'
import { connectClient, type TestClient } from './support/ws-client'

const ROOT = path.resolve(__dirname, '../../..')
const FIXTURE_RULES = path.join(ROOT, 'tests/fixtures/rules')

describe('a game over the web host with two people and AI seats', () => {
  let web: WebHost
  let host: GameHost
  let alice: TestClient
  let bob: TestClient
  let watcher: TestClient

  beforeAll(async () => {
    const renderer = mkdtempSync(path.join(os.tmpdir(), 'sc-renderer-'))
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>t</title>')
    host = createGameHost({
      dataDir: FIXTURE_RULES,
      savesDir: mkdtempSync(path.join(os.tmpdir(), 'sc-saves-')),
      now: () => new Date('2026-01-01T00:00:00Z'),
    })
    web = await startWebHost({ rendererDir: renderer, handlers: host, maxPayloadBytes: 64 * 1024 })
    alice = await connectClient(web.port, web.token)
    bob = await connectClient(web.port, web.token)
    watcher = await connectClient(web.port, web.token)
  })
  afterAll(async () => {
    for (const c of [alice, bob, watcher]) c?.close()
    await web?.close()
  })

  it('starts a game with two people and AI seats', async () => {
    const game = await alice.value<GameInfo>('newGame', {
      scenarioId: 'fixture-long',
      seed: 42,
      seats: [
        { faction: 'nvidia', controller: 'human', name: 'Alice' },
        { faction: 'huawei', controller: 'human', name: 'Bob' },
        { faction: 'usa', controller: 'ai', name: 'AI', difficulty: 'normal' },
        { faction: 'prc', controller: 'ai', name: 'AI', difficulty: 'easy' },
      ],
    })
    expect(game.waitingFor.sort()).toEqual(['huawei', 'nvidia'])
    expect(game.quarter).toBe(2022 * 4 + 3)
    await expect(alice.value('claimSeat', { seat: 'nvidia' })).resolves.toMatchObject({ seat: 'nvidia', role: 'seat', name: 'Alice' })
    await expect(bob.value('claimSeat', { seat: 'huawei' })).resolves.toMatchObject({ seat: 'huawei', role: 'seat' })
  })

  it('refuses a call for a seat this window does not act for', async () => {
    await expect(alice.call('getView', { seat: 'huawei' })).resolves.toMatchObject({ ok: false, code: 'seat/not_yours' })
    await expect(watcher.call('getLegalOrders', { seat: 'nvidia' })).resolves.toMatchObject({ ok: false, code: 'seat/not_yours' })
    await expect(alice.call('claimSeat', { seat: 'usa' })).resolves.toMatchObject({ ok: false, code: 'seat/ai' })
  })

  it('refuses malformed payloads with a code and keeps serving', async () => {
    await expect(alice.call('submitOrders', { seat: 'nvidia', orders: 'all of them' })).resolves.toMatchObject({ ok: false, code: 'request/invalid', path: ['orders'] })
    await expect(alice.call('getView', { seat: 'nvidia', extra: true })).resolves.toMatchObject({ ok: false, code: 'request/invalid' })
    await expect(alice.call('getView', { seat: 42 })).resolves.toMatchObject({ ok: false, code: 'request/invalid', path: ['seat'] })
    await expect(alice.call('submitOrders', { seat: 'nvidia', orders: Array.from({ length: 65 }, () => ({ kind: 'x' })) })).resolves.toMatchObject({ ok: false, code: 'request/invalid' })
    const view = await alice.value<SeatView>('getView', { seat: 'nvidia' })
    expect(view.seat).toBe('nvidia')
  })

  it('answers an order the engine refuses with its code, message and path', async () => {
    const plan = await alice.value<PlanResult>('submitOrders', { seat: 'nvidia', orders: [{ kind: 'enact-policy', policy: 'nope' }, { kind: 'no-such-order' }] })
    expect(plan.accepted).toBe(0)
    expect(plan.refusals).toHaveLength(2)
    for (const r of plan.refusals) {
      expect(r.refusal.code).toMatch(/^order\//)
      expect(r.refusal.message.length).toBeGreaterThan(5)
    }
  })

  it('plays several quarters: each person plans from legal orders, AI seats play, each window hears only its seat', async () => {
    for (let q = 0; q < 4; q++) {
      for (const [client, seat] of [[alice, 'nvidia'], [bob, 'huawei']] as const) {
        const legal = await client.value<LegalOrder[]>('getLegalOrders', { seat })
        expect(legal.length).toBeGreaterThan(0)
        await client.value<PlanResult>('submitOrders', { seat, orders: [] })
      }
      const before = alice.events.length
      const afterAlice = await alice.value<GameInfo>('endTurn', { seat: 'nvidia' })
      expect(afterAlice.waitingFor).toEqual(['huawei'])
      await expect(alice.call('endTurn', { seat: 'nvidia' })).resolves.toMatchObject({ ok: false, code: 'turn/already_ended' })
      const afterBob = await bob.value<GameInfo>('endTurn', { seat: 'huawei' })
      expect(afterBob.quarter).toBe(afterAlice.quarter + 1)
      const resolved = alice.events.slice(before).filter((e) => e.event === 'quarterResolved')
      expect(resolved).toHaveLength(1)
      expect((resolved[0]!.payload as QuarterResolved).seat).toBe('nvidia')
    }
    // The watcher claimed no seat: it hears status, never a seat's view.
    expect(watcher.events.some((e) => e.event === 'quarterResolved')).toBe(false)
    expect(watcher.events.some((e) => e.event === 'gameStatus')).toBe(true)
    expect(host.session()?.orderLog).toHaveLength(4)
  })

  it('sends a window the changes to the view it last received, which rebuild the full view', async () => {
    const { rules: _r, ...before } = await alice.value<SeatView>('getView', { seat: 'nvidia' })
    const from = alice.events.length
    await alice.value('endTurn', { seat: 'nvidia' })
    await bob.value('endTurn', { seat: 'huawei' })
    const update = alice.events.slice(from).find((e) => e.event === 'quarterResolved')!.payload as QuarterResolved
    expect(update.view).toBeUndefined()
    const rebuilt = applyJsonDiff(before, update.viewPatch!)
    const { rules: _r2, ...after } = await alice.value<SeatView>('getView', { seat: 'nvidia' })
    expect(rebuilt).toEqual(after)
    const patchBytes = JSON.stringify(update).length
    expect(patchBytes).toBeLessThan(JSON.stringify(after).length)
  })

  it("never sends seat A a message containing seat B's secrets", async () => {
    // Bob's private cash is a secret; plant a sentinel in the live state and resolve a quarter.
    const session = host.session()!
    const sentinel = 9_876_543.21
    ;(session.state.factions.huawei as { cashBn: number }).cashBn = sentinel
    const aliceBefore = alice.received.length
    await alice.value('endTurn', { seat: 'nvidia' })
    await bob.value('endTurn', { seat: 'huawei' })
    await alice.value('getView', { seat: 'nvidia' })
    await alice.value('getReport', { seat: 'nvidia' })
    const toAlice = alice.received.slice(aliceBefore).join('\n')
    expect(toAlice.length).toBeGreaterThan(1000)
    expect(toAlice).not.toContain('9876543')
    const toBob = bob.received.join('\n')
    expect(toBob).toContain('987654')
  })

  it('saves, lists and loads the game, and refuses a missing save by name', async () => {
    const saved = await alice.value<{ name: string; quarter: string }>('saveGame', { name: 'lesson one' })
    expect(saved.name).toBe('lesson one')
    const list = await alice.value<{ name: string; autosave: boolean }[]>('listSaves')
    expect(list.some((s) => s.name === 'lesson one')).toBe(true)
    expect(list.filter((s) => s.autosave).length).toBeGreaterThan(0)
    const quarter = host.session()!.state.quarter
    const loaded = await alice.value<{ game: GameInfo; warnings: string[] }>('loadGame', { name: 'lesson one' })
    expect(loaded.game.quarter).toBe(quarter)
    expect(loaded.warnings).toEqual([])
    expect(loaded.game.seats.find((seat) => seat.faction === 'prc')).toMatchObject({ controller: 'ai', difficulty: 'easy', name: 'AI' })
    await expect(alice.call('loadGame', { name: 'no such save' })).resolves.toMatchObject({ ok: false, code: 'save/not_found' })
  })

  it('keeps settings and refuses out-of-range ones', async () => {
    await expect(alice.value('setSettings', { uiScale: 1.25 })).resolves.toMatchObject({ uiScale: 1.25, palette: 'default' })
    await expect(alice.value('setSettings', { sound: false })).resolves.toMatchObject({ uiScale: 1.25, sound: false })
    await expect(alice.call('setSettings', { uiScale: 9 })).resolves.toMatchObject({ ok: false, code: 'request/invalid', path: ['uiScale'] })
  })
})
