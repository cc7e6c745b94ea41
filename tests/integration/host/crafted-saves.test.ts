/**
 * Edited saves are refused (issue 14, finding 3). A save's checksum and state hash can be
 * recomputed by whoever edits it, so each crafted save here is re-sealed (its state hash and
 * sha256 match): only the game's own schema can tell. Each is refused with `save/schema` and
 * the JSON pointer of the first problem, and the game that was running is untouched and still
 * plays. Before the fix these loaded and played (cash "lots" became "lots2.6", 1e308, negative
 * cash in public financials, a quarter past the end, a deleted faction) or broke every later
 * call with internal/error (`rules.constants: null`, a `__proto__` seat).
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { hashState } from '../../../app/engine'
import { createGameHost, dispatchCall, type Connection, type GameHost } from '../../../app/host'
import { canonicalJson, decodeSave, encodeSave, type SaveContent } from '../../../app/host/saves'
import type { GameInfo } from '../../../app/protocol'

const BASE = path.resolve(__dirname, '../../../game-data/base')

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Writes a save whose body is `text` as given (any JSON, even with a `__proto__` key), with a matching header. */
function sealText(file: string, text: string): void {
  const body = Buffer.from(text, 'utf8')
  const header = { bodyBytes: body.length, encoding: 'json', format: 'silicon-curtain-save', formatVersion: 4, sha256: createHash('sha256').update(text).digest('hex') }
  writeFileSync(file, Buffer.concat([Buffer.from(`${canonicalJson(header)}\n`), body]))
}

/** Re-seals edited content: the engine's state hash and the file's checksum are recomputed, as an editor can. */
function seal(file: string, content: Json): void {
  const { stateHash: _old, ...rest } = content as SaveContent
  writeFileSync(file, encodeSave(rest, { hashState: (s) => hashState(s as never) }))
}

describe('crafted saves over the host', () => {
  let host: GameHost
  let window: Connection
  let dir: string
  let original: SaveContent
  let before: GameInfo
  const call = (name: string, payload: unknown = {}) => dispatchCall(host, name, payload, window)
  const value = async <T,>(name: string, payload: unknown = {}): Promise<T> => {
    const result = await call(name, payload)
    if (!result.ok) throw new Error(`${name}: ${result.code}: ${result.message}`)
    return result.value as T
  }
  const seats = ['usa', 'prc']

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sc-crafted-'))
    host = createGameHost({ dataDir: BASE, savesDir: dir, now: () => new Date('2026-12-01T10:00:00Z') })
    window = host.connect(() => undefined)
    await value('newGame', {
      scenarioId: 'classroom',
      seed: 11,
      seats: [
        { faction: 'usa', controller: 'human', name: 'Ada' },
        { faction: 'prc', controller: 'human', name: 'Bo' },
        { faction: 'huawei', controller: 'ai', name: 'AI' },
        { faction: 'nvidia', controller: 'ai', name: 'AI' },
      ],
    })
    // Two quarters played, so the state has history, financials, markets and an order log.
    for (let q = 0; q < 2; q++) {
      for (const seat of seats) {
        await value('claimSeat', { seat, handOff: true })
        await value('endTurn', { seat, handOff: true })
      }
    }
    await value('saveGame', { name: 'lesson' })
    const decoded = decodeSave(readFileSync(path.join(dir, 'lesson.scsave')), { hashState: (s) => hashState(s as never) })
    if (!decoded.ok) throw new Error(decoded.message)
    original = decoded.save
    before = await value<GameInfo>('getGame')
  })

  /** [what, the edit, the pointer the refusal must name]. */
  const crafted: [string, (c: Json) => void, string][] = [
    ['cash that is a string', (c) => (c.state.factions.huawei.cashBn = 'lots'), '/state/factions/huawei/cashBn'],
    ['cash of 1e308', (c) => (c.state.factions.huawei.cashBn = 1e308), '/state/factions/huawei/cashBn'],
    ['negative cash', (c) => (c.state.factions.usa.cashBn = -50), '/state/factions/usa/cashBn'],
    ['a quarter past the end', (c) => (c.state.quarter = c.state.endQuarter + 3), '/state/quarter'],
    ['an end moved to play longer', (c) => (c.state.endQuarter += 12), '/state/endQuarter'],
    ['a deleted faction', (c) => delete c.state.factions.huawei, '/state/factions/huawei'],
    ['rules.constants: null', (c) => (c.state.rules.constants = null), '/state/rules/constants'],
    ['a __proto__ seat', (c) => { c.state.seats.push('__proto__'); c.meta.seats.push({ seat: '__proto__', name: 'x', controller: 'human', difficulty: 'normal', persona: null }) }, '/state/seats/4'],
    ['a seat the scenario does not have', (c) => { c.state.seats.push('tsmc-2'); c.meta.seats.push({ seat: 'tsmc-2', name: 'x', controller: 'human', difficulty: 'normal', persona: null }) }, '/state/seats/4'],
    ['tension above 100', (c) => (c.state.tension = 250), '/state/tension'],
    ['an rng of three numbers', (c) => (c.state.rng = [1, 2, 3]), '/state/rng'],
    ['negative stock', (c) => (c.state.factions.nvidia.inventory.h100 = -1000), '/state/factions/nvidia/inventory/h100'],
    ['a field the state does not have', (c) => (c.state.cheat = true), '/state/cheat'],
    ['a chip made by nobody', (c) => (c.state.chips.h100.maker = 'nobody'), '/state/chips/h100/maker'],
    ['a chip record that breaks the rules loader', (c) => (c.state.rules.chips.h100.node = 'tsmc-n1'), '/state/rules/chips/h100/node'],
    ['a record filed under another id', (c) => (c.state.rules.chips.h100.id = 'h200'), '/state/rules/chips/h100/id'],
    ['a null in the financials', (c) => (c.state.factions.usa.financials.cashBn = null), '/state/factions/usa/financials/cashBn'],
    ['an unknown scenario', (c) => { c.state.scenarioId = 'nowhere'; c.scenarioId = 'nowhere' }, '/state/scenarioId'],
    ['a start quarter moved', (c) => (c.state.startQuarter -= 4), '/state/startQuarter'],
    ['a faction dropped from the list', (c) => (c.state.factionIds = c.state.factionIds.filter((f: string) => f !== 'google')), '/state/factionIds'],
    ['a "constructor" flag', (c) => (c.state.flags.constructor = 5), '/state/flags/constructor'],
    ['a program of an unknown faction', (c) => c.state.programs.push({ id: 'program-999', owner: 'nobody', chip: 'h100', quartersLeft: 2, budgetBnPerQuarter: 1, inexperience: 0 }), '/state/programs/' ],
    ['a seat set up that the state does not have', (c) => (c.meta.seats[0].seat = 'tsmc'), '/meta/seats/0/seat'],
    ['orders for a seat that is not in the game', (c) => (c.orderLog[0].orders.tsmc = []), '/orderLog/0/orders/tsmc'],
    ['an injected event that does not exist', (c) => (c.orderLog[0].interventions = [{ kind: 'inject-event', event: 'constructor' }]), '/orderLog/0/interventions/0/event'],
    ['codes for a seat that is not in the game', (c) => (c.codes = { scheme: 'scrypt-n16384-r8-p1', salt: '0'.repeat(32), facilitator: null, seats: [{ seat: 'tsmc', hash: 'a'.repeat(64) }] }), '/codes/seats/0/seat'],
  ]

  it('refuses each of more than 15 re-sealed crafted saves with save/schema and the pointer of the problem, and the running game is untouched', async () => {
    expect(crafted.length).toBeGreaterThanOrEqual(15)
    for (const [i, [what, edit, pointer]] of crafted.entries()) {
      const content = structuredClone(original) as Json
      edit(content)
      seal(path.join(dir, `crafted-${i}.scsave`), content)
      const result = await call('loadGame', { name: `crafted-${i}` })
      expect(result, what).toMatchObject({ ok: false, code: 'save/schema' })
      expect(!result.ok && result.message, what).toContain(`at ${pointer}`)
      // Nothing changed: the same game, the same quarter, and this window may still act.
      expect(await value<GameInfo>('getGame'), what).toEqual(before)
    }
  })

  it('refuses a save whose state has a __proto__ key, saying where', async () => {
    const text = JSON.stringify(original).replace('"factions":{', '"factions":{"__proto__":{"cashBn":1},')
    const content = JSON.parse(text) as Json
    expect(Object.keys(content.state.factions)).toContain('__proto__')
    content.stateHash = hashState(content.state)
    sealText(path.join(dir, 'proto.scsave'), JSON.stringify(content))
    const result = await call('loadGame', { name: 'proto' })
    expect(result).toMatchObject({ ok: false, code: 'save/schema' })
    expect(!result.ok && result.message).toContain('at /state/factions/__proto__')
    expect(await value<GameInfo>('getGame')).toEqual(before)
  })

  it('still plays the running game after every refusal, and loads the untouched save', async () => {
    for (const seat of seats) {
      await value('claimSeat', { seat, handOff: true })
      await value('getView', { seat })
      await value('endTurn', { seat, handOff: true })
    }
    expect((await value<GameInfo>('getGame')).quarter).toBe(before.quarter + 1)
    const loaded = await value<{ game: GameInfo }>('loadGame', { name: 'lesson' })
    expect(loaded.game.quarter).toBe(before.quarter)
    await value('claimSeat', { seat: 'usa', handOff: true })
    await value('getView', { seat: 'usa' })
  })
})
